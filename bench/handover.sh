#!/usr/bin/env bash
# Hand-over drill: 200 citizens' submissions handed over by signed webhook to a case system
# (tests/handover_receiver) that is down for 60 s, slow for 30 s, answers 500 and answers
# garbage, then recovers. Afterwards every case must be delivered exactly once by event id,
# none lost, and the receiver's decisions (through the way-back API) visible to the citizens.
#
#   bash bench/handover.sh     (make bench-handover; SUBMISSIONS=200)
#
# PostgreSQL, one gunicorn app server and the django-tasks worker with production settings,
# all on loopback, ended on exit. Prints a table (delivery lag p50/p99, hand-overs per second)
# and saves it under bench/results/; exits non-zero when a case is lost or delivered twice.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap bench_cleanup_all EXIT
SUBMISSIONS=${SUBMISSIONS:-200}

bench_cleanup_all() {
  for pid in ${WORKER_PID:-}; do kill "$pid" 2>/dev/null || true; done
  bench_cleanup
}

# Retries close together, so that the drill ends in minutes; a slow answer times out after 5 s.
export HANDOVER_FIRST_RETRY_SECONDS=2 HANDOVER_MAX_RETRY_SECONDS=20 HANDOVER_MAX_RETRIES=40
export HANDOVER_TIMEOUT_SECONDS=5 HANDOVER_CONNECT_TIMEOUT_SECONDS=2
export ESERVICE_SUBMISSIONS_PER_MINUTE=1000000 CASE_VIEWS_PER_MINUTE=1000000
export DJANGO_SECURE_SSL_REDIRECT=false
RECEIVER_PORT=$(free_port)
export DEMO_RECEIVER_PORT=$RECEIVER_PORT
bench_start_site 4
export SITE_BASE_URL=http://127.0.0.1:$APP_PORT

echo "== worker, receiver :$RECEIVER_PORT"
(cd "$ROOT" && exec "$PY" manage.py db_worker --interval 0.2 --no-startup-delay) >"$WORK/worker.log" 2>&1 &
WORKER_PID=$!
"$PY" "$ROOT/bench/handover/drill.py" --site "$SITE_BASE_URL" --receiver-port "$RECEIVER_PORT" \
  --work "$WORK" --submissions "$SUBMISSIONS" | tee "$RESULTS/handover-$(date +%Y%m%d-%H%M%S).txt"
exit "${PIPESTATUS[0]}"
