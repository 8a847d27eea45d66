#!/usr/bin/env bash
# Start a throw-away Varnish on loopback in front of one or more app servers, for tests and
# benchmarks, with deploy/varnish/kommunportal.vcl.
#   VARNISH_BACKENDS="127.0.0.1:8001 127.0.0.1:8002" deploy/local-varnish.sh start  -> FRONTEND_CACHE_URL=...
#   deploy/local-varnish.sh stop
# Uses Debian's varnish package (installed by .ci/run); its files live in $VARNISH_DIR.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VARNISH_DIR=${VARNISH_DIR:-/tmp/kommunportal-varnish}
VARNISH_PORT=${VARNISH_PORT:-56081}
VARNISH_BACKENDS=${VARNISH_BACKENDS:-127.0.0.1:8000}
VARNISH_MEMORY=${VARNISH_MEMORY:-128m}

case "${1:-start}" in
  start)
    command -v varnishd >/dev/null || { echo "Varnish is not installed (apt-get install varnish)" >&2; exit 1; }
    mkdir -p "$VARNISH_DIR"
    backends="" adds="" n=0
    for address in $VARNISH_BACKENDS; do
      n=$((n + 1))
      backends+="backend app$n { .host = \"${address%:*}\"; .port = \"${address##*:}\"; .probe = health; }"$'\n'
      adds+="    app.add_backend(app$n);"$'\n'
    done
    python3 - "$ROOT/deploy/varnish/kommunportal.vcl" "$VARNISH_DIR/kommunportal.vcl" "$backends" "$adds" <<'PY'
import sys
source, target, backends, adds = sys.argv[1:]
text = open(source).read()
text = text.replace("# @BACKENDS@ (one `backend app1 { .host = \"10.0.0.11\"; .port = \"8000\"; .probe = health; }` per server)", backends)
text = text.replace("    # @ADD_BACKENDS@", adds.rstrip("\n"))
open(target, "w").write(text)
PY
    if [ -f "$VARNISH_DIR/varnishd.pid" ] && kill -0 "$(cat "$VARNISH_DIR/varnishd.pid")" 2>/dev/null; then
      kill "$(cat "$VARNISH_DIR/varnishd.pid")"; sleep 0.5
    fi
    # -n: a working directory of its own; -p default_ttl=0: nothing is kept without the site's say.
    varnishd -a "127.0.0.1:$VARNISH_PORT" -f "$VARNISH_DIR/kommunportal.vcl" -n "$VARNISH_DIR/work" \
      -s "malloc,$VARNISH_MEMORY" -P "$VARNISH_DIR/varnishd.pid" -p default_ttl=0 -p default_grace=0 \
      -T 127.0.0.1:0 >"$VARNISH_DIR/varnishd.log" 2>&1
    for _ in $(seq 50); do
      (exec 3<>"/dev/tcp/127.0.0.1/$VARNISH_PORT") 2>/dev/null && break
      sleep 0.1
    done
    echo "FRONTEND_CACHE_URL=http://127.0.0.1:$VARNISH_PORT"
    ;;
  stop)
    [ -f "$VARNISH_DIR/varnishd.pid" ] && kill "$(cat "$VARNISH_DIR/varnishd.pid")" 2>/dev/null || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
