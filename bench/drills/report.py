"""The fault drills' table, from the JSON lines of check.py; exits 1 when a drill failed.

    python report.py results.jsonl [--header TEXT] [--footer TEXT]

A drill fails when an acknowledged submission is not stored (lost), a submission is stored
more than once, a receipt e-mail never reached the SMTP sink or its notification is not
"sent", a receipt link does not match its case, or (disk full) a stored report lacks its
photo, photos of submissions that were not stored are left behind (personal data no retention
job would delete), or submissions did not work again once space was freed.
"""

import argparse
import json
from pathlib import Path

COLUMNS = [
    ("drill", "drill"),
    ("attempted", "attempted"),
    ("acknowledged", "acknowledged"),
    ("stored", "stored"),
    ("stored once", "stored_once"),
    ("lost", "lost"),
    ("e-mails expected", "mail_expected"),
    ("delivered", "mail_delivered"),
    ("dup. e-mails", "mail_duplicates"),
    ("no receipt for", "gap"),
    ("all mail after", "mail_after"),
]


def problems(result: dict) -> list[str]:
    found = []
    if result["lost"]:
        found.append(f"{result['lost']} acknowledged submissions not stored")
    if result["duplicates"] or result["stored_once"] != result["stored"]:
        found.append(f"{result['duplicates']} submissions stored more than once")
    if result["mail_delivered"] < result["mail_expected"]:
        found.append(f"{result['mail_expected'] - result['mail_delivered']} receipt e-mails never arrived")
    unsent = {status: n for status, n in result["notifications"].items() if status != "sent"}
    if unsent:
        found.append(f"notifications not sent: {unsent}")
    if result["wrong_receipt_tokens"]:
        found.append(f"{result['wrong_receipt_tokens']} receipts with a link to no case")
    if result.get("cases_without_photo") or result.get("photos_broken"):
        found.append(f"{result['cases_without_photo']} reports without photo, {result['photos_broken']} photos broken")
    if result["tracebacks"]:
        found.append(f"{result['tracebacks']} error pages showed a stack trace")
    if result.get("orphan_files"):
        found.append(f"{result['orphan_files']} photos of unstored submissions left in private storage")
    if "cases_without_photo" in result and not result["acknowledged_after_fault"]:
        found.append("no submission acknowledged after space was freed")
    return found


def row(result: dict) -> dict:
    mail_after = result["mail_done_after_fault_s"]
    return {
        **result,
        "drill": result["description"] or result["drill"],
        "gap": f"{result['max_gap_s']} s",
        "mail_after": "-" if mail_after is None else f"{mail_after} s",
    }


def notes(result: dict) -> str:
    statuses = ", ".join(f"{status} x{count}" for status, count in sorted(result["statuses"].items()))
    parts = [
        f"POST answers {statuses}; error pages with a stack trace: {result['tracebacks']};"
        f" form pages that did not load: {result['page_errors']}",
        f"{result['gave_up']} submissions given up after retries ({result['stored_not_acknowledged']} of them stored)",
        f"the fault lasted {result['fault_s']} s (until the service was back); acknowledged during it"
        f" {result['acknowledged_during_fault']}, after it {result['acknowledged_after_fault']}",
        f"e-mails: {result['mail_by_sweep']} delivered by the sweep ({result['sweeps']} runs), the rest by the worker;"
        f" {result['notifications_retried']} needed more than one attempt; notifications {result['notifications']}",
        f"worker exits (restarted after 5 s): {result['worker_exits']}",
    ]
    if "cases_without_photo" in result:
        parts.append(
            f"photos: {result['cases_without_photo']} stored reports without their photo, {result['photos_broken']}"
            f" photos missing or truncated, {result['orphan_files']} files of unstored submissions left on disk"
        )
    return "\n".join(f"    {part}" for part in parts)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--header", default="Fault drills")
    parser.add_argument("--footer", default="")
    options = parser.parse_args()
    results = [json.loads(line) for line in Path(options.results).read_text().splitlines() if line.strip()]
    rows = [row(result) for result in results]
    widths = [max(len(title), *(len(str(item[key])) for item in rows)) for title, key in COLUMNS]
    print(options.header)
    print()
    print("| " + " | ".join(title.ljust(width) for (title, _), width in zip(COLUMNS, widths, strict=True)) + " |")
    print("|" + "|".join(("-" * (width + 1)) + ("-" if i == 0 else ":") for i, width in enumerate(widths)) + "|")
    for item in rows:
        cells = [
            str(item[key]).ljust(width) if i == 0 else str(item[key]).rjust(width)
            for i, ((_, key), width) in enumerate(zip(COLUMNS, widths, strict=True))
        ]
        print("| " + " | ".join(cells) + " |")
    print()
    failed = False
    for result in results:
        found = problems(result)
        failed = failed or bool(found)
        verdict = "FAILED: " + "; ".join(found) if found else "ok"
        print(f"{result['description'] or result['drill']}: {verdict}")
        print(notes(result))
    if options.footer:
        print()
        print(options.footer)
    print()
    print("FAILED" if failed else "All drills passed: every acknowledged submission stored once, every e-mail sent.")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
