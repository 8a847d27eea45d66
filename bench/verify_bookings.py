"""After a booking load: no slot holds more active bookings than its capacity, and every
acknowledged booking is stored exactly once. Prints one JSON line; exits non-zero otherwise."""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")


def main(token_file: str) -> int:
    import django

    django.setup()
    from django.db.models import Count, F

    from eservice_blocks.cases.models import Case
    from eservice_blocks.cases.tokens import hash_token
    from eservice_types.booking.models import Booking

    tokens = [line for line in Path(token_file).read_text().splitlines() if line]
    cases = Case.objects.filter(access_token_hash__in=[hash_token(token) for token in tokens])
    per_slot = (
        Booking.objects.active()
        .values("resource", "starts_at", capacity=F("resource__capacity"))
        .annotate(count=Count("pk"))
    )
    overbooked = [row for row in per_slot if row["count"] > row["capacity"]]
    booked_cases = Booking.objects.active().filter(case__in=cases).values("case").annotate(count=Count("pk"))
    result = {
        "acknowledged": len(tokens),
        "acknowledged_stored": cases.count(),
        "active_bookings_of_acknowledged": sum(row["count"] for row in booked_cases),
        "cases_with_more_than_one_booking": sum(1 for row in booked_cases if row["count"] > 1),
        "slots_booked": len(per_slot),
        "slots_over_capacity": len(overbooked),
        "double_bookings": sum(row["count"] - row["capacity"] for row in overbooked),
    }
    ok = (
        result["acknowledged"] == result["acknowledged_stored"] == result["active_bookings_of_acknowledged"]
        and result["double_bookings"] == 0
        and result["cases_with_more_than_one_booking"] == 0
    )
    result["ok"] = ok
    print(json.dumps(result))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
