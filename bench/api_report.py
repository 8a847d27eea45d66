"""Print the content-API benchmark as a table. Arguments: DURATION, CONNECTIONS, WORKERS, the load
average before the runs, then one parse_wrk.py JSON line per run in the order of bench/api.sh.
Ratios compare each API row with the HTML row of the same content (the 304 row with the full API
answer)."""

import json
import platform
import sys

PAIRS = (  # (API row, row it is compared with)
    ("audience page, API", "audience page, HTML"),
    ("information page, API", "information page, HTML"),
    ("audience page, API, 304", "audience page, API"),
)


def main() -> None:
    duration, connections, workers, load = sys.argv[1:5]
    rows = {row["name"]: row for row in map(json.loads, sys.argv[5:])}
    print(
        f"Content API against HTML ({platform.node()}, Python {platform.python_version()}, "
        f"wrk {duration}s, {connections} connections, {workers} gunicorn workers, load average before {load})"
    )
    print(f"{'':26} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for row in rows.values():
        errors = row["errors"] + row["non_2xx"]
        print(f"{row['name']:26} {row['rps']:>9.0f} {row['p50_ms']:>8.2f} {row['p99_ms']:>8.2f} {errors:>7}")
    print()
    for api, other in PAIRS:
        if api in rows and other in rows:
            print(f"{api} / {other}: {rows[api]['rps'] / rows[other]['rps']:.2f}x throughput")


if __name__ == "__main__":
    main()
