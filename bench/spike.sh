#!/usr/bin/env bash
# Benchmark: a traffic spike (many connections at once) on the audience page, in one run:
#   - through the frontend cache (Varnish, deploy/varnish/kommunportal.vcl),
#   - straight to gunicorn,
#   - and, beside them, a static file (the stylesheet) served by the same Varnish.
# Production settings, PostgreSQL and Redis on loopback. Goal: the cached page at least a third
# of the static file's rate.
#
#   make bench-spike       (or: bash bench/spike.sh)
# Tunables: DURATION (s, default 15), CONNECTIONS (default 256), WORKERS (gunicorn, default 2).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# Varnish first, then the app and PostgreSQL, Redis last: nothing is left asking a stopped service.
trap 'VARNISH_DIR=$WORK/varnish "$ROOT/deploy/local-varnish.sh" stop; sleep 1; redis_port=$REDIS_PORT; bench_cleanup; REDIS_PORT=$redis_port "$ROOT/deploy/local-redis.sh" stop' EXIT
DURATION=${DURATION:-15}
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
CACHED=$(run_wrk audience_via_varnish "http://127.0.0.1:$VARNISH_PORT$AUDIENCE_PATH")
DIRECT=$(run_wrk audience_gunicorn "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH")
{
  echo "Spike benchmark ($(hostname), $CONNECTIONS connections, ${DURATION}s each, gunicorn $WORKERS workers, PostgreSQL + Redis)"
  echo "$STATIC"
  echo "$CACHED"
  echo "$DIRECT"
  $PY - "$STATIC" "$CACHED" "$DIRECT" <<'PY'
import json, sys
static, cached, direct = (json.loads(arg) for arg in sys.argv[1:])
print(f"cached page / static file: {cached['rps'] / static['rps']:.2f}x (goal >= 0.33)")
print(f"cached page / gunicorn:    {cached['rps'] / direct['rps']:.1f}x")
PY
} | tee "$RESULTS/spike-$(date +%Y%m%d-%H%M%S).txt"
