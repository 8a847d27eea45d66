#!/usr/bin/env bash
# Benchmark: the site search on PostgreSQL (full-text search, GIN index) with 10,000 extra pages.
# Starts PostgreSQL and gunicorn (production settings) with the demo content, adds
# SEARCH_BENCH_PAGES live information pages under /husagare/ and rebuilds the search index
# (bench/search_pages.py), checks every query once, then measures the HTML search page
# /sok/?q= and the API /api/v1/search/?q= with wrk, rotating through the Swedish queries of
# bench/search_queries.lua. Every search is also counted in the weekly query log, as on the site.
#
#   make bench-search            (or: bash bench/search.sh)
#   make bench-search SEARCH_BACKEND=opensearch
#       also starts an OpenSearch node (deploy/local-search-engine.sh), indexes the pages there as
#       well, and measures a second gunicorn that searches the engine, beside PostgreSQL's.
# Tunables: DURATION (s, default 10), CONNECTIONS (default 16), WORKERS (gunicorn, default 2),
#           SEARCH_BENCH_PAGES or SIZE (default 10000), SEARCH_BENCH_SEED (default 1), TIMEOUT (wrk, s, default 30).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ENGINE=${SEARCH_BACKEND:-postgres}
stop_site() { # let gunicorn finish the requests wrk left queued before PostgreSQL stops
  [ -n "${ENGINE_PID:-}" ] && kill "$ENGINE_PID" 2>/dev/null && wait "$ENGINE_PID" 2>/dev/null || true
  [ -n "${GUNICORN_PID:-}" ] && kill "$GUNICORN_PID" 2>/dev/null && wait "$GUNICORN_PID" 2>/dev/null || true
  [ "$ENGINE" = opensearch ] && "$ROOT/deploy/local-search-engine.sh" stop
  bench_cleanup
}
trap stop_site EXIT
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-2}
TIMEOUT=${TIMEOUT:-30}  # wrk's default of 2 s would drop slow answers from the latencies
export SEARCH_BENCH_PAGES=${SEARCH_BENCH_PAGES:-${SIZE:-10000}} SEARCH_BENCH_SEED=${SEARCH_BENCH_SEED:-1}
QUERIES_LUA=$ROOT/bench/search_queries.lua
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

case "$ENGINE" in
  postgres | auto) export SEARCH_BACKEND=postgres ;;
  opensearch)
    export SEARCH_ENGINE_DIR=$WORK/engine SEARCH_ENGINE_PORT=${SEARCH_ENGINE_PORT:-$(free_port)}
    mkdir -p "$SEARCH_ENGINE_DIR" && chmod 755 "$SEARCH_ENGINE_DIR"
    echo "== OpenSearch on loopback"
    line=$("$ROOT/deploy/local-search-engine.sh" start | tail -n 1)
    export "$line"
    # The pages are indexed in both (PostgreSQL is always kept current, as the fallback).
    export SEARCH_BACKEND=opensearch OPENSEARCH_URL=$SEARCH_ENGINE_URL OPENSEARCH_INDEX_PREFIX=bench
    ;;
  *) echo "SEARCH_BACKEND=$ENGINE: this benchmark measures postgres, and opensearch beside it" >&2; exit 2 ;;
esac

# The first site searches PostgreSQL; with the engine, a second one searches the engine.
SEARCH_BACKEND=postgres bench_start_site "$WORKERS"
BASE=http://127.0.0.1:$APP_PORT
BASES=("postgres $BASE")
if [ "$ENGINE" = opensearch ]; then
  ENGINE_PORT=$(free_port)
  echo "== gunicorn ($WORKERS workers, searching OpenSearch) on :$ENGINE_PORT"
  "$ROOT/.venv/bin/gunicorn" kommunportal.wsgi:application --pythonpath site --chdir "$ROOT" \
    --bind 127.0.0.1:$ENGINE_PORT --workers "$WORKERS" --access-logfile /dev/null --log-level warning &
  ENGINE_PID=$!
  BASES+=("opensearch http://127.0.0.1:$ENGINE_PORT")
fi

# The site's environment (DATABASE_URL, settings) is exported by bench_start_site.
STATS=$(cd "$ROOT" && $PY bench/search_pages.py | tail -n 1)
echo "== $STATS"

check_queries() { # base
grep -oE '^  "[^"]+",' "$QUERIES_LUA" | cut -d'"' -f2 | $PY -c '
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
' "$1"
}
echo "== Every query once, HTML and API (each must answer 200)"
for entry in "${BASES[@]}"; do
  for _ in $(seq 60); do curl -sf -H "X-Forwarded-Proto: https" "${entry#* }/" -o /dev/null && break; sleep 0.5; done
  CHECK=$(check_queries "${entry#* }")
  echo "${entry%% *}: $CHECK"
  case "$CHECK" in *'"failed": 0,'*) ;; *) echo "Some searches failed (see above)" >&2; exit 1 ;; esac
done

run_wrk() { # name address-prefix [duration [base]]
  local out=$WORK/wrk-$RANDOM.txt
  wrk -t2 -c"$CONNECTIONS" -d"${3:-$DURATION}s" --timeout "${TIMEOUT}s" --latency -H "X-Forwarded-Proto: https" -s "$QUERIES_LUA" \
    "${4:-$BASE}" -- "$2" > "$out"
  $PY "$ROOT/bench/parse_wrk.py" "$1" < "$out"
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)  # other work on the machine skews every figure: check it
echo "== wrk: ${DURATION}s, $CONNECTIONS connections each (load average before: $LOAD)"
ROWS=()
for entry in "${BASES[@]}"; do
  name=${entry%% *} base=${entry#* }
  run_wrk warmup-html "/sok/?q=" 2 "$base" >/dev/null  # warm up every worker
  run_wrk warmup-api "/api/v1/search/?q=" 2 "$base" >/dev/null
  ROWS+=("$(run_wrk "$name: search page (/sok/)" "/sok/?q=" "$DURATION" "$base")")
  ROWS+=("$(run_wrk "$name: search API" "/api/v1/search/?q=" "$DURATION" "$base")")
done

$PY - "$DURATION" "$CONNECTIONS" "$WORKERS" "$LOAD" "$STATS" "$CHECK" "${ROWS[@]}" <<'EOF' \
  | tee "$RESULTS/search-$(date +%Y%m%d-%H%M%S).txt"
import json, platform, sys

duration, connections, workers, load = sys.argv[1:5]
stats, check = json.loads(sys.argv[5]), json.loads(sys.argv[6])
print(
    f"Site search ({platform.node()}, {__import__('os').cpu_count()} CPUs, Python "
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
print(f"{'':36} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
for row in map(json.loads, sys.argv[7:]):
    errors = row["errors"] + row["non_2xx"]
    print(f"{row['name']:36} {row['rps']:>9.1f} {row['p50_ms']:>8.2f} {row['p99_ms']:>8.2f} {errors:>7}")
EOF
