#!/usr/bin/env bash
# Benchmark: an uncached audience page served by gunicorn on PostgreSQL, beside the same HTML
# saved as a static file and served by nginx, measured with wrk in one run.
# Also counts SQL queries per page before and after tagging many more pages for the audience.
#
#   make bench-audience            (or: bash bench/audience_page.sh)
# Tunables: DURATION (s, default 15), CONNECTIONS (default 16), WORKERS (gunicorn, default 2),
#           EXTRA_PAGES (pages tagged for the audience in the second query count, default 200).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PY:-$ROOT/.venv/bin/python}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-2}
EXTRA_PAGES=${EXTRA_PAGES:-200}
APP_PORT=${APP_PORT:-18080}
STATIC_PORT=${STATIC_PORT:-18081}
AUDIENCE_PATH=${AUDIENCE_PATH:-/husagare/}
WORK=$(mktemp -d /tmp/kommunportal-bench.XXXXXX)
chmod 755 "$WORK"  # the postgres user must reach the cluster folder inside it
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS"

for tool in wrk nginx; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 1; }
done

cleanup() {
  [ -n "${GUNICORN_PID:-}" ] && kill "$GUNICORN_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  PGDATA_DIR=$WORK/pg deploy/local-postgres.sh stop
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== PostgreSQL on loopback"
export PGDATA_DIR=$WORK/pg PG_PORT=${PG_PORT:-55439}
PG_URL_LINE=$(deploy/local-postgres.sh start | tail -n 1)
export "$PG_URL_LINE"
case "$DATABASE_URL" in postgres*) ;; *) echo "PostgreSQL did not start" >&2; exit 1 ;; esac
export DJANGO_SETTINGS_MODULE=kommunportal.settings.production
export DJANGO_SECRET_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_STATIC_ROOT=$WORK/static DJANGO_MEDIA_ROOT=$WORK/media
export DJANGO_LOG_LEVEL=WARNING

echo "== Migrate, demo content, static files"
$PY manage.py migrate --no-input -v0
$PY manage.py load_demo_content >/dev/null
$PY manage.py collectstatic --no-input -v0

echo "== gunicorn ($WORKERS workers) on :$APP_PORT"
"$ROOT/.venv/bin/gunicorn" kommunportal.wsgi:application --pythonpath site --chdir "$ROOT" \
  --bind 127.0.0.1:$APP_PORT --workers "$WORKERS" --access-logfile /dev/null --log-level warning &
GUNICORN_PID=$!
for _ in $(seq 60); do curl -sf -H "X-Forwarded-Proto: https" "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH" -o /dev/null && break; sleep 0.5; done

echo "== The same HTML as a static file behind nginx on :$STATIC_PORT"
mkdir -p "$WORK/www"
curl -sf -H "X-Forwarded-Proto: https" "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH" -o "$WORK/www/index.html"
sed -e "s#@WORK@#$WORK#g" -e "s#@PORT@#$STATIC_PORT#g" bench/nginx-static.conf > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5

run_wrk() { # name url
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "X-Forwarded-Proto: https" "$2" > "$WORK/$1.wrk"
  $PY bench/parse_wrk.py "$1" < "$WORK/$1.wrk"
}

echo "== wrk: ${DURATION}s, $CONNECTIONS connections each"
run_wrk warmup "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH" >/dev/null
STATIC=$(run_wrk static "http://127.0.0.1:$STATIC_PORT/index.html")
APP=$(run_wrk audience "http://127.0.0.1:$APP_PORT$AUDIENCE_PATH")

echo "== SQL queries per page"
QUERIES=$($PY bench/count_queries.py "$AUDIENCE_PATH" "$EXTRA_PAGES")

$PY bench/report.py "$STATIC" "$APP" "$QUERIES" | tee "$RESULTS/audience_page-$(date +%Y%m%d-%H%M%S).txt"
