# Shared set-up for the benchmarks: a throw-away PostgreSQL cluster, the demo site migrated and
# loaded, and gunicorn with production settings. Source it; call bench_cleanup on exit.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
WORK=$(mktemp -d /tmp/kommunportal-bench.XXXXXX)
chmod 755 "$WORK"  # the postgres user must reach the cluster folder inside it
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS"

bench_cleanup() {
  [ -n "${GUNICORN_PID:-}" ] && kill "$GUNICORN_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  PGDATA_DIR=$WORK/pg "$ROOT/deploy/local-postgres.sh" stop
  [ -n "${BENCH_REDIS:-}" ] && "$ROOT/deploy/local-redis.sh" stop
  rm -rf "$WORK"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

bench_start_redis() { # the app servers' shared cache, as deployed (call before bench_start_site)
  export REDIS_DIR=$WORK/redis REDIS_PORT=${REDIS_PORT:-$(free_port)} BENCH_REDIS=1
  local line
  line=$("$ROOT/deploy/local-redis.sh" start | tail -n 1)
  export "$line"
}

bench_start_site() { # workers
  echo "== PostgreSQL on loopback"
  export PGDATA_DIR=$WORK/pg PG_PORT=${PG_PORT:-$(free_port)}
  local line
  line=$("$ROOT/deploy/local-postgres.sh" start | tail -n 1)
  export "$line"
  case "$DATABASE_URL" in postgres*) ;; *) echo "PostgreSQL did not start" >&2; exit 1 ;; esac
  export DJANGO_SETTINGS_MODULE=kommunportal.settings.production
  export DJANGO_SECRET_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
  export DJANGO_STATIC_ROOT=$WORK/static DJANGO_MEDIA_ROOT=$WORK/media
  export DJANGO_LOG_LEVEL=WARNING
  export EMAIL_BACKEND_OVERRIDE=1

  echo "== Migrate, demo content, static files"
  (cd "$ROOT" && $PY manage.py migrate --no-input -v0 && $PY manage.py load_demo_content >/dev/null \
    && $PY manage.py collectstatic --no-input -v0)

  APP_PORT=${APP_PORT:-$(free_port)}
  echo "== gunicorn ($1 workers) on :$APP_PORT"
  "$ROOT/.venv/bin/gunicorn" kommunportal.wsgi:application --pythonpath site --chdir "$ROOT" \
    --bind 127.0.0.1:$APP_PORT --workers "$1" --access-logfile /dev/null --log-level warning &
  GUNICORN_PID=$!
  for _ in $(seq 60); do
    curl -sf -H "X-Forwarded-Proto: https" "http://127.0.0.1:$APP_PORT/" -o /dev/null && return 0
    sleep 0.5
  done
  echo "gunicorn did not start" >&2
  exit 1
}
