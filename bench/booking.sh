#!/usr/bin/env bash
# Benchmark: appointment bookings per second through gunicorn on PostgreSQL, with every client
# going for the same first free time, then a check that no slot holds more bookings than its
# capacity and that every acknowledged booking is stored once.
#
#   make bench-booking        (or: bash bench/booking.sh)
# Tunables: DURATION (s, default 20), CLIENTS (default 16), WORKERS (gunicorn, default 4).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT
DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-16}
WORKERS=${WORKERS:-4}
BOOKING_PATH=${BOOKING_PATH:-/ny-i-kommunen/boka-tid-medborgarkontoret/}
export ESERVICE_SUBMISSIONS_PER_MINUTE=1000000 CASE_VIEWS_PER_MINUTE=1000000
# Every client is on loopback and books again and again with its own address: lift the limits
# on unconfirmed holds (the seats are held, and counted, like confirmed bookings).
export BOOKING_HOLDS_PER_CLIENT_PER_HOUR=1000000 BOOKING_UNCONFIRMED_PER_ADDRESS=1000000

bench_start_site "$WORKERS"
echo "== $CLIENTS clients booking the first free time for ${DURATION}s"
LOAD=$($PY "$ROOT/bench/booking_load.py" "http://127.0.0.1:$APP_PORT" "$BOOKING_PATH" "$CLIENTS" "$DURATION" "$WORK/tokens.txt")
echo "== Checking the bookings"
set +e
CHECK=$(cd "$ROOT" && $PY bench/verify_bookings.py "$WORK/tokens.txt")
status=$?
set -e
{
  echo "Booking benchmark ($(hostname), gunicorn $WORKERS workers, PostgreSQL)"
  echo "load:   $LOAD"
  echo "stored: $CHECK"
} | tee "$RESULTS/booking-$(date +%Y%m%d-%H%M%S).txt"
exit $status
