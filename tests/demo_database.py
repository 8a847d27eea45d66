"""The demo municipality built once per test run and copied for every process that serves it.

Migrating and loading the demo takes about a minute; the served site of the browser tests and
the backup drill each need a database of their own holding it. The first to ask builds it in
a process of its own (a PostgreSQL template database, or an SQLite file, with its media
folders); everyone after that gets a copy in a second or two. Parallel test workers share it
through a folder named in the environment by the first pytest process, and a file lock.
"""

import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
RUN_DIR_VARIABLE = "KOMMUNPORTAL_TEST_DEMO_DIR"


@dataclass(frozen=True)
class DemoCopy:
    """A database holding the demo, and its media folders."""

    url: str
    media: Path
    private_media: Path


def pytest_configure(config):
    # The first process of the run (the controller when tests run in parallel) names the folder;
    # workers inherit the environment it was started with.
    if RUN_DIR_VARIABLE not in os.environ:
        os.environ[RUN_DIR_VARIABLE] = tempfile.mkdtemp(prefix="kommunportal-demo-")
        config._demo_database_owner = True


def pytest_unconfigure(config):
    if not getattr(config, "_demo_database_owner", False):
        return
    folder = Path(os.environ.pop(RUN_DIR_VARIABLE))
    template = (folder / "template-url").read_text() if (folder / "template-url").exists() else ""
    if template.startswith("postgres"):
        _postgres_admin(os.environ["DATABASE_URL"], f'DROP DATABASE IF EXISTS "{_name(template)}" WITH (FORCE)')
    shutil.rmtree(folder, ignore_errors=True)


def new_database_url(folder: Path, purpose: str) -> str:
    """The address of a database that does not exist yet: on the PostgreSQL server of
    DATABASE_URL when it names one, else an SQLite file in `folder`."""
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith("postgres"):
        return urlparse(base)._replace(path=f"/kommunportal_{purpose}_{uuid.uuid4().hex[:8]}").geturl()
    return f"sqlite:///{folder / f'{purpose}.sqlite3'}"


def drop_database(url: str) -> None:
    if url.startswith("postgres"):
        _postgres_admin(url, f'DROP DATABASE IF EXISTS "{_name(url)}" WITH (FORCE)')


def demo_copy(url: str, media: Path, private_media: Path, environment: dict[str, str] | None = None) -> DemoCopy:
    """Make `url` (a PostgreSQL database that does not exist yet, or an SQLite file) and the two
    media folders a copy of the run's demo municipality."""
    folder = Path(os.environ[RUN_DIR_VARIABLE])
    with _locked(folder):
        template = _template(folder, url, environment or {})
        if url.startswith("postgres"):
            # Under the lock: PostgreSQL refuses to copy a template that another copy is reading.
            _postgres_admin(url, f'CREATE DATABASE "{_name(url)}" TEMPLATE "{_name(template)}"')
        else:
            shutil.copyfile(_sqlite_path(template), _sqlite_path(url))
    for source, target in ((folder / "media", media), (folder / "private_media", private_media)):
        shutil.copytree(source, target, dirs_exist_ok=True)
    return DemoCopy(url, media, private_media)


def _template(folder: Path, like_url: str, environment: dict[str, str]) -> str:
    marker = folder / "template-url"
    if marker.exists():
        return marker.read_text()
    if like_url.startswith("postgres"):
        url = urlparse(like_url)._replace(path=f"/kommunportal_demo_{uuid.uuid4().hex[:8]}").geturl()
        _postgres_admin(url, f'CREATE DATABASE "{_name(url)}"')
    else:
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
    env = {
        **os.environ,
        **environment,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "kommunportal.settings.test",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(folder / "private_media"),
        "PYTHONPATH": "site",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True, timeout=600)
    subprocess.run(
        [*manage, "load_demo_content"], cwd=ROOT, env=env, check=True, timeout=900, stdout=subprocess.DEVNULL
    )
    for name in ("media", "private_media"):
        (folder / name).mkdir(exist_ok=True)
    marker.write_text(url)
    return url


@contextmanager
def _locked(folder: Path):
    with open(folder / "lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _name(url: str) -> str:
    return urlparse(url).path.lstrip("/")


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite://")


def _postgres_admin(url: str, sql: str):
    import psycopg

    # The maintenance database: the one named in `url` may be the one being made or dropped.
    with psycopg.connect(urlparse(url)._replace(path="/postgres").geturl(), autocommit=True) as connection:
        connection.execute(sql)
