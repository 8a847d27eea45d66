#!/usr/bin/env bash
# Drill: the search engine (OpenSearch) stops for 30 s while pages are published and citizens
# search. Afterwards the engine must hold every published page (the updates it missed were
# queued in the database and replayed by the worker), and every search must have been answered
# (by PostgreSQL while the engine was away), which the readiness check showed as a fallback.
#
#   make bench-search-engine-drill      (or: bash bench/search_engine_drill.sh)
# Tunables: STOP_SECONDS (default 30), REPLAY_WAIT (s to wait for the replay, default 300).
# Starts PostgreSQL, an OpenSearch node (deploy/local-search-engine.sh), gunicorn and the task
# worker on loopback; everything is ended on exit. The table is saved under bench/results/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
export SEARCH_ENGINE_DIR=$WORK/engine SEARCH_ENGINE_PORT=${SEARCH_ENGINE_PORT:-$(free_port)}
mkdir -p "$SEARCH_ENGINE_DIR" && chmod 755 "$SEARCH_ENGINE_DIR"
stop_all() {
  [ -n "${WORKER_PID:-}" ] && kill "$WORKER_PID" 2>/dev/null || true
  [ -n "${GUNICORN_PID:-}" ] && kill "$GUNICORN_PID" 2>/dev/null && wait "$GUNICORN_PID" 2>/dev/null || true
  "$ROOT/deploy/local-search-engine.sh" stop || true
  bench_cleanup
}
trap stop_all EXIT

echo "== OpenSearch on loopback"
line=$("$ROOT/deploy/local-search-engine.sh" start | tail -n 1)
export "$line"
export SEARCH_BACKEND=opensearch OPENSEARCH_URL=$SEARCH_ENGINE_URL OPENSEARCH_INDEX_PREFIX=drill
# Tried again soon after a failure, so that the fallback ends when the engine is back.
export SEARCH_ENGINE_RETRY_SECONDS=${SEARCH_ENGINE_RETRY_SECONDS:-5}

bench_start_site 2
(cd "$ROOT" && $PY manage.py db_worker --interval 1 >"$WORK/worker.log" 2>&1) &
WORKER_PID=$!

echo "== Drill: publishing and searching; the engine stops for ${STOP_SECONDS:-30} s"
DRILL_BASE_URL=http://127.0.0.1:$APP_PORT $PY "$ROOT/bench/search_engine_drill.py" \
  | tee "$RESULTS/search-engine-drill-$(date +%Y%m%d-%H%M%S).txt"
