#!/usr/bin/env bash
# Benchmark: citizen sign-in and Mina sidor, on PostgreSQL with production settings.
#  1. SIGN_INS whole OpenID Connect sign-ins through the test OpenID provider (tests/oidc_provider,
#     started here on loopback), THREADS at a time: the site's start, the provider's login and
#     authorization, and the site's callback (code exchange over HTTP, ID token checked).
#  2. wrk, in one run: Mina sidor of a signed-in citizen with CASES cases, beside the anonymous
#     audience page.
#
#   make bench-sign-in       (or: bash bench/sign_in.sh)
# Tunables: SIGN_INS (default 200), THREADS (8), CASES (25), DURATION (10 s), CONNECTIONS (16), WORKERS (2).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OP_PID=""
trap '[ -n "$OP_PID" ] && kill "$OP_PID" 2>/dev/null; bench_cleanup' EXIT
SIGN_INS=${SIGN_INS:-200}
THREADS=${THREADS:-8}
CASES=${CASES:-25}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-2}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

OP_PORT=$(free_port)
export APP_PORT=$(free_port)
CLIENT_SECRET=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "== Test OpenID provider on :$OP_PORT"
(cd "$ROOT" && $PY tests/oidc_provider/serve.py --port "$OP_PORT" \
  --redirect-uri "https://127.0.0.1:$APP_PORT/auth/oidc/callback/" --data-dir "$WORK/op" \
  --client-id kommunportal-bench --client-secret "$CLIENT_SECRET" > "$WORK/op.log" 2>&1) &
OP_PID=$!
export CITIZEN_OIDC_ISSUER=http://127.0.0.1:$OP_PORT/o CITIZEN_OIDC_CLIENT_ID=kommunportal-bench
export CITIZEN_OIDC_CLIENT_SECRET=$CLIENT_SECRET CITIZEN_OIDC_LABEL=BankID CITIZEN_SIGN_INS_PER_MINUTE=1000000

bench_start_site "$WORKERS"
for _ in $(seq 60); do
  curl -sf "$CITIZEN_OIDC_ISSUER/.well-known/openid-configuration" -o /dev/null && break
  sleep 0.5
done

echo "== $SIGN_INS sign-ins, $THREADS at a time"
SIGN_IN=$(cd "$ROOT" && $PY bench/sign_in.py "http://127.0.0.1:$APP_PORT" "$SIGN_INS" "$THREADS" "$WORK/cookie")
echo "$SIGN_IN"

echo "== $CASES identified cases for the signed-in citizen"
(cd "$ROOT" && CASES=$CASES PERSON=198503149828 $PY manage.py shell < bench/identified_cases.py)
COOKIE=$(cat "$WORK/cookie")
curl -sf -H "X-Forwarded-Proto: https" -H "Cookie: $COOKIE" "http://127.0.0.1:$APP_PORT/mina-sidor/" \
  | grep -c 'class="case-list__item"' | sed 's/^/cases listed on Mina sidor: /'

run_wrk() { # name url [cookie]
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "X-Forwarded-Proto: https" ${3:+-H "Cookie: $3"} "$2" \
    > "$WORK/$1.wrk"
  $PY "$ROOT/bench/parse_wrk.py" "$1" < "$WORK/$1.wrk"
}
echo "== wrk: ${DURATION}s, $CONNECTIONS connections each"
run_wrk warmup "http://127.0.0.1:$APP_PORT/husagare/" >/dev/null
AUDIENCE=$(run_wrk audience_anonymous "http://127.0.0.1:$APP_PORT/husagare/")
MINA_SIDOR=$(run_wrk mina_sidor_signed_in "http://127.0.0.1:$APP_PORT/mina-sidor/" "$COOKIE")
{
  echo "Sign-in benchmark ($(hostname), PostgreSQL, $WORKERS gunicorn workers)"
  echo "sign-in: $SIGN_IN"
  echo "$AUDIENCE"
  echo "$MINA_SIDOR"
  $PY -c "import json,sys; a,m=(json.loads(x) for x in sys.argv[1:]); print(f\"Mina sidor / audience page: {m['rps']/a['rps']:.2f}x requests/s\")" \
    "$AUDIENCE" "$MINA_SIDOR"
} | tee "$RESULTS/sign_in-$(date +%Y%m%d-%H%M%S).txt"
