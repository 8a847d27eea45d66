"""Print the audience-page benchmark as a table, with the app/static ratio and the query counts."""

import json
import platform
import sys


def main() -> None:
    static, app, queries = (json.loads(argument) for argument in sys.argv[1:4])
    ratio = app["rps"] / static["rps"]
    print(f"Audience page benchmark ({platform.node()}, {platform.python_version()})")
    print(f"{'':28} {'req/s':>10} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7}")
    for row in (static, app):
        errors = row["errors"] + row["non_2xx"]
        print(f"{row['name']:28} {row['rps']:>10.0f} {row['p50_ms']:>9.2f} {row['p99_ms']:>9.2f} {errors:>7}")
    print(f"app / static throughput: 1/{1 / ratio:.0f}  (goal: at least 1/100)")
    print(
        f"SQL queries per audience page, right after a publish (nothing cached): {queries['cold_before']} with "
        f"{queries['listed_before']} listed pages, {queries['cold_after']} with {queries['listed_after']} "
        "(budget: at most 10, constant)"
    )
    print(
        f"SQL queries per audience page, cached navigation: {queries['before']} with {queries['listed_before']} "
        f"listed pages, {queries['after']} with {queries['listed_after']}"
    )


if __name__ == "__main__":
    main()
