#!/usr/bin/env bash
# Start a throw-away Redis on loopback for tests and benchmarks (the shared cache of the app
# servers: rate limits, navigation, page fragments).
#   deploy/local-redis.sh start   -> prints REDIS_URL=... on its last line
#   deploy/local-redis.sh stop
# Uses Debian's redis-server package (installed by .ci/run); its files live in $REDIS_DIR.
set -euo pipefail

REDIS_DIR=${REDIS_DIR:-/tmp/kommunportal-redis}
REDIS_PORT=${REDIS_PORT:-56379}

case "${1:-start}" in
  start)
    command -v redis-server >/dev/null || { echo "Redis is not installed (apt-get install redis-server)" >&2; exit 1; }
    mkdir -p "$REDIS_DIR"
    if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
      # A cache: no persistence, and the least recently used keys go first when memory is full.
      redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" --daemonize yes \
        --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" --save "" --appendonly no \
        --maxmemory 256mb --maxmemory-policy allkeys-lru
      for _ in $(seq 50); do
        redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
        sleep 0.1
      done
    fi
    echo "REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0"
    ;;
  stop)
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
