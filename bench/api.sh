#!/usr/bin/env bash
# Benchmark: the content API (/api/v1/) beside the HTML page of the same content, served by the
# same gunicorn on PostgreSQL and measured with wrk in one run: an audience page, an information
# page with a body, the navigation, and a conditional request answered 304 Not Modified.
#
#   make bench-api            (or: bash bench/api.sh)
# Tunables: DURATION (s, default 10), CONNECTIONS (default 16), WORKERS (gunicorn, default 2),
#           AUDIENCE_PATH (default /husagare/), INFO_PATH (default /husagare/bygglov/).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
stop_site() { # let gunicorn finish the requests wrk left queued before PostgreSQL stops
  [ -n "${GUNICORN_PID:-}" ] && kill "$GUNICORN_PID" 2>/dev/null && wait "$GUNICORN_PID" 2>/dev/null || true
  bench_cleanup
}
trap stop_site EXIT
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-2}
AUDIENCE_PATH=${AUDIENCE_PATH:-/husagare/}
INFO_PATH=${INFO_PATH:-/husagare/bygglov/}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

bench_start_site "$WORKERS"
BASE=http://127.0.0.1:$APP_PORT

page_id() { # path -> the page's id from /api/v1/pages/find/
  local body
  body=$(curl -sS -H "X-Forwarded-Proto: https" "$BASE/api/v1/pages/find/?path=$1") || exit 1
  echo "$body" | $PY -c 'import json, sys; print(json.load(sys.stdin)["id"])' \
    || { echo "/api/v1/pages/find/?path=$1 answered: $body" >&2; exit 1; }
}
AUDIENCE_ID=$(page_id "$AUDIENCE_PATH")
INFO_ID=$(page_id "$INFO_PATH")
echo "== $AUDIENCE_PATH is page $AUDIENCE_ID, $INFO_PATH is page $INFO_ID"

ETAG=$(curl -sSf -D - -o /dev/null -H "X-Forwarded-Proto: https" "$BASE/api/v1/pages/$AUDIENCE_ID/" \
  | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
[ -n "$ETAG" ] || { echo "/api/v1/pages/$AUDIENCE_ID/ sent no ETag" >&2; exit 1; }
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-Proto: https" -H "If-None-Match: $ETAG" \
  "$BASE/api/v1/pages/$AUDIENCE_ID/")
[ "$STATUS" = 304 ] || { echo "If-None-Match: $ETAG answered $STATUS, not 304" >&2; exit 1; }

run_wrk() { # name url [extra wrk arguments]
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "X-Forwarded-Proto: https" "${@:3}" "$2" > "$WORK/$1.wrk"
  $PY "$ROOT/bench/parse_wrk.py" "$1" < "$WORK/$1.wrk"
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)  # other work on the machine skews every figure: check it
echo "== wrk: ${DURATION}s, $CONNECTIONS connections each (load average before: $LOAD)"
for url in "$AUDIENCE_PATH" "/api/v1/pages/$AUDIENCE_ID/" "$INFO_PATH" "/api/v1/pages/$INFO_ID/" /api/v1/navigation/; do
  wrk -t2 -c"$CONNECTIONS" -d2s -H "X-Forwarded-Proto: https" "$BASE$url" >/dev/null  # warm up every worker
done
ROWS=(
  "$(run_wrk "audience page, HTML" "$BASE$AUDIENCE_PATH")"
  "$(run_wrk "audience page, API" "$BASE/api/v1/pages/$AUDIENCE_ID/")"
  "$(run_wrk "information page, HTML" "$BASE$INFO_PATH")"
  "$(run_wrk "information page, API" "$BASE/api/v1/pages/$INFO_ID/")"
  "$(run_wrk "navigation, API" "$BASE/api/v1/navigation/")"
  "$(run_wrk "audience page, API, 304" "$BASE/api/v1/pages/$AUDIENCE_ID/" -H "If-None-Match: $ETAG")"
)

$PY "$ROOT/bench/api_report.py" "$DURATION" "$CONNECTIONS" "$WORKERS" "$LOAD" "${ROWS[@]}" \
  | tee "$RESULTS/api-$(date +%Y%m%d-%H%M%S).txt"
