"""The search-engine drill's driver (bench/search_engine_drill.sh starts the site, the worker
and the engine, then runs this): pages are published once a second while citizens search and
the readiness check is polled; the engine is stopped for STOP_SECONDS in the middle and started
again. Afterwards it waits for the queued updates to be replayed and counts the published pages
the engine holds. Prints a table; the last line on stdout is JSON. Exits 1 when a search failed
or a published page is missing from the engine."""

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE = os.environ["DRILL_BASE_URL"]
STOP_SECONDS = int(os.environ.get("STOP_SECONDS", "30"))
BEFORE_SECONDS, AFTER_SECONDS = 10, 10
REPLAY_WAIT = int(os.environ.get("REPLAY_WAIT", "300"))
QUERIES = ["bygglov", "förskola", "sophämtning", "hemtjänst", "dagis", "drillsida"]


class Log:
    """What happened in each phase: searches (answered, fell back), health checks, pages."""

    def __init__(self):
        self.phase = "before"
        self.rows: dict[str, dict] = {}
        self.lock = threading.Lock()

    def add(self, key: str, amount: int = 1):
        with self.lock:
            row = self.rows.setdefault(self.phase, {})
            row[key] = row.get(key, 0) + amount


def get_json(path: str):
    request = urllib.request.Request(BASE + path, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read())


def search_loop(log: Log, stop: threading.Event):
    number = 0
    while not stop.is_set():
        query = QUERIES[number % len(QUERIES)]
        number += 1
        try:
            status, _body = get_json(f"/api/v1/search/?q={urllib.request.quote(query)}&locale=sv")
            log.add("searches")
            log.add("answered" if status == 200 else "failed")
        except Exception:
            log.add("searches")
            log.add("failed")
        try:
            _status, health = get_json("/health/ready/")
            search = health["checks"]["search"]
            log.add("health_checks")
            log.add("health_fell_back" if search.get("fell_back") else "health_engine")
        except Exception:
            log.add("health_failed")
        time.sleep(0.5)


def publish_loop(log: Log, stop: threading.Event, published: list[int]):
    from django.db import connection
    from wagtail.models import Locale

    from cms_pages.models import AudiencePage, InformationPage

    parent = AudiencePage.objects.get(slug="husagare", locale=Locale.objects.get(language_code="sv"))
    number = 0
    while not stop.is_set():
        number += 1
        page = InformationPage(
            title=f"Drillsida {number}",
            slug=f"drillsida-{number}-{int(time.time())}",
            intro=f"Drillsida nummer {number} publicerad under övningen.",
        )
        parent = AudiencePage.objects.get(pk=parent.pk)
        parent.add_child(instance=page)
        page.save_revision().publish()
        published.append(page.pk)
        log.add("pages_published")
        time.sleep(1)
    connection.close()


def engine(command: str):
    subprocess.run([str(ROOT / "deploy/local-search-engine.sh"), command], check=True, capture_output=True)


def main():
    import django

    django.setup()
    from search.backends.registry import registry
    from search.pending import waiting

    backend = registry.configured()
    log, stop, published = Log(), threading.Event(), []
    threads = [
        threading.Thread(target=search_loop, args=(log, stop)),
        threading.Thread(target=publish_loop, args=(log, stop, published)),
    ]
    for thread in threads:
        thread.start()
    time.sleep(BEFORE_SECONDS)
    log.phase = "engine down"
    down_at = time.monotonic()
    engine("stop")
    time.sleep(STOP_SECONDS)
    log.phase = "engine starting"
    engine("start")
    log.phase = "after"
    unreachable_seconds = time.monotonic() - down_at
    time.sleep(AFTER_SECONDS)
    stop.set()
    for thread in threads:
        thread.join()

    waited = time.monotonic()
    while waiting() and time.monotonic() - waited < REPLAY_WAIT:
        time.sleep(2)
    replay_seconds = time.monotonic() - waited
    client = backend.make_client()
    client.indices.refresh(index=backend.alias("sv"))
    count = client.count(
        index=backend.alias("sv"), body={"query": {"terms": {"page_id": [str(pk) for pk in published]}}}
    )["count"]

    print(f"{'phase':18} {'searches':>9} {'answered':>9} {'failed':>7} {'health: fell back':>18} {'pages':>6}")
    for phase in ("before", "engine down", "engine starting", "after"):
        row = log.rows.get(phase, {})
        fell_back = f"{row.get('health_fell_back', 0)} of {row.get('health_checks', 0)}"
        print(
            f"{phase:18} {row.get('searches', 0):>9} {row.get('answered', 0):>9} {row.get('failed', 0):>7} "
            f"{fell_back:>18} {row.get('pages_published', 0):>6}"
        )
    failed = sum(row.get("failed", 0) for row in log.rows.values())
    print(
        f"engine unreachable {unreachable_seconds:.0f} s (stopped {STOP_SECONDS} s, then started); "
        f"queued updates replayed {replay_seconds:.0f} s after the load; "
        f"published {len(published)} pages, the engine holds {count}, {waiting()} updates still waiting"
    )
    summary = {
        "published": len(published),
        "in_engine": count,
        "failed_searches": failed,
        "waiting": waiting(),
        "unreachable_seconds": round(unreachable_seconds),
        "replay_seconds": round(replay_seconds),
        "phases": log.rows,
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0 if failed == 0 and count == len(published) and published else 1


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")
    sys.exit(main())
