#!/usr/bin/env bash
# Fault drills: citizens submit e-services through nginx and two gunicorn app servers while
# something breaks, then the drill checks that every submission the citizen saw acknowledged
# is stored exactly once and that every receipt e-mail reaches the SMTP sink.
#
#   bash bench/drills.sh        (PY=/path/to/venv/bin/python to use another virtualenv)
#
# 1. kill-app     kill -9 one app server (master and workers) during the load, restart it
# 2. pg-restart   stop PostgreSQL during the load (fast shutdown), start it again
# 3. smtp-down    stop the SMTP server during the load, start it again
# 4. disk-full    the private media folder (citizens' photos) fills up during a load of
#                 problem reports with a photo; space is freed again during the load
#
# Everything runs on 127.0.0.1 (free ports, a temporary folder) and is ended on exit. Needs
# root for drill 4 (mounting a small tmpfs). Prints a table and saves it under bench/results/;
# exits non-zero when an acknowledged submission is lost or duplicated or an e-mail never
# arrives. Tunables: DURATION (s of load per drill, default 20), CLIENTS (default 12),
# MAIL_WAIT (s to wait for e-mails after a drill, default 240), RUN_DRILLS (default all four:
# "kill-app pg-restart smtp-down disk-full"), PRIVATE_FS (tmpfs, the default, or loop).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# shellcheck source=drills/lib.sh
source "$ROOT/bench/drills/lib.sh"
trap drills_cleanup EXIT
trap 'exit 130' INT TERM
DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-12}
MAIL_WAIT=${MAIL_WAIT:-240}
RUN_DRILLS=${RUN_DRILLS:-kill-app pg-restart smtp-down disk-full}
CONTACT_PATH=/husagare/bygglov/
PROBLEM_PATH=/husagare/felanmalan/
RUN_STARTED=$(date +%s)

for tool in nginx curl setsid mount; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install $tool)" >&2; exit 1; }
done
"$PY" -c 'import aiosmtpd' 2>/dev/null || { echo "pip install aiosmtpd (requirements-dev.txt)" >&2; exit 1; }
# The report-a-problem page links Leaflet's stylesheet; without `make vendor` it cannot render.
[ -f "$ROOT/frontend/static/vendor/leaflet/leaflet.css" ] || { echo "run make vendor first" >&2; exit 1; }

NGINX_PORT=$(free_port)
APP_A_PORT=$(free_port)
APP_B_PORT=$(free_port)
SMTP_PORT=$(free_port)
export PGDATA_DIR=$WORK/pg PG_PORT=${PG_PORT:-$(free_port)}
export DJANGO_SETTINGS_MODULE=kommunportal.settings.production
DJANGO_SECRET_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
export DJANGO_SECRET_KEY
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
# Django sees HTTPS (X-Forwarded-Proto from nginx); the load's Origin is https://127.0.0.1:<port>.
export DJANGO_CSRF_TRUSTED_ORIGINS=https://127.0.0.1:$NGINX_PORT
export SITE_BASE_URL=https://127.0.0.1:$NGINX_PORT WAGTAILADMIN_BASE_URL=https://127.0.0.1:$NGINX_PORT
export DJANGO_STATIC_ROOT=$WORK/static DJANGO_MEDIA_ROOT=$WORK/media DJANGO_PRIVATE_MEDIA_ROOT=$WORK/private
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=$SMTP_PORT
export DJANGO_LOG_LEVEL=WARNING
# One client address sends everything; the per-address limits are not what is drilled.
export ESERVICE_SUBMISSIONS_PER_MINUTE=1000000 CASE_VIEWS_PER_MINUTE=1000000

now() { date +%s.%N; }

mount_private() {
  # Citizens' files on a filesystem of their own that can really fill up (ENOSPC). tmpfs
  # first; where mounting tmpfs is refused, an ext2 image mounted through a loop device.
  PRIVATE_MOUNT=$DJANGO_PRIVATE_MEDIA_ROOT
  mkdir -p "$PRIVATE_MOUNT"
  if [ "${PRIVATE_FS:-tmpfs}" = tmpfs ] && mount -t tmpfs -o size=256m,mode=0755 tmpfs "$PRIVATE_MOUNT" 2>/dev/null; then
    DISK_METHOD="tmpfs of 256 MB (ENOSPC)"
  # -m 0: no blocks reserved for root (the app servers run as root here), so full is full.
  elif truncate -s 256M "$WORK/private.img" && mkfs.ext2 -q -F -m 0 "$WORK/private.img" \
    && mount -o loop "$WORK/private.img" "$PRIVATE_MOUNT" 2>/dev/null; then
    DISK_METHOD="ext2 image of 256 MB on a loop device (ENOSPC)"
  else
    echo "Could not mount a small filesystem for the private media (drill 4 needs root)" >&2
    exit 1
  fi
}

worker_exits() { grep -c "db_worker exited" "$WORK/worker.log" || true; }

start_load() { # marker form path
  EXITS_BEFORE=$(worker_exits)
  "$PY" "$DRILLS_DIR/load.py" --base "http://127.0.0.1:$NGINX_PORT" --path "$3" --form "$2" \
    --clients "$CLIENTS" --seconds "$DURATION" --marker "$1" --out "$WORK/$1.jsonl" >"$WORK/$1.load.json" &
  LOAD_PID=$!
}

finish_drill() { # marker description [--photos]   (uses fault_start, fault_end)
  local marker=$1 description=$2
  shift 2
  wait "$LOAD_PID"
  # Recovered: both app servers, nginx and the database answer before anything is counted.
  wait_http "http://127.0.0.1:$APP_A_PORT/" "app server a"
  wait_http "http://127.0.0.1:$APP_B_PORT/" "app server b"
  wait_http "http://127.0.0.1:$NGINX_PORT/" nginx
  echo "   load done; counting and waiting for e-mails (at most ${MAIL_WAIT}s)"
  "$PY" "$DRILLS_DIR/check.py" --drill "$marker" --load "$WORK/$marker.jsonl" --sink "$WORK/smtp.jsonl" \
    --load-summary "$WORK/$marker.load.json" --fault-start "$fault_start" --fault-end "$fault_end" \
    --wait "$MAIL_WAIT" --description "$description" --worker-exits "$(($(worker_exits) - EXITS_BEFORE))" "$@" \
    >>"$WORK/results.jsonl" &
  CHECK_PID=$!
  wait "$CHECK_PID"  # in the background, so that a signal ends the run at once
}

echo "== PostgreSQL, private media on a small filesystem, migrate, demo content"
start_postgres
mount_private
"$PY" manage.py migrate --no-input -v0
"$PY" manage.py load_demo_content >/dev/null
"$PY" manage.py collectstatic --no-input -v0
echo "   private media: $DISK_METHOD"

echo "== SMTP sink :$SMTP_PORT, worker, app servers :$APP_A_PORT and :$APP_B_PORT, nginx :$NGINX_PORT"
start_smtp "$SMTP_PORT"
start_worker
start_app a "$APP_A_PORT"
start_app b "$APP_B_PORT"
start_nginx "$NGINX_PORT" "$APP_A_PORT" "$APP_B_PORT"
SETUP_SECONDS=$(($(date +%s) - RUN_STARTED))

drill_kill_app() {
  echo "== Drill kill-app: kill -9 app server a (master and workers) after 5 s, restart it 5 s later"
  start_load kill-app contact "$CONTACT_PATH"
  sleep 5
  fault_start=$(now)
  kill_group app-a KILL
  sleep 5
  start_app a "$APP_A_PORT"
  fault_end=$(now)
  finish_drill kill-app "app server killed"
}

drill_pg_restart() {
  echo "== Drill pg-restart: PostgreSQL stopped (fast shutdown) after 5 s, started again 5 s later"
  start_load pg-restart contact "$CONTACT_PATH"
  sleep 5
  fault_start=$(now)
  stop_postgres
  sleep 5
  start_postgres
  fault_end=$(now)
  finish_drill pg-restart "PostgreSQL restarted"
}

drill_smtp_down() {
  echo "== Drill smtp-down: SMTP server stopped after 3 s, started again 15 s later"
  start_load smtp-down contact "$CONTACT_PATH"
  sleep 3
  fault_start=$(now)
  kill_group smtp TERM
  sleep 15
  start_smtp "$SMTP_PORT"
  fault_end=$(now)
  finish_drill smtp-down "SMTP stopped 15 s"
}

drill_disk_full() {
  echo "== Drill disk-full: private media full (a ballast file leaves 200 KB), freed after 10 s"
  local free_bytes
  free_bytes=$(df --output=avail -B1 "$PRIVATE_MOUNT" | tail -n 1 | tr -d ' ')
  fallocate -l $((free_bytes - 200 * 1024)) "$PRIVATE_MOUNT/ballast" 2>/dev/null \
    || head -c $((free_bytes - 200 * 1024)) /dev/zero >"$PRIVATE_MOUNT/ballast"
  fault_start=$(now)
  start_load disk-full photo "$PROBLEM_PATH"
  sleep 10
  rm -f "$PRIVATE_MOUNT/ballast"
  fault_end=$(now)
  finish_drill disk-full "disk full (photos)" --photos
}

for drill in $RUN_DRILLS; do
  case "$drill" in
    kill-app) drill_kill_app ;;
    pg-restart) drill_pg_restart ;;
    smtp-down) drill_smtp_down ;;
    disk-full) drill_disk_full ;;
    *) echo "unknown drill $drill" >&2; exit 2 ;;
  esac
done

TOTAL_SECONDS=$(($(date +%s) - RUN_STARTED))
set +e
"$PY" "$DRILLS_DIR/report.py" "$WORK/results.jsonl" \
  --header "Fault drills ($(hostname), $(nproc) cores; 2 app servers x ${APP_WORKERS:-2} workers behind nginx, PostgreSQL, $CLIENTS citizens, ${DURATION}s load per drill; private media: $DISK_METHOD)" \
  --footer "Set-up ${SETUP_SECONDS}s, whole run ${TOTAL_SECONDS}s." \
  | tee "$RESULTS/drills-$(date +%Y%m%d-%H%M%S).txt"
status=${PIPESTATUS[0]}
set -e
exit "$status"
