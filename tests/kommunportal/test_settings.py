import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from kommunportal.env import env_bool, env_int, env_list
from kommunportal.logging import mask_personal_data

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="kommunportal.settings.production",
        DJANGO_SECRET_KEY="x" * 20 + "a-long-random-production-secret-key-0123456789",
        DJANGO_ALLOWED_HOSTS="www.sjovik.example",
        **extra,
    )
    return env


def test_production_settings_pass_the_deploy_check():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_boolean_settings_reject_values_that_are_not_booleans(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "maybe")

    with pytest.raises(ImproperlyConfigured):
        env_bool("SOME_FLAG")


def test_env_readers_parse_and_default(monkeypatch):
    monkeypatch.setenv("A_NUMBER", "42")
    monkeypatch.setenv("A_LIST", "a.example, b.example,")
    monkeypatch.delenv("MISSING", raising=False)

    assert env_int("A_NUMBER", 1) == 42
    assert env_list("A_LIST") == ["a.example", "b.example"]
    assert env_bool("MISSING", True) is True


def test_no_database_url_means_sqlite(monkeypatch):
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
            "PYTHONPATH": "site",
            "DJANGO_SETTINGS_MODULE": "kommunportal.settings.dev",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.strip() == "django.db.backends.sqlite3", result.stderr


@pytest.mark.parametrize(
    "message",
    [
        "GET /sok/?q=19811218-9876 HTTP/1.1",
        "Contact anna.svensson@example.com now",
        "Ring 070-123 45 67",
        "Personnummer 198112189876",
    ],
)
def test_logs_mask_personal_data(message):
    masked = mask_personal_data(message)

    for secret in ["19811218-9876", "anna.svensson@example.com", "070-123 45 67", "198112189876"]:
        assert secret not in masked


def test_logs_keep_ordinary_text():
    assert mask_personal_data("Page published 2026-11-23 by editor 12") == "Page published 2026-11-23 by editor 12"


def test_production_static_files_are_fingerprinted_and_compressed(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=production_env(DJANGO_STATIC_ROOT=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    stylesheets = [path.name for path in (tmp_path / "css").iterdir()]
    fingerprinted = [name for name in stylesheets if name.startswith("site.") and name.endswith(".css")]
    assert [name for name in fingerprinted if name != "site.css"], stylesheets
    assert any(name.endswith(".css.gz") for name in stylesheets), stylesheets


def test_the_sign_out_form_may_lead_to_the_broker_and_nowhere_else():
    code = "from django.conf import settings; print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['form-action'])"
    with_broker = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=production_env(CITIZEN_OIDC_ISSUER="https://broker.example/oidc/kommun"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    without = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env={k: v for k, v in production_env().items() if k != "CITIZEN_OIDC_ISSUER"},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert with_broker.stdout.strip() == "[\"'self'\", 'https://broker.example']", with_broker.stderr
    assert without.stdout.strip() == "[\"'self'\"]", without.stderr
