#!/usr/bin/env bash
# Benchmark: an uncached audience page served by gunicorn on PostgreSQL, beside the same HTML
# saved as a static file and served by nginx, measured with wrk in one run.
# Also counts SQL queries per page before and after tagging many more pages for the audience.
#
#   make bench-audience            (or: bash bench/audience_page.sh)
# Tunables: DURATION (s, default 15), CONNECTIONS (default 16), WORKERS (gunicorn, default 2),
#           EXTRA_PAGES (pages tagged for the audience in the second query count, default 200).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-2}
EXTRA_PAGES=${EXTRA_PAGES:-200}
AUDIENCE_PATH=${AUDIENCE_PATH:-/husagare/}
for tool in wrk nginx; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 1; }
done

bench_start_site "$WORKERS"
STATIC_PORT=$(free_port)
echo "== The same HTML as a static file behind nginx on :$STATIC_PORT"
mkdir -p "$WORK/www"
curl -sf -H "X-Forwarded-Proto: https" "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH" -o "$WORK/www/index.html"
sed -e "s#@WORK@#$WORK#g" -e "s#@PORT@#$STATIC_PORT#g" "$ROOT/bench/nginx-static.conf" > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5

run_wrk() { # name url
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "X-Forwarded-Proto: https" "$2" > "$WORK/$1.wrk"
  $PY "$ROOT/bench/parse_wrk.py" "$1" < "$WORK/$1.wrk"
}

echo "== wrk: ${DURATION}s, $CONNECTIONS connections each"
run_wrk warmup "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH" >/dev/null
STATIC=$(run_wrk static "http://127.0.0.1:$STATIC_PORT/index.html")
APP=$(run_wrk audience "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH")

echo "== SQL queries per page"
QUERIES=$(cd "$ROOT" && $PY bench/count_queries.py "$AUDIENCE_PATH" "$EXTRA_PAGES")

$PY "$ROOT/bench/report.py" "$STATIC" "$APP" "$QUERIES" | tee "$RESULTS/audience_page-$(date +%Y%m%d-%H%M%S).txt"
