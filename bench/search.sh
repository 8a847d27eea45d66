#!/usr/bin/env bash
# Benchmark: the site search on PostgreSQL (full-text search, GIN index) with 10,000 extra pages.
# Starts PostgreSQL and gunicorn (production settings) with the demo content, adds
# SEARCH_BENCH_PAGES live information pages under /husagare/ and rebuilds the search index
# (bench/search_pages.py), checks every query once, then measures the HTML search page
# /sok/?q= and the API /api/v1/search/?q= with wrk, rotating through the Swedish queries of
# bench/search_queries.lua. Every search is also counted in the weekly query log, as on the site.
#
#   make bench-search            (or: bash bench/search.sh)
# Tunables: DURATION (s, default 10), CONNECTIONS (default 16), WORKERS (gunicorn, default 2),
#           SEARCH_BENCH_PAGES (default 10000), SEARCH_BENCH_SEED (default 1), TIMEOUT (wrk, s, default 30).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
stop_site() { # let gunicorn finish the requests wrk left queued before PostgreSQL stops
  [ -n "${GUNICORN_PID:-}" ] && kill "$GUNICORN_PID" 2>/dev/null && wait "$GUNICORN_PID" 2>/dev/null || true
  bench_cleanup
}
trap stop_site EXIT
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-2}
TIMEOUT=${TIMEOUT:-30}  # wrk's default of 2 s would drop slow answers from the latencies
export SEARCH_BENCH_PAGES=${SEARCH_BENCH_PAGES:-10000} SEARCH_BENCH_SEED=${SEARCH_BENCH_SEED:-1}
QUERIES_LUA=$ROOT/bench/search_queries.lua
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

bench_start_site "$WORKERS"
BASE=http://127.0.0.1:$APP_PORT

# The site's environment (DATABASE_URL, settings) is exported by bench_start_site.
STATS=$(cd "$ROOT" && $PY bench/search_pages.py | tail -n 1)
echo "== $STATS"

echo "== Every query once, HTML and API (each must answer 200)"
CHECK=$(grep -oE '^  "[^"]+",' "$QUERIES_LUA" | cut -d'"' -f2 | $PY -c '
import json, sys, time, urllib.error, urllib.parse, urllib.request

base, counts, failed, slowest = sys.argv[1], {}, [], (0.0, "")
for query in sys.stdin.read().split():
    for prefix in ("/sok/?q=", "/api/v1/search/?q="):
        request = urllib.request.Request(base + prefix + query, headers={"X-Forwarded-Proto": "https"})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            failed.append(f"{prefix}{query}: {error.code} {error.read()[:300]!r}")
            continue
        took = time.monotonic() - started
        slowest = max(slowest, (took, prefix + query))
        if prefix.startswith("/api/"):
            counts[urllib.parse.unquote_plus(query)] = json.loads(body)["count"]
for line in failed:
    print("FAILED", line, file=sys.stderr)
print(json.dumps({"queries": len(counts), "failed": len(failed), "zero_hits": [q for q, n in counts.items() if n == 0],
                  "hits": counts, "slowest_first_request": [round(slowest[0] * 1000), slowest[1]]}, ensure_ascii=False))
' "$BASE")
echo "$CHECK"
case "$CHECK" in *'"failed": 0,'*) ;; *) echo "Some searches failed (see above)" >&2; exit 1 ;; esac

run_wrk() { # name address-prefix [duration]
  local out=$WORK/wrk-$RANDOM.txt
  wrk -t2 -c"$CONNECTIONS" -d"${3:-$DURATION}s" --timeout "${TIMEOUT}s" --latency -H "X-Forwarded-Proto: https" -s "$QUERIES_LUA" \
    "$BASE" -- "$2" > "$out"
  $PY "$ROOT/bench/parse_wrk.py" "$1" < "$out"
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)  # other work on the machine skews every figure: check it
echo "== wrk: ${DURATION}s, $CONNECTIONS connections each (load average before: $LOAD)"
run_wrk warmup-html "/sok/?q=" 2 >/dev/null  # warm up every worker
run_wrk warmup-api "/api/v1/search/?q=" 2 >/dev/null
ROWS=(
  "$(run_wrk "search page, HTML (/sok/)" "/sok/?q=")"
  "$(run_wrk "search, API (/api/v1/search/)" "/api/v1/search/?q=")"
)

$PY - "$DURATION" "$CONNECTIONS" "$WORKERS" "$LOAD" "$STATS" "$CHECK" "${ROWS[@]}" <<'EOF' \
  | tee "$RESULTS/search-$(date +%Y%m%d-%H%M%S).txt"
import json, platform, sys

duration, connections, workers, load = sys.argv[1:5]
stats, check = json.loads(sys.argv[5]), json.loads(sys.argv[6])
print(
    f"Site search on PostgreSQL ({platform.node()}, {__import__('os').cpu_count()} CPUs, Python "
    f"{platform.python_version()}, wrk {duration}s, {connections} connections, {workers} gunicorn workers, "
    f"load average before {load})"
)
print(
    f"{stats['pages_created']:,} pages added, {stats['live_pages']:,} live pages, {stats['documents']:,} search "
    f"documents ({stats['documents_sv']:,} Swedish), Swedish vocabulary {stats['vocabulary_sv']:,} words"
)
print(f"creating the pages {stats['create_seconds']} s, indexing (rebuild) {stats['index_seconds']} s")
hits = check["hits"]
print(
    f"{check['queries']} queries rotated; hits per query (API count) {min(hits.values())}-{max(hits.values())}, "
    f"zero hits: {', '.join(check['zero_hits']) or 'none'}"
)
print(f"{'':32} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
for row in map(json.loads, sys.argv[7:]):
    errors = row["errors"] + row["non_2xx"]
    print(f"{row['name']:32} {row['rps']:>9.1f} {row['p50_ms']:>8.2f} {row['p99_ms']:>8.2f} {errors:>7}")
EOF
