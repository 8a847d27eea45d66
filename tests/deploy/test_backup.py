"""deploy/backup.sh and deploy/restore.sh end to end on a real PostgreSQL: the demo municipality plus
cases with attachments is backed up, restored into an empty database and empty folders (as a
role that owns nothing else), and every case, row count and file is compared with the source.

pytest-django's test database lives inside a transaction that pg_dump cannot see, so the site here
gets databases of its own, filled by `manage.py` in subprocesses as on a real host."""

import hashlib
import os
import re
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import service_missing
from tests.demo_database import demo_copy

ROOT = Path(__file__).resolve().parents[2]
BACKUP = ROOT / "deploy" / "backup.sh"
RESTORE = ROOT / "deploy" / "restore.sh"
#: Tables the issue names: a restore must bring back exactly as many rows as the source has.
COUNTED_TABLES = [
    "eservice_blocks_case",
    "eservice_blocks_caseevent",
    "eservice_blocks_casemessage",
    "eservice_blocks_caseattachment",
    "wagtailcore_page",
]
BACKUP_NAME = re.compile(r"^kommunportal-\d{8}T\d{6}Z$")

# Cases as a citizen's submission makes them (eservice_blocks.services.submit): reference, event,
# a stored attachment, and a reply from the citizen with a file of its own. Random bytes, so a
# file that came back different cannot pass; names with spaces and å, ä, ö.
MAKE_CASES_WITH_FILES = """
import os, uuid
from django.core.files.base import ContentFile
from django.db import transaction
from eservice_blocks.cases.models import Case, CaseEvent, CaseEventKind, CaseMessage, MessageDirection
from eservice_blocks.cases.tokens import access_token_for, hash_token, new_nonce
from eservice_blocks.services import store_attachment
from eservice_blocks.uploads import CleanUpload

demo = Case.objects.exclude(page=None).first()
for number in range(3):
    nonce = new_nonce()
    with transaction.atomic():
        case = Case.objects.create(
            access_token_hash=hash_token(access_token_for(nonce)), token_nonce=nonce,
            service_type=demo.service_type, service_title=demo.service_title,
            subject=f"Säkerhetskopia {number}", department=demo.department, page=demo.page,
            contact_name="Test Testsson", contact_email="test@example.org",
            answers=[{"label": "Fråga", "value": "Behöver jag bygglov?"}],
        )
        case.assign_reference()
        upload = CleanUpload(f"ritning {number} åäö.pdf", "application/pdf", b"%PDF-1.4\\n" + os.urandom(5000))
        store_attachment(case, "Ritning", upload)
        CaseEvent.objects.create(case=case, kind=CaseEventKind.RECEIVED, visible_to_citizen=True)
        message = CaseMessage(case=case, direction=MessageDirection.FROM_CITIZEN, body="Här är fotot.",
                              attachment_name="foto.jpg")
        message.attachment.save("foto från mig.jpg", ContentFile(os.urandom(3000)), save=False)
        message.save()
        CaseEvent.objects.create(case=case, kind=CaseEventKind.MESSAGE_FROM_CITIZEN, visible_to_citizen=True,
                                 details={"message_id": message.pk})
"""


@dataclass
class Site:
    """A database and its two media folders, as one installation of the site sees them."""

    url: str
    media: Path
    private: Path

    def env(self, **extra) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith("BACKUP_")}
        return {
            **env,
            "DATABASE_URL": self.url,
            "DJANGO_SETTINGS_MODULE": "kommunportal.settings.test",
            "DJANGO_MEDIA_ROOT": str(self.media),
            "DJANGO_PRIVATE_MEDIA_ROOT": str(self.private),
            "KOMMUNPORTAL_PYTHON": sys.executable,
            "PYTHONPATH": "site",
            **extra,
        }


def _run(command, site: Site, check=True, **extra_env) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=ROOT,
        env=site.env(**extra_env),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check and result.returncode != 0:
        pytest.fail(f"{command[0]} exited {result.returncode}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def _query(url: str, sql: str, *params) -> list[tuple]:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute(sql, params).fetchall()


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql)


def _count(url: str, table: str) -> int:
    from psycopg import sql

    return _query(url, sql.SQL("select count(*) from {}").format(sql.Identifier(table)))[0][0]


def _tables(url: str) -> int:
    return _query(url, "select count(*) from pg_tables where schemaname = 'public'")[0][0]


def _tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative path, with the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


class Postgres:
    """Databases of this module's own, created from DATABASE_URL and dropped at the end. Restore
    targets belong to a role without superuser rights (when we may create one), as in production."""

    def __init__(self, base: str):
        self.base = base
        self.names: list[str] = []
        self.role = None
        if _query(base, "select rolsuper from pg_roles where rolname = current_user")[0][0]:
            self.role = f"kp_restore_{uuid.uuid4().hex[:8]}"
            self.password = uuid.uuid4().hex
            _admin(base, f"CREATE ROLE \"{self.role}\" LOGIN PASSWORD '{self.password}'")

    def name_for(self, purpose: str) -> str:
        """A new database's name, dropped at the end (the caller makes the database)."""
        name = f"kommunportal_{purpose}_{uuid.uuid4().hex[:8]}"
        self.names.append(name)
        return name

    def create(self, purpose: str, as_plain_role=False) -> str:
        name = f"kommunportal_{purpose}_{uuid.uuid4().hex[:8]}"
        owner = self.role if as_plain_role and self.role else None
        _admin(self.base, f'CREATE DATABASE "{name}"' + (f' OWNER "{owner}"' if owner else ""))
        self.names.append(name)
        url = urlparse(self.base)._replace(path=f"/{name}")
        if owner:
            url = url._replace(netloc=f"{owner}:{self.password}@{url.hostname}:{url.port or 5432}")
        return url.geturl()

    def drop_all(self) -> None:
        for name in self.names:
            _admin(self.base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if self.role:
            _admin(self.base, f'DROP ROLE IF EXISTS "{self.role}"')


@pytest.fixture(scope="module")
def postgres():
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        service_missing("backup and restore are tested on PostgreSQL: set DATABASE_URL=postgres://...")
    for program in ("pg_dump", "pg_restore", "psql"):
        if shutil.which(program) is None:
            service_missing(f"{program} is not installed (apt-get install postgresql-client)")
    databases = Postgres(base)
    yield databases
    databases.drop_all()


def _empty_site(postgres: Postgres, tmp_path_factory, purpose: str) -> Site:
    folder = tmp_path_factory.mktemp(purpose)
    return Site(postgres.create(purpose, as_plain_role=True), folder / "media", folder / "private")


@pytest.fixture(scope="module")
def source(postgres, tmp_path_factory) -> Site:
    """The demo municipality with its cases, plus three cases that carry files."""
    folder = tmp_path_factory.mktemp("source")
    url = urlparse(postgres.base)._replace(path=f"/{postgres.name_for('source')}").geturl()
    copy = demo_copy(url, folder / "media", folder / "private")  # migrated and loaded once per run
    site = Site(copy.url, copy.media, copy.private_media)
    _run([sys.executable, "manage.py", "shell", "-c", MAKE_CASES_WITH_FILES], site)
    return site


@pytest.fixture(scope="module")
def backup(source, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("backups")
    _run([BACKUP, root], source)
    (made,) = [path for path in root.iterdir() if not path.name.startswith(".")]
    return made


@pytest.fixture(scope="module")
def restored(postgres, backup, tmp_path_factory) -> tuple[Site, subprocess.CompletedProcess]:
    """The backup restored into an empty database and folders that do not exist yet."""
    target = _empty_site(postgres, tmp_path_factory, "restored")
    return target, _run([RESTORE, backup], target)


def test_backup_is_one_complete_directory_with_manifest_and_checksums(source, backup):
    assert BACKUP_NAME.match(backup.name)
    assert not [path for path in backup.parent.iterdir() if path.name.endswith(".partial")]
    assert {path.name for path in backup.iterdir()} == {
        "database.dump",
        "media",
        "private_media",
        "manifest.txt",
        "SHA256SUMS",
    }
    manifest = (backup / "manifest.txt").read_text()
    cases = _count(source.url, "eservice_blocks_case")
    assert f"rows: eservice_blocks_case {cases}\n" in manifest
    # The migration state: the latest applied migration of each app, as in the source.
    latest = _query(source.url, "select distinct on (app) app, name from django_migrations order by app, id desc")
    for app, migration in latest:
        assert f"migration: {app} {migration}\n" in manifest
    assert f"private_media: {len(_tree(source.private))} files" in manifest
    listed = (backup / "SHA256SUMS").read_text().splitlines()
    assert len(listed) == sum(1 for path in backup.rglob("*") if path.is_file()) - 1
    subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=backup, check=True)


def test_restore_into_an_empty_database_brings_back_every_case_and_file(source, restored):
    target, result = restored
    assert "restore complete" in result.stdout
    assert "No planned migration operations" in result.stdout

    references = {row[0] for row in _query(source.url, "select reference from eservice_blocks_case")}
    cases = _count(source.url, "eservice_blocks_case")
    assert len(references) == cases > 1000  # the demo's history and cases, and ours
    restored_references = {row[0] for row in _query(target.url, "select reference from eservice_blocks_case")}
    assert references - restored_references == set()
    assert restored_references == references

    for table in COUNTED_TABLES:
        assert _count(target.url, table) == _count(source.url, table) > 0, table
    # And every other table, so nothing the site stores is left behind.
    for (table,) in _query(source.url, "select tablename from pg_tables where schemaname = 'public'"):
        assert _count(target.url, table) == _count(source.url, table), table
    # Sequences continue where they were: a new case cannot take a restored case's number.
    sequences = "select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1"
    assert _query(target.url, sequences) == _query(source.url, sequences)

    # Every file a case refers to is there with the same bytes; so is every other file.
    files = [
        row[0]
        for row in _query(
            target.url,
            "select file from eservice_blocks_caseattachment"
            " union all select attachment from eservice_blocks_casemessage where attachment <> ''",
        )
    ]
    assert len(files) >= 6
    for name in files:
        assert (target.private / name).read_bytes() == (source.private / name).read_bytes(), name
    assert _tree(target.private) == _tree(source.private)
    assert _tree(target.media) == _tree(source.media)
    assert any(name.startswith("original_images/") for name in _tree(target.media))


def test_restore_refuses_a_database_with_tables_unless_forced(postgres, source, backup, tmp_path_factory):
    target = _empty_site(postgres, tmp_path_factory, "forced")
    _run([RESTORE, backup], target)
    # Changed after the backup: the database is no longer empty.
    _admin(target.url, "update eservice_blocks_case set subject = 'changed after the backup'")

    refused = _run([RESTORE, backup], target, check=False)
    assert refused.returncode != 0
    assert "already has" in refused.stderr and "--force" in refused.stderr
    # Nothing was touched: every case still has the changed subject.
    assert _query(target.url, "select distinct subject from eservice_blocks_case") == [("changed after the backup",)]

    _run([RESTORE, "--force", backup], target)
    subjects = "select reference, subject from eservice_blocks_case order by reference"
    assert _query(target.url, subjects) == _query(source.url, subjects)


def test_restore_refuses_a_media_folder_with_files(postgres, backup, tmp_path_factory):
    target = _empty_site(postgres, tmp_path_factory, "media_in_the_way")
    target.private.mkdir()
    (target.private / "someone-elses.pdf").write_bytes(b"%PDF-1.4")

    refused = _run([RESTORE, backup], target, check=False)
    assert refused.returncode != 0
    assert "is not empty" in refused.stderr
    assert _tables(target.url) == 0


@pytest.mark.parametrize("damaged", ["database.dump", "private attachment"])
def test_a_corrupted_backup_is_refused(postgres, backup, tmp_path_factory, damaged):
    copy = tmp_path_factory.mktemp("damaged") / backup.name
    shutil.copytree(backup, copy)
    if damaged == "database.dump":
        victim = copy / "database.dump"
    else:
        victim = next(path for path in sorted((copy / "private_media").rglob("*")) if path.is_file())
    content = bytearray(victim.read_bytes())
    content[len(content) // 2] ^= 0x01  # one bit of one byte
    victim.write_bytes(bytes(content))
    target = _empty_site(postgres, tmp_path_factory, "damaged")

    refused = _run([RESTORE, copy], target, check=False)
    assert refused.returncode != 0
    assert "damaged" in refused.stderr
    assert "FAILED" in refused.stdout + refused.stderr
    assert _tables(target.url) == 0
    assert not target.media.exists() and not target.private.exists()


def test_backup_keeps_the_newest_and_leaves_other_files_alone(source, tmp_path):
    for stamp in ("20200101T000000Z", "20200102T000000Z", "20200103T000000Z"):
        (tmp_path / f"kommunportal-{stamp}").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / ".kommunportal-20200104T000000Z.partial").mkdir()  # a run that was killed

    _run([BACKUP], source, BACKUP_DIR=str(tmp_path), BACKUP_KEEP="2")

    names = {path.name for path in tmp_path.iterdir()} - {".backup.lock"}
    (made,) = names - {"kommunportal-20200103T000000Z", "notes"}
    assert BACKUP_NAME.match(made)
    assert names == {"kommunportal-20200103T000000Z", "notes", made}


@pytest.mark.parametrize("failure", ["no such database", "no private media folder"])
def test_a_failed_backup_leaves_nothing_that_looks_like_one(source, tmp_path, failure):
    if failure == "no such database":
        site = Site(urlparse(source.url)._replace(path="/kommunportal_missing").geturl(), source.media, source.private)
    else:
        site = Site(source.url, source.media, tmp_path / "missing")
    root = tmp_path / "backups"

    result = _run([BACKUP, root], site, check=False)
    assert result.returncode != 0
    assert "error" in result.stderr
    left = [path.name for path in root.iterdir()] if root.exists() else []
    assert set(left) <= {".backup.lock"}
