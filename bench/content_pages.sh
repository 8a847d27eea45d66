#!/usr/bin/env bash
# Benchmark: the everyday content pages (news, events, places, their feeds and the sitemap)
# beside an audience page, all served by gunicorn on PostgreSQL with production settings and
# measured with wrk in one run, plus SQL queries per page after a publish and with warm caches.
#
#   make bench-content            (or: bash bench/content_pages.sh)
# Tunables: DURATION (s, default 10), CONNECTIONS (default 16), WORKERS (gunicorn, default 2).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-2}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

bench_start_site "$WORKERS"

# One of each page type, from the demo content (Swedish).
mapfile -t PATHS < <(cd "$ROOT" && $PY - <<'PY'
import os, sys
sys.path[:0] = [".", "site"]
import django
django.setup()
from events.models import EventIndexPage, EventPage
from news.models import NewsIndexPage, NewsPage
from places.models import PlaceIndexPage, PlacePage
def first(model):
    return model.objects.live().filter(locale__language_code="sv").order_by("path").first()
news = first(NewsIndexPage)
for path in ["/husagare/", news.url_path, first(NewsPage).url_path, news.url_path + "feed/",
             first(EventIndexPage).url_path, first(EventPage).url_path,
             first(PlaceIndexPage).url_path, first(PlacePage).url_path, "/sitemap-sv.xml"]:
    # url_path starts with the home page's slug; the Swedish site is at the root.
    print(path if path.startswith("/sitemap") or path == "/husagare/" else "/" + path.split("/", 2)[2])
PY
)

run_wrk() { # name url
  local out=$WORK/wrk-$RANDOM.txt
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "X-Forwarded-Proto: https" "$2" > "$out"
  $PY "$ROOT/bench/parse_wrk.py" "$1" < "$out"
}

echo "== wrk: ${DURATION}s, $CONNECTIONS connections each"
run_wrk warmup "http://127.0.0.1:$APP_PORT/husagare/" >/dev/null
: > "$WORK/wrk.jsonl"
for path in "${PATHS[@]}"; do
  curl -sf -H "X-Forwarded-Proto: https" "http://127.0.0.1:$APP_PORT$path" -o /dev/null \
    || { echo "$path does not answer 200" >&2; exit 1; }
  run_wrk "$path" "http://127.0.0.1:$APP_PORT$path" >> "$WORK/wrk.jsonl"
done

echo "== SQL queries per page"
(cd "$ROOT" && $PY bench/content_queries.py "${PATHS[@]}") > "$WORK/queries.jsonl"

$PY - "$WORK/wrk.jsonl" "$WORK/queries.jsonl" <<'PY' | tee "$RESULTS/content_pages-$(date +%Y%m%d-%H%M%S).txt"
import json, sys
wrk = [json.loads(line) for line in open(sys.argv[1])]
queries = {row["path"]: row for row in map(json.loads, open(sys.argv[2]))}
base = wrk[0]["rps"]
print(f"{'page':<45} {'req/s':>8} {'ratio':>6} {'p50 ms':>7} {'p99 ms':>7} {'queries after publish':>22} {'cached':>7}")
for row in wrk:
    q = queries[row["name"]]
    bad = f"  ERRORS {row['errors']} non-2xx {row['non_2xx']}" if row["errors"] or row["non_2xx"] else ""
    print(f"{row['name']:<45} {row['rps']:>8.0f} {row['rps'] / base:>6.2f} {row['p50_ms']:>7.1f} "
          f"{row['p99_ms']:>7.1f} {q['after_publish']:>22} {q['cached']:>7}{bad}")
print(f"ratio: requests/s against {wrk[0]['name']} in the same run")
PY
