"""No secret link in any log: gunicorn's and nginx's access logs with the shipped configuration,
and Django's own request logging, mask the token of every URL that has one."""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from foundations.access_log import MASK, TOKEN_PATHS, mask_tokens
from tests.conftest import service_missing
from tests.demo_database import demo_copy, drop_database, new_database_url

ROOT = Path(__file__).resolve().parents[2]
NGINX_CONF = ROOT / "deploy" / "nginx" / "kommunportal.conf"
TOKEN = "Zm9vYmFyLXNlY3JldC10b2tlbi0xMjM0NTY3ODkw"
NOT_SECRET = ["/", "/synpunkt/", "/en/feedback/", "/e/application/draft/5/", "/api/v1/case/", "/nyheter/case/x/"]


def _routes(patterns, names=(), converters=()):
    """Every named URL pattern with the converters of its whole route."""
    for pattern in patterns:
        found = {**dict(converters), **getattr(pattern.pattern, "converters", {})}
        if isinstance(pattern, URLResolver):
            namespace = (*names, pattern.namespace) if pattern.namespace else names
            yield from _routes(pattern.url_patterns, namespace, found.items())
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield ":".join((*names, pattern.name)), found


def token_urls() -> list[str]:
    """Every URL with a `token` in it, in every language, with TOKEN as its token."""
    urls = []
    for name, converters in _routes(get_resolver().url_patterns):
        if "token" not in converters:
            continue
        kwargs = {
            key: TOKEN if key == "token" else ("1" if "Int" in type(c).__name__ else "x")
            for key, c in converters.items()
        }
        for language in ("sv", "en", "ar"):
            with translation.override(language):
                urls.append(reverse(name, kwargs=kwargs))
    return sorted(set(urls))


def test_every_url_with_a_token_is_masked_in_every_language():
    urls = token_urls()

    assert any(url.startswith("/arende/") for url in urls) and any("/e/booking/" in url for url in urls)
    for url in urls:
        masked = mask_tokens(url)
        assert TOKEN not in masked, url
        assert masked == url.replace(TOKEN, MASK)


def test_paths_without_a_token_are_logged_as_they_are():
    for path in NOT_SECRET:
        assert mask_tokens(path) == path


def test_a_referrer_or_an_error_message_with_a_link_is_masked_too():
    assert mask_tokens(f'"https://www.sjovik.se/arende/{TOKEN}/" x') == '"https://www.sjovik.se/arende/[token]/" x'
    assert mask_tokens(f"Not Found: /en/case/{TOKEN}/receipt/") == "Not Found: /en/case/[token]/receipt/"


def test_djangos_request_logging_masks_the_token():
    import logging

    from kommunportal.logging import PersonalDataFilter

    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (f"/arende/{TOKEN}/",), None
    )

    PersonalDataFilter().filter(record)

    assert record.getMessage() == "Not Found: /arende/[token]/"


def nginx_map() -> tuple[re.Pattern, str]:
    """The shipped nginx map's regular expression (in Python's syntax) and its replacement."""
    text = NGINX_CONF.read_text()
    found = re.search(r'map \$uri \$kommunportal_log_uri \{\s*"~(?P<regex>[^"]+)" "(?P<value>[^"]+)";', text)
    assert found, "the map of masked paths is missing from the nginx configuration"
    regex = found["regex"].replace("(?<", "(?P<")
    replacement = re.sub(r"\$\{(\w+)\}", r"\\g<\1>", found["value"])
    return re.compile(regex), replacement


def test_the_nginx_map_masks_the_same_urls_as_the_python_list():
    regex, replacement = nginx_map()

    for path in [*token_urls(), *NOT_SECRET]:
        by_nginx = regex.sub(replacement, path) if regex.match(path) else path
        assert by_nginx == mask_tokens(path), path
    for prefix in TOKEN_PATHS:  # each path of the list is in the map
        assert prefix in regex.pattern


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, process, seconds=90):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return urllib.request.urlopen(url, timeout=5).status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail(f"{url} did not answer")
            time.sleep(0.3)


MAKE_CASE = """
from departments.models import Department
from eservice_blocks.cases.models import Case
from eservice_blocks.cases.tokens import access_token_for, hash_token, new_nonce
nonce = new_nonce()
department = Department.objects.create(name="Gatuenheten", contact_email="gata@example.org")
case = Case.objects.create(
    access_token_hash=hash_token(access_token_for(nonce)), token_nonce=nonce, service_type="contact",
    service_title="Kontakta oss", subject="Loggtest", department=department,
)
case.assign_reference()
print(case.access_token)
"""


@pytest.fixture
def site_database(tmp_path):
    """A copy of the run's demo municipality (tests/demo_database.py), dropped afterwards."""
    copy = demo_copy(new_database_url(tmp_path, "access_log"), tmp_path / "media", tmp_path / "private")
    yield copy
    drop_database(copy.url)


def test_gunicorn_with_the_shipped_configuration_logs_no_token(tmp_path, site_database):
    env = {
        **os.environ,
        "DATABASE_URL": site_database.url,
        "DJANGO_MEDIA_ROOT": str(site_database.media),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(site_database.private_media),
        "DJANGO_SETTINGS_MODULE": "kommunportal.settings.test",
        "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'site'}",
    }
    manage = [sys.executable, "manage.py"]
    made = subprocess.run(
        [*manage, "shell", "-c", MAKE_CASE], cwd=ROOT, env=env, check=True, timeout=120, capture_output=True, text=True
    )
    token = made.stdout.strip().splitlines()[-1]
    port = _free_port()
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py", "kommunportal.wsgi:application"],
            cwd=ROOT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            assert _wait_for(f"{base}/arende/{token}/", server) == 200
            assert _wait_for(f"{base}/en/case/{token}/receipt/", server) == 200
            assert _wait_for(f"{base}/e/booking/{token}/cancel/", server) in (200, 404)
            time.sleep(0.5)
        finally:
            server.terminate()
            server.wait(timeout=30)
    lines = log.read_text()
    assert token not in lines
    assert '"GET /arende/[token]/" 200' in lines
    assert '"GET /en/case/[token]/receipt/" 200' in lines


def test_nginx_with_the_shipped_log_format_logs_no_token(tmp_path):
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        service_missing("nginx (apt-get install nginx)")
    text = NGINX_CONF.read_text()
    shipped_map = re.search(r"map \$uri \$kommunportal_log_uri \{.*?\n\}", text, re.S).group(0)
    shipped_format = re.search(r"log_format kommunportal [^;]+;", text).group(0)
    port = _free_port()
    (tmp_path / "tmp").mkdir()
    config = tmp_path / "nginx.conf"
    config.write_text(
        f"""
daemon off;
worker_processes 1;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log warn;
events {{ worker_connections 64; }}
http {{
  client_body_temp_path {tmp_path}/tmp;
  proxy_temp_path {tmp_path}/tmp;
  fastcgi_temp_path {tmp_path}/tmp;
  uwsgi_temp_path {tmp_path}/tmp;
  scgi_temp_path {tmp_path}/tmp;
{shipped_map}
{shipped_format}
  server {{
    listen 127.0.0.1:{port};
    access_log {tmp_path}/access.log kommunportal;
    location / {{ return 200 "ok"; }}
  }}
}}
"""
    )
    server = subprocess.Popen([nginx, "-p", str(tmp_path), "-c", str(config)], stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for path in [
            f"/arende/{TOKEN}/",
            f"/en/case/{TOKEN}/receipt/?x=1",
            f"/e/application/{TOKEN}/step/2/",
            "/e/application/draft/5/",
            f"/skarm/{TOKEN}/",
            "/synpunkt/",
        ]:
            assert _wait_for(base + path, server, seconds=20) == 200
    finally:
        server.terminate()
        server.wait(timeout=20)
    lines = (tmp_path / "access.log").read_text().splitlines()
    assert TOKEN not in "\n".join(lines)
    paths = [re.search(r'"GET ([^"]+)"', line).group(1) for line in lines]
    assert paths == [
        "/arende/[token]/",
        "/en/case/[token]/receipt/",
        "/e/application/[token]/step/2/",
        "/e/application/draft/5/",
        "/skarm/[token]/",
        "/synpunkt/",
    ]
