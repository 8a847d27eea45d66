#!/usr/bin/env bash
# Benchmark: every anonymous page type (bench/page_types.py) served by gunicorn on PostgreSQL
# with Redis as the shared cache and production settings, beside the home page's HTML saved
# as a static file behind nginx, measured with wrk in one run; plus SQL queries per request,
# warm and right after a publish. Prints one table with each page's ratio to the static file.
#
#   make bench-pages            (or: bash bench/pages.sh)
# Tunables: DURATION (s, default 10), CONNECTIONS (default 16), WORKERS (gunicorn, default 2).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-2}
for tool in wrk nginx redis-server; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install wrk nginx redis-server)" >&2; exit 1; }
done

bench_start_redis
bench_start_site "$WORKERS"

echo "== SQL queries per page type (and the paths to measure)"
(cd "$ROOT" && $PY bench/page_types.py) > "$WORK/queries.jsonl"

STATIC_PORT=$(free_port)
echo "== The home page's HTML as a static file behind nginx on :$STATIC_PORT"
mkdir -p "$WORK/www"
curl -sf -H "X-Forwarded-Proto: https" "http://127.0.0.1:$APP_PORT/" -o "$WORK/www/index.html"
sed -e "s#@WORK@#$WORK#g" -e "s#@PORT@#$STATIC_PORT#g" "$ROOT/bench/nginx-static.conf" > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5

run_wrk() { # name url
  local out=$WORK/wrk-$RANDOM.txt
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "X-Forwarded-Proto: https" "$2" > "$out"
  $PY "$ROOT/bench/parse_wrk.py" "$1" < "$out"
}

echo "== wrk: ${DURATION}s, $CONNECTIONS connections each"
run_wrk warmup "http://127.0.0.1:$APP_PORT/" >/dev/null
run_wrk static "http://127.0.0.1:$STATIC_PORT/index.html" > "$WORK/wrk.jsonl"
while read -r line; do
  name=$($PY -c 'import json, sys; print(json.loads(sys.argv[1])["name"])' "$line")
  path=$($PY -c 'import json, sys; print(json.loads(sys.argv[1])["path"])' "$line")
  run_wrk "$name" "http://127.0.0.1:$APP_PORT$path" >> "$WORK/wrk.jsonl"
done < "$WORK/queries.jsonl"

$PY "$ROOT/bench/pages_report.py" "$WORK/wrk.jsonl" "$WORK/queries.jsonl" \
  | tee "$RESULTS/pages-$(date +%Y%m%d-%H%M%S).txt"
