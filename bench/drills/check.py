"""After a fault drill: compare what citizens saw acknowledged with what the database holds, and
wait (with a timeout) until every receipt e-mail has reached the SMTP sink.

    python check.py --drill NAME --load submissions.jsonl --load-summary load.json --sink smtp.jsonl \
        --fault-start EPOCH --fault-end EPOCH --wait 240 --sweep-every 20 [--photos]

While waiting it runs `manage.py deliver_notifications` every --sweep-every seconds, as the
systemd timer does in production, and notes how many e-mails the sweep delivered (the rest
were delivered by the worker's tasks). Prints one JSON line; the exit status is 0 even when
something is wrong (the report decides).
"""

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")


def read_jsonl(path: str) -> list[dict]:
    file = Path(path)
    if not file.exists():
        return []
    return [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]


def sink_counts(path: str, emails: set[str]) -> tuple[Counter, float]:
    """How often each of `emails` reached the sink, and when the last one arrived."""
    counts, last = Counter(), 0.0
    for record in read_jsonl(path):
        for recipient in record["to"]:
            if recipient in emails:
                counts[recipient] += 1
                last = max(last, record["time"])
    return counts, last


def sweep() -> int:
    """One run of the production sweep, as the systemd timer starts it."""
    result = subprocess.run(
        [sys.executable, "manage.py", "deliver_notifications"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    match = re.search(r"Delivered (\d+)", result.stdout)
    return int(match.group(1)) if match else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drill", required=True)
    parser.add_argument("--load", required=True)
    parser.add_argument("--load-summary", help="load.py's summary line (pages that did not load)")
    parser.add_argument("--sink", required=True)
    parser.add_argument("--fault-start", type=float, required=True)
    parser.add_argument("--fault-end", type=float, required=True)
    parser.add_argument("--description", default="")
    parser.add_argument("--worker-exits", type=int, default=0)
    parser.add_argument("--wait", type=float, default=240)
    parser.add_argument("--sweep-every", type=float, default=20)
    parser.add_argument("--photos", action="store_true")
    options = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    from eservice_blocks.cases.models import Case, CaseAttachment
    from eservice_blocks.cases.tokens import hash_token, key_hash
    from notifications.models import Notification, NotificationStatus

    submissions = read_jsonl(options.load)
    keys = {item["key"] for item in submissions}
    acknowledged = {item["key"]: item["token"] for item in submissions if item["acknowledged"]}
    marker = f"Brandövning {options.drill} "
    field = "data__description" if options.photos else "subject"

    # Keys are stored as keyed hashes only.
    key_of = {key_hash(key): key for key in keys}
    hashed_keys = list(key_of)

    def stored_cases():
        by_key = Counter(
            key_of[hashed]
            for hashed in Case.objects.filter(idempotency_key_hash__in=hashed_keys).values_list(
                "idempotency_key_hash", flat=True
            )
        )
        # Cases carrying this drill's marker, whatever their key: a duplicate stored under
        # another key would show here.
        with_marker = Case.objects.filter(**{f"{field}__startswith": marker}).count()
        return by_key, with_marker

    by_key, with_marker = stored_cases()
    stored_emails = set(
        Case.objects.filter(idempotency_key_hash__in=hashed_keys).values_list("contact_email", flat=True)
    )

    # Wait for the e-mails: the worker's tasks, helped by the sweep as in production.
    swept, sweeps, deadline, next_sweep = 0, 0, time.time() + options.wait, 0.0
    while True:
        connection.close()  # a fresh connection each round: PostgreSQL may have restarted
        counts, last_mail = sink_counts(options.sink, stored_emails)
        pending = Notification.objects.filter(case__idempotency_key_hash__in=hashed_keys).exclude(
            status=NotificationStatus.SENT
        )
        if (len(counts) == len(stored_emails) and not pending.exists()) or time.time() > deadline:
            break
        if time.time() >= next_sweep:
            swept += sweep()
            sweeps += 1
            next_sweep = time.time() + options.sweep_every
        time.sleep(1)

    notifications = Counter(
        Notification.objects.filter(case__idempotency_key_hash__in=hashed_keys).values_list("status", flat=True)
    )
    retried = Notification.objects.filter(case__idempotency_key_hash__in=hashed_keys, attempts__gt=1).count()
    token_hashes = dict(
        Case.objects.filter(idempotency_key_hash__in=hashed_keys).values_list(
            "idempotency_key_hash", "access_token_hash"
        )
    )
    wrong_tokens = sum(1 for key, token in acknowledged.items() if token_hashes.get(key_hash(key)) != hash_token(token))
    acknowledged_at = [item["acknowledged_at"] for item in submissions if item["acknowledged"]]
    result = {
        "drill": options.drill,
        "description": options.description,
        "attempted": len(submissions),
        "acknowledged": len(acknowledged),
        "stored": len(by_key),
        "stored_with_marker": with_marker,
        "stored_once": sum(1 for count in by_key.values() if count == 1),
        "duplicates": sum(count - 1 for count in by_key.values()) + max(0, with_marker - sum(by_key.values())),
        "lost": sum(1 for key in acknowledged if key not in by_key),
        "stored_not_acknowledged": sum(1 for key in by_key if key not in acknowledged),
        "wrong_receipt_tokens": wrong_tokens,
        "mail_expected": len(stored_emails),
        "mail_delivered": len(counts),
        "mail_duplicates": sum(count - 1 for count in counts.values()),
        "mail_by_sweep": swept,
        "sweeps": sweeps,
        "notifications": dict(notifications),
        "notifications_retried": retried,
        "fault_s": round(options.fault_end - options.fault_start, 1),
        "mail_done_after_fault_s": round(last_mail - options.fault_end, 1) if counts else None,
        "max_gap_s": max_gap(submissions),
        "acknowledged_during_fault": sum(1 for t in acknowledged_at if options.fault_start <= t <= options.fault_end),
        "acknowledged_after_fault": sum(1 for t in acknowledged_at if t > options.fault_end),
        "gave_up": sum(1 for item in submissions if not item["acknowledged"]),
        "worker_exits": options.worker_exits,
        "page_errors": json.loads(Path(options.load_summary).read_text())["page_errors"] if options.load_summary else 0,
        "tracebacks": sum(1 for item in submissions for a in item["attempts"] if a.get("traceback")),
        "statuses": dict(Counter(str(a["status"]) for item in submissions for a in item["attempts"])),
    }
    if options.photos:
        result.update(attachment_check(CaseAttachment, keys))
    print(json.dumps(result))


def max_gap(submissions: list[dict]) -> float:
    """The longest time during the load in which no citizen got a receipt (s)."""
    if not submissions:
        return 0.0
    start = min(item["attempts"][0]["t"] for item in submissions)
    end = max(item["attempts"][-1]["t"] for item in submissions)
    times = sorted([start, *(item["acknowledged_at"] for item in submissions if item["acknowledged"]), end])
    return round(max(b - a for a, b in itertools.pairwise(times)), 1) if len(times) > 1 else 0.0


def attachment_check(attachment_model, keys) -> dict:
    """Every stored report has its photo, whole, on disk; and how many files nobody refers to."""
    from django.core.files.storage import storages

    from eservice_blocks.cases.models import Case
    from eservice_blocks.cases.tokens import key_hash

    storage = storages["private"]
    cases = Case.objects.filter(idempotency_key_hash__in=[key_hash(key) for key in keys])
    without_file, broken = 0, 0
    for case in cases.prefetch_related("attachments"):
        attachments = list(case.attachments.all())
        if not attachments:
            without_file += 1
        for attachment in attachments:
            if not storage.exists(attachment.file.name) or storage.size(attachment.file.name) != attachment.size:
                broken += 1
    # Files of submissions that were not stored (the case's transaction rolled back).
    root = Path(storage.location)
    referenced = set(attachment_model.objects.values_list("file", flat=True))
    on_disk = {str(path.relative_to(root)) for path in (root / "case-files").rglob("*") if path.is_file()}
    return {"cases_without_photo": without_file, "photos_broken": broken, "orphan_files": len(on_disk - referenced)}


if __name__ == "__main__":
    main()
