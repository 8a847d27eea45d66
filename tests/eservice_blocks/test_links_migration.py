"""The migration to case links from a nonce (eservice_blocks 0007), applied to cases made in the
old state (raw idempotency key, link derived from it), on SQLite and on PostgreSQL.

Each run builds a database of its own in a child process (the suite's database and its demo
content stay as they are): migrate to 0006, store cases with the old models, migrate to 0007
and look at the cases with today's code.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings

from tests.conftest import service_missing

ROOT = Path(__file__).resolve().parents[2]
BEFORE = ("eservice_blocks", "0006_notification_moved")
AFTER = ("eservice_blocks", "0007_case_links_from_a_nonce")

SCRIPT = """
import base64, json
import django
django.setup()
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils.crypto import salted_hmac

def old_token(key):  # the link as it was derived before 0007
    digest = salted_hmac("kommunportal.eservices.case-access", key, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

import hashlib
executor = MigrationExecutor(connection)
executor.migrate([__BEFORE__])
old = executor.loader.project_state([__BEFORE__]).apps
Department = old.get_model("departments", "Department")
OldCase = old.get_model("eservice_blocks", "Case")
department = Department.objects.create(name="Gatuenheten", contact_email="gata@example.org")
key = "0123456789abcdef0123456789abcdef"
with_key = OldCase.objects.create(
    access_token_hash=hashlib.sha256(old_token(key).encode()).hexdigest(), idempotency_key=key,
    service_type="contact", service_title="Kontakta oss", subject="Före", department=department,
)
without_key = OldCase.objects.create(
    access_token_hash=hashlib.sha256(b"a link made some other way").hexdigest(), idempotency_key=None,
    service_type="contact", service_title="Kontakta oss", subject="Utan nyckel", department=department,
)

executor = MigrationExecutor(connection)
executor.migrate([__AFTER__])
# The current Case model read below also needs the app's later migrations (new columns); only
# the app's own, with what they depend on: the rest of the project is not needed to read cases.
executor = MigrationExecutor(connection)
executor.migrate([key for key in executor.loader.graph.leaf_nodes() if key[0] == "eservice_blocks"])

from eservice_blocks.cases.models import Case
from eservice_blocks.cases.tokens import key_hash
case = Case.objects.get(pk=with_key.pk)
other = Case.objects.get(pk=without_key.pk)
with connection.cursor() as cursor:
    columns = [c.name for c in connection.introspection.get_table_description(cursor, "eservice_blocks_case")]
    cursor.execute("SELECT * FROM eservice_blocks_case")
    stored = " ".join(str(value) for row in cursor.fetchall() for value in row)
print(json.dumps({
    "old_link_opens": list(Case.objects.by_token(old_token(key)).values_list("pk", flat=True)) == [case.pk],
    "new_link_opens": list(Case.objects.by_token(case.access_token).values_list("pk", flat=True)) == [case.pk],
    "new_link_differs": case.access_token != old_token(key),
    "key_hashed": case.idempotency_key_hash == key_hash(key),
    "raw_key_stored": key in stored,
    "key_column": "idempotency_key" in columns,
    "nonces": bool(case.token_nonce) and bool(other.token_nonce) and case.token_nonce != other.token_nonce,
    "keyless_without_hash": other.idempotency_key_hash is None,
    "keyless_new_link_opens": Case.objects.by_token(other.access_token).get().pk == other.pk,
}))
"""


def run_on(database_url: str) -> dict:
    script = SCRIPT.replace("__BEFORE__", repr(BEFORE)).replace("__AFTER__", repr(AFTER))
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "kommunportal.settings.test",
        "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'site'}",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


EXPECTED = {
    "old_link_opens": True,
    "new_link_opens": True,
    "new_link_differs": True,
    "key_hashed": True,
    "raw_key_stored": False,
    "key_column": False,
    "nonces": True,
    "keyless_without_hash": True,
    "keyless_new_link_opens": True,
}


def test_the_migration_keeps_old_links_and_stores_no_raw_key_on_sqlite(tmp_path):
    assert run_on(f"sqlite:///{tmp_path / 'before.sqlite3'}") == EXPECTED


def test_the_migration_keeps_old_links_and_stores_no_raw_key_on_postgresql():
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        service_missing("PostgreSQL: run the suite with DATABASE_URL=postgres://...")
    import psycopg
    from psycopg import sql

    name = f"kp_migration_{uuid.uuid4().hex[:12]}"
    server = {
        "host": database["HOST"],
        "port": database["PORT"] or 5432,
        "user": database["USER"],
        "password": database["PASSWORD"],
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        url = f"postgres://{server['user']}:{server['password']}@{server['host']}:{server['port']}/{name}"
        assert run_on(url) == EXPECTED
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
