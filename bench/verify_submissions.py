"""After a submission load: every acknowledged submission is stored once, with a unique reference.

Reads the acknowledged case tokens (one per line) and checks them against DATABASE_URL.
Prints one JSON line; exits non-zero if anything is missing or duplicated.
"""

import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")


def main(token_file: str) -> int:
    import django

    django.setup()
    from eservice_blocks.cases.models import Case
    from eservice_blocks.cases.tokens import hash_token

    tokens = [line for line in Path(token_file).read_text().splitlines() if line]
    hashes = [hash_token(token) for token in tokens]
    stored = dict(Case.objects.filter(access_token_hash__in=hashes).values_list("access_token_hash", "reference"))
    load_cases = Case.objects.filter(subject__startswith="Belastningstest")
    references = Counter(load_cases.values_list("reference", flat=True))
    result = {
        "acknowledged": len(tokens),
        "stored_of_acknowledged": sum(1 for value in hashes if value in stored),
        "cases_created_by_the_load": load_cases.count(),
        "duplicate_references": sum(1 for count in references.values() if count > 1),
        "missing_references": sum(1 for value in stored.values() if not value),
    }
    ok = (
        result["stored_of_acknowledged"] == result["acknowledged"] == result["cases_created_by_the_load"]
        and not result["duplicate_references"]
        and not result["missing_references"]
    )
    result["verdict"] = "every acknowledged submission stored once with a unique reference" if ok else "MISMATCH"
    print(json.dumps(result))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
