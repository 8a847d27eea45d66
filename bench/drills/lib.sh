# shellcheck shell=bash
# Processes of the fault drills: two gunicorn app servers behind nginx, the django-tasks worker,
# an SMTP sink, all on loopback. Source it after bench/lib.sh (which gives WORK, PY, ROOT,
# free_port and bench_cleanup). Every long-running process gets its own process group, so
# that a drill can kill -9 one app server with its workers, and the exit trap can end exactly
# the processes started here.
DRILLS_DIR=$ROOT/bench/drills

# The process group (= pid of its leader, started with setsid) of each named process.
declare -A GROUPS_BY_NAME=()

start_group() { # name logfile command...   (runs in $ROOT)
  local name=$1 log=$2
  shift 2
  # A background subshell is not a group leader, so setsid does not fork: the exec'd process
  # keeps the subshell's pid ($!) and leads a new process group with that id.
  (cd "$ROOT" && exec setsid "$@") >>"$log" 2>&1 &
  GROUPS_BY_NAME[$name]=$!
  disown "$!"  # no "Killed" job notice when a drill kills it on purpose
}

kill_group() { # name signal
  local pgid=${GROUPS_BY_NAME[$1]:-}
  [ -n "$pgid" ] || return 0
  kill "-$2" -- "-$pgid" 2>/dev/null || true
  if [ "$2" = KILL ]; then
    for _ in $(seq 50); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
  else
    for _ in $(seq 100); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  unset "GROUPS_BY_NAME[$1]"
}

wait_http() { # url what
  for _ in $(seq 120); do
    curl -sf -o /dev/null -H "X-Forwarded-Proto: https" "$1" && return 0
    sleep 0.5
  done
  echo "$2 did not answer at $1" >&2
  exit 1
}

wait_port() { # port what
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "$2 did not listen on :$1" >&2
  exit 1
}

start_postgres() {
  local line
  line=$("$ROOT/deploy/local-postgres.sh" start | tail -n 1)
  export "${line?}"
  case "$DATABASE_URL" in postgres*) ;; *) echo "PostgreSQL did not start" >&2; exit 1 ;; esac
}

stop_postgres() {
  "$ROOT/deploy/local-postgres.sh" stop
}

start_app() { # name port
  # deploy/gunicorn.conf.py as in production (timeouts, max_requests), 2 workers each.
  start_group "app-$1" "$WORK/app-$1.log" env "GUNICORN_BIND=127.0.0.1:$2" "GUNICORN_WORKERS=${APP_WORKERS:-2}" \
    "$PY" -m gunicorn --config deploy/gunicorn.conf.py kommunportal.wsgi:application
  wait_http "http://127.0.0.1:$2/" "app server $1"
}

start_nginx() { # port app_port_a app_port_b
  mkdir -p "$WORK/nginx-tmp"
  sed -e "s#@WORK@#$WORK#g" -e "s#@PORT@#$1#g" -e "s#@APP_A@#$2#g" -e "s#@APP_B@#$3#g" \
    "$DRILLS_DIR/nginx.conf" >"$WORK/nginx.conf"
  start_group nginx "$WORK/nginx.log" nginx -c "$WORK/nginx.conf" -p "$WORK"
  wait_http "http://127.0.0.1:$1/" nginx
}

start_worker() {
  # Restarted 5 s after it exits, as deploy/systemd/kommunportal-worker.service does
  # (Restart=always, RestartSec=5): the worker exits when PostgreSQL goes away.
  # shellcheck disable=SC2016 # expanded by the inner bash, on each restart
  start_group worker "$WORK/worker.log" bash -c \
    'while :; do "$@"; echo "$(date +%s) db_worker exited with status $?"; sleep 5; done' \
    worker-supervisor "$PY" manage.py db_worker --interval 1 --no-startup-delay
}

start_smtp() { # port
  start_group smtp "$WORK/smtp.log" "$PY" "$DRILLS_DIR/smtp_sink.py" "$1" "$WORK/smtp.jsonl"
  wait_port "$1" "SMTP sink"
}

drills_cleanup() {
  local name pid
  for pid in "${LOAD_PID:-}" "${CHECK_PID:-}"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  done
  for name in "${!GROUPS_BY_NAME[@]}"; do kill_group "$name" TERM; done
  if [ -n "${PRIVATE_MOUNT:-}" ] && mountpoint -q "$PRIVATE_MOUNT"; then umount "$PRIVATE_MOUNT" || true; fi
  bench_cleanup
}
