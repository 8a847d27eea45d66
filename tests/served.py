"""The demo site served for real, for tests that need the whole stack: gunicorn with two workers
in its own process and database, Varnish with the shipped configuration in front of it, and a
way to run management commands against it. Used by the browser tests and the deployment tests.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import oidc_environment, service_missing
from tests.demo_database import demo_copy, drop_database, new_database_url

ROOT = Path(__file__).resolve().parents[1]


def shared_cache_environment() -> dict[str, str]:
    """The served site shares Redis like production app servers (a database of its own, so that
    the suite's own tests never clear it); so do management commands run against it."""
    if not os.environ.get("REDIS_URL"):
        return {}
    return {"TEST_SHARED_CACHE": "true", "REDIS_URL": redis_database(os.environ["REDIS_URL"], 1)}


def redis_database(url: str, number: int) -> str:
    return urlparse(url)._replace(path=f"/{number}").geturl()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _postgres_admin(url: str, sql: str):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql)


@pytest.fixture(scope="session")
def served_database(tmp_path_factory):
    """A copy of the run's demo municipality for the served site (tests/demo_database.py), with
    its media folders: PostgreSQL when DATABASE_URL names one, else SQLite."""
    folder = tmp_path_factory.mktemp("served")
    copy = demo_copy(new_database_url(folder, "browser"), folder / "media", folder / "private-media")
    yield copy
    drop_database(copy.url)


@pytest.fixture(scope="session")
def frontend_cache_port():
    """The port Varnish will listen on in front of the served site (chosen before the site
    starts, so that the site knows where to send its purges)."""
    return _free_port()


@pytest.fixture(scope="session")
def site_url(served_database, tmp_path_factory, oidc_provider, frontend_cache_port):
    """The demo site, migrated and loaded, served by gunicorn on a free loopback port, with
    citizen sign-in through the test OpenID provider."""
    env = {
        **os.environ,
        **oidc_environment(oidc_provider),
        "DATABASE_URL": served_database.url,
        "DJANGO_SETTINGS_MODULE": "kommunportal.settings.test",
        "DJANGO_MEDIA_ROOT": str(served_database.media),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(served_database.private_media),
        "DJANGO_SERVE_MEDIA": "true",
        # The flows are tested here; the limits themselves in tests/eservice_blocks.
        "ESERVICE_SUBMISSIONS_PER_MINUTE": "1000",
        "CASE_VIEWS_PER_MINUTE": "1000",
        "FEEDBACK_PER_MINUTE": "1000",
        "API_GUIDE_ANSWERS_PER_MINUTE": "1000",
        "PYTHONPATH": "site",
        **shared_cache_environment(),
    }
    if env.get("REDIS_URL"):
        # A new database and media folder: nothing cached by an earlier run may point into the old ones.
        import redis

        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "kommunportal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--access-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        # Purges go to the Varnish of `varnish_url` (the demo load above had nothing to purge).
        env={**env, "FRONTEND_CACHE_URLS": f"http://127.0.0.1:{frontend_cache_port}"},
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=5).read()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("The site did not start")
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=20)


@pytest.fixture(scope="session")
def varnish_url(site_url, frontend_cache_port, tmp_path_factory):
    """Varnish with deploy/varnish/kommunportal.vcl in front of the served site."""
    import shutil

    if not shutil.which("varnishd"):
        service_missing("Varnish is not installed (apt-get install varnish)")
    import tempfile

    # Varnish's worker runs as its own user: its folder must be readable beyond root's temp dirs.
    folder = tempfile.mkdtemp(prefix="kommunportal-varnish-")
    os.chmod(folder, 0o755)  # noqa: S103 - readable by the varnish user, holds no secrets
    env = {
        **os.environ,
        "VARNISH_DIR": folder,
        "VARNISH_PORT": str(frontend_cache_port),
        "VARNISH_BACKENDS": urlparse(site_url).netloc,
    }
    started = subprocess.run(
        ["bash", "deploy/local-varnish.sh", "start"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    if started.returncode != 0:
        pytest.fail(f"Varnish did not start: {started.stdout}{started.stderr}")
    url = f"http://127.0.0.1:{frontend_cache_port}"
    deadline = time.monotonic() + 30
    while True:  # until the health probe has found the site
        try:
            urllib.request.urlopen(url + "/", timeout=5).read()
            break
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail("Varnish does not reach the site")
            time.sleep(0.3)
    yield url
    subprocess.run(["bash", "deploy/local-varnish.sh", "stop"], cwd=ROOT, env=env, timeout=30)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def served_manage(served_database, site_url, frontend_cache_port):
    """Run a management command against the served site's database; returns its output."""

    def run(*args) -> str:
        env = {
            **os.environ,
            "FRONTEND_CACHE_URLS": f"http://127.0.0.1:{frontend_cache_port}",
            **shared_cache_environment(),
            "DATABASE_URL": served_database.url,
            "DJANGO_MEDIA_ROOT": str(served_database.media),
            "DJANGO_PRIVATE_MEDIA_ROOT": str(served_database.private_media),
            "DJANGO_SETTINGS_MODULE": "kommunportal.settings.test",
            "SITE_BASE_URL": site_url,
            "PYTHONPATH": "site",
        }
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=120,
            capture_output=True,
            text=True,
        )
        return result.stdout

    return run
