#!/usr/bin/env bash
# Benchmark: e-service submissions per second through gunicorn on PostgreSQL with concurrent
# clients (some double-clicking), then a check that every acknowledged submission is stored
# exactly once with a unique reference.
#
#   make bench-submissions        (or: bash bench/submissions.sh)
# Tunables: DURATION (s, default 20), CLIENTS (default 16), WORKERS (gunicorn, default 4).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT
DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-16}
WORKERS=${WORKERS:-4}
FORM_PATH=${FORM_PATH:-/husagare/bygglov/}
# One client address sends everything here; the per-address limits are not what is measured.
export ESERVICE_SUBMISSIONS_PER_MINUTE=1000000 CASE_VIEWS_PER_MINUTE=1000000

bench_start_site "$WORKERS"
echo "== $CLIENTS clients submitting for ${DURATION}s"
LOAD=$($PY "$ROOT/bench/submit_load.py" "http://127.0.0.1:$APP_PORT" "$FORM_PATH" "$CLIENTS" "$DURATION" "$WORK/tokens.txt")
echo "== Checking what was stored"
set +e
CHECK=$(cd "$ROOT" && $PY bench/verify_submissions.py "$WORK/tokens.txt")
status=$?
set -e
{
  echo "Submission benchmark ($(hostname), gunicorn $WORKERS workers, PostgreSQL)"
  echo "load:   $LOAD"
  echo "stored: $CHECK"
} | tee "$RESULTS/submissions-$(date +%Y%m%d-%H%M%S).txt"
exit $status
