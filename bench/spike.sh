#!/usr/bin/env bash
# Benchmark: a traffic spike (many connections at once), in one run:
#   - every anonymous page type of the demo (bench/page_types.py, the pages with an e-service form
#     too) through the frontend cache (Varnish, deploy/varnish/kommunportal.vcl),
#   - the audience page straight to gunicorn,
#   - and, beside them, a static file (the stylesheet) served by the same Varnish.
# Production settings, PostgreSQL and Redis on loopback. Goal: every page type through the cache
# at least a third of the static file's rate.
#
#   make bench-spike       (or: bash bench/spike.sh)
# Tunables: DURATION (s per address, default 10), CONNECTIONS (default 256), WORKERS (gunicorn, default 2).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# Varnish first, then the app and PostgreSQL, Redis last: nothing is left asking a stopped service.
trap 'VARNISH_DIR=$WORK/varnish "$ROOT/deploy/local-varnish.sh" stop; sleep 1; redis_port=$REDIS_PORT; bench_cleanup; REDIS_PORT=$redis_port "$ROOT/deploy/local-redis.sh" stop' EXIT
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-256}
WORKERS=${WORKERS:-2}
AUDIENCE_PATH=${AUDIENCE_PATH:-/husagare/}
for tool in wrk varnishd redis-server; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install wrk varnish redis-server)" >&2; exit 1; }
done

echo "== Redis on loopback"
export REDIS_PORT=$(free_port)
line=$(REDIS_DIR=$WORK/redis "$ROOT/deploy/local-redis.sh" start | tail -n 1)
export "$line"
VARNISH_PORT=$(free_port)
export FRONTEND_CACHE_URLS=http://127.0.0.1:$VARNISH_PORT

bench_start_site "$WORKERS"
echo "== Varnish on :$VARNISH_PORT in front of gunicorn :$APP_PORT"
mkdir -p "$WORK/varnish" && chmod 755 "$WORK/varnish"
VARNISH_DIR=$WORK/varnish VARNISH_PORT=$VARNISH_PORT VARNISH_BACKENDS=127.0.0.1:$APP_PORT VARNISH_MEMORY=256m \
  "$ROOT/deploy/local-varnish.sh" start >/dev/null
for _ in $(seq 60); do
  curl -sf -H "X-Forwarded-Proto: https" "http://127.0.0.1:$VARNISH_PORT$AUDIENCE_PATH" -o /dev/null && break
  sleep 0.5
done
STYLESHEET=$(curl -sf -H "X-Forwarded-Proto: https" "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH" \
  | grep -o '/static/css/site[^"]*\.css' | head -n 1)
echo "static file: $STYLESHEET"
echo "cache headers of the page: $(curl -sI -H "X-Forwarded-Proto: https" "http://127.0.0.1:$VARNISH_PORT$AUDIENCE_PATH" | grep -i '^cache-control' | tr -d '\r')"

run_wrk() { # name url
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -H "X-Forwarded-Proto: https" \
    -H "Accept-Encoding: gzip" "$2" > "$WORK/$1.wrk"
  $PY "$ROOT/bench/parse_wrk.py" "$1" < "$WORK/$1.wrk"
}
echo "== wrk: ${DURATION}s, $CONNECTIONS connections each"
run_wrk warmup "http://127.0.0.1:$VARNISH_PORT$AUDIENCE_PATH" >/dev/null
STATIC=$(run_wrk static_via_varnish "http://127.0.0.1:$VARNISH_PORT$STYLESHEET")
ROWS=()
while read -r entry; do
  name=$($PY -c 'import json, sys; print(json.loads(sys.argv[1])["name"])' "$entry")
  path=$($PY -c 'import json, sys; print(json.loads(sys.argv[1])["path"])' "$entry")
  url="http://127.0.0.1:$VARNISH_PORT$path"
  curl -s -o /dev/null -H "X-Forwarded-Proto: https" "$url"
  kept=$(curl -s -o /dev/null -D - -H "X-Forwarded-Proto: https" "$url" | grep -i '^x-cache' | tr -d '\r' | cut -d' ' -f2)
  ROWS+=("$(run_wrk "$name" "$url" | $PY -c 'import json, sys; row = json.load(sys.stdin); row["kept"] = sys.argv[1]; print(json.dumps(row))' "$kept")")
done < <(cd "$ROOT" && $PY bench/page_types.py --paths)
DIRECT=$(run_wrk audience_gunicorn "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH")
{
  echo "Spike benchmark ($(hostname), commit $(git -C "$ROOT" rev-parse --short HEAD), $CONNECTIONS connections, ${DURATION}s each, gunicorn $WORKERS workers, PostgreSQL + Redis)"
  $PY - "$STATIC" "$DIRECT" "${ROWS[@]}" <<'PY'
import json, sys
static, direct, *rows = (json.loads(arg) for arg in sys.argv[1:])
print(f"{'through Varnish':28} {'req/s':>9} {'x static':>9} {'p50 ms':>8} {'p99 ms':>8}  kept  goal")
print(f"{'static file (stylesheet)':28} {static['rps']:9.0f} {1:9.2f} {static['p50_ms']:8.2f} {static['p99_ms']:8.2f}")
for row in rows:
    ratio = row["rps"] / static["rps"]
    print(f"{row['name']:28} {row['rps']:9.0f} {ratio:9.2f} {row['p50_ms']:8.2f} {row['p99_ms']:8.2f}  {row['kept']:4}  {'met' if ratio >= 1 / 3 else 'MISSED'}")
audience = next(row for row in rows if row["name"] == "audience")
print(f"{'audience, gunicorn directly':28} {direct['rps']:9.0f} {direct['rps'] / static['rps']:9.2f} {direct['p50_ms']:8.2f} {direct['p99_ms']:8.2f}")
print(f"cached audience page / gunicorn: {audience['rps'] / direct['rps']:.1f}x")
PY
} | tee "$RESULTS/spike-$(date +%Y%m%d-%H%M%S).txt"
