"""Several app servers share one Redis cache: rate limits count across processes, a publish is
seen by every process at once, and when Redis is away the site still serves."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.core.cache import caches

from tests.conftest import service_missing

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def redis_url():
    url = os.environ.get("REDIS_URL", "")
    if not url.startswith("redis://"):
        service_missing("the shared cache tests need Redis (set REDIS_URL; deploy/local-redis.sh starts one)")
    from tests.served import redis_database

    url = redis_database(url, 2)
    _in_process(url, "from django.core.cache import cache; cache.clear()")
    return url


def _in_process(redis_url: str, code: str) -> str:
    """Run `code` in a separate Python process configured like an app server on this Redis."""
    script = "import django; django.setup()\n" + textwrap.dedent(code)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kommunportal.settings.test",
        "TEST_SHARED_CACHE": "true",
        "REDIS_URL": redis_url,
        "PYTHONPATH": "site",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


COUNT_ALLOWED = """
from types import SimpleNamespace
from foundations.ratelimit import allow
request = SimpleNamespace(META={"REMOTE_ADDR": "203.0.113.7"})
# A day's window: the three processes must not straddle the start of a new window.
print(sum(allow(request, "shared-test", 10, window_seconds=86400) for _ in range(8)))
"""


def test_rate_limits_count_across_app_server_processes(redis_url):
    allowed = [int(_in_process(redis_url, COUNT_ALLOWED)) for _ in range(3)]
    assert allowed[0] == 8
    assert sum(allowed) == 10  # 24 tries in three processes, one budget of 10


def test_the_cache_is_redis(redis_url):
    backend = _in_process(redis_url, "from django.core.cache import caches; print(type(caches['default']).__name__)")
    assert backend == "ResilientRedisCache"


def test_a_publish_in_one_process_is_seen_by_the_others_at_once(redis_url):
    read = "from foundations import tree_cache; print(tree_cache.version())"
    before = _in_process(redis_url, read)
    assert _in_process(redis_url, read) == before
    _in_process(redis_url, "from foundations import tree_cache; tree_cache.invalidate(tree_cache.TREE)")
    assert _in_process(redis_url, read) != before


def test_when_redis_is_away_reads_miss_writes_are_dropped_and_limits_let_through():
    from kommunportal.cache import ResilientRedisCache

    dead = ResilientRedisCache(
        "redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}}
    )
    assert dead.get("anything", "default") == "default"
    dead.set("key", "value")
    assert dead.add("key", 1) is True
    assert dead.incr("key") == 1
    assert dead.get_many(["a", "b"]) == {}


def test_the_site_serves_pages_while_redis_is_away(client, settings, home_page):
    settings.CACHES = {
        "default": {
            "BACKEND": "kommunportal.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    assert type(caches["default"]).__name__ == "ResilientRedisCache"
    response = client.get(home_page.url)
    assert response.status_code == 200
    assert json.loads(client.get("/health/ready/").content)["checks"]["cache"]["ok"] is False
