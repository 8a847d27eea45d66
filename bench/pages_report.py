"""Print the page benchmark as one table: each page type's throughput against the static file
in the same run, its latency, and its SQL queries per request against their budgets."""

import importlib.util
import json
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("page_types", HERE / "page_types.py")
page_types = importlib.util.module_from_spec(spec)
spec.loader.exec_module(page_types)

#: Every page type uncached serves at least this share of the static file's requests per second.
GOAL_RATIO = 1 / 100


def commit() -> str:
    run = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True)
    return run.stdout.strip() or "unknown"


def main(wrk_file: str, queries_file: str) -> int:
    rows = [json.loads(line) for line in open(wrk_file)]
    queries = {row["name"]: row for row in map(json.loads, open(queries_file))}
    static = rows[0]
    print(f"Page benchmark, commit {commit()} ({platform.node()}, {platform.python_version()})")
    print(
        f"{'page type':<27} {'req/s':>7} {'vs static':>9} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'warm q':>6} {'publish q':>9}  goals"
    )
    name = "static file (nginx)"
    print(f"{name:<27} {static['rps']:>7.0f} {'1/1':>9} {static['p50_ms']:>7.1f} {static['p99_ms']:>7.1f}")
    missed = 0
    for row in rows[1:]:
        counted = queries[row["name"]]
        ratio = row["rps"] / static["rps"]
        problems = []
        if ratio < GOAL_RATIO:
            problems.append("below 1/100")
        if counted["warm"] > page_types.warm_budget(row["name"]):
            problems.append("warm queries")
        if counted["after_publish"] > page_types.AFTER_PUBLISH:
            problems.append("queries after publish")
        if row["errors"] or row["non_2xx"]:
            problems.append(f"errors {row['errors']}, non-2xx {row['non_2xx']}")
        missed += bool(problems)
        print(
            f"{row['name']:<27} {row['rps']:>7.0f} {'1/' + format(1 / ratio, '.0f'):>9} {row['p50_ms']:>7.1f} "
            f"{row['p99_ms']:>7.1f} {counted['warm']:>6} {counted['after_publish']:>9}  "
            f"{', '.join(problems) or 'met'}"
        )
    print(
        f"Goals: at least 1/{1 / GOAL_RATIO:.0f} of the static file; at most {page_types.WARM} queries warm "
        f"({page_types.WARM_SEARCH} for search), {page_types.AFTER_PUBLISH} right after a publish."
    )
    print(f"{len(rows) - 1 - missed} of {len(rows) - 1} page types meet every goal.")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
