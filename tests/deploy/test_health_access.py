"""The health details (/health/ready/, /health/worker/: the cache backend, the e-mail backlog)
are for loopback and the monitoring hosts only, in the shipped Varnish and nginx configurations;
/health/ stays open, and Varnish's own probe still reaches the app servers.

Runs the real Varnish and nginx with the shipped files, in front of a stand-in app server that
answers every path (so the test is about the proxies, not the site)."""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from tests.conftest import service_missing

ROOT = Path(__file__).resolve().parents[2]
OUTSIDER = "203.0.113.9"


class _AppServer(BaseHTTPRequestHandler):
    probes = 0

    def do_GET(self):
        if self.path == "/health/ready/" and "X-Forwarded-For" not in self.headers:
            type(self).probes += 1  # Varnish's probe comes straight, without forwarding headers
        body = b'{"status": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def app_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _AppServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def varnish(app_server):
    if not shutil.which("varnishd"):
        service_missing("Varnish is not installed (apt-get install varnish)")
    folder = tempfile.mkdtemp(prefix="kommunportal-varnish-health-")
    os.chmod(folder, 0o755)  # noqa: S103 - readable by the varnish user, holds no secrets
    port = _free_port()
    env = {**os.environ, "VARNISH_DIR": folder, "VARNISH_PORT": str(port), "VARNISH_BACKENDS": app_server}
    started = subprocess.run(
        ["bash", "deploy/local-varnish.sh", "start"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    if started.returncode != 0:
        pytest.fail(f"Varnish did not start: {started.stdout}{started.stderr}")
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while requests.get(url + "/health/", timeout=5).status_code != 200:  # until the probe found it
        if time.monotonic() > deadline:
            pytest.fail("Varnish does not reach the stand-in app server")
        time.sleep(0.3)
    yield url
    subprocess.run(["bash", "deploy/local-varnish.sh", "stop"], cwd=ROOT, env=env, timeout=30)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def nginx(varnish, tmp_path_factory):
    """The shipped nginx server block on a loopback port with a throw-away certificate, in front
    of the Varnish above."""
    if not shutil.which("nginx") or not shutil.which("openssl"):
        service_missing("nginx or openssl is not installed")
    folder = tmp_path_factory.mktemp("nginx")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-keyout", folder / "key.pem", "-out", folder / "cert.pem"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    port = _free_port()
    shipped = (ROOT / "deploy/nginx/kommunportal.conf").read_text()
    server = re.sub(r"server \{\s*listen 80;.*?\n\}\n", "", shipped, count=1, flags=re.S)
    server = server.replace("server 127.0.0.1:6081;", f"server {varnish.removeprefix('http://')};")
    server = re.sub(r"listen \[::\]:443 ssl;\n", "", server)
    # `http2 on;` needs nginx 1.25; Debian's 1.22 knows only `listen ... http2`. HTTP/2 is beside the point here.
    server = re.sub(r"\s*http2 on;", "", server)
    # All addresses: the tests reach it from loopback and from this machine's own outside address.
    server = server.replace("listen 443 ssl;", f"listen {port} ssl;")
    server = server.replace("/etc/letsencrypt/live/www.sjovik.se/fullchain.pem", str(folder / "cert.pem"))
    server = server.replace("/etc/letsencrypt/live/www.sjovik.se/privkey.pem", str(folder / "key.pem"))
    server = server.replace("/var/log/nginx/kommunportal.log", str(folder / "access.log"))
    (folder / "nginx.conf").write_text(
        f"daemon off; pid {folder}/nginx.pid; error_log {folder}/error.log;\n"
        "events {}\n"
        f"http {{ client_body_temp_path {folder}; proxy_temp_path {folder}; access_log off;\n{server}\n}}\n"
    )
    process = subprocess.Popen(["nginx", "-c", str(folder / "nginx.conf"), "-p", str(folder)], stderr=subprocess.PIPE)
    url = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            requests.get(url + "/health/", timeout=5, verify=False)  # noqa: S501 - a throw-away certificate
            break
        except requests.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"nginx did not start: {process.stderr.read().decode()}")
            time.sleep(0.2)
    yield port
    process.terminate()
    process.wait(timeout=10)


def through_nginx_from(address):
    """What nginx sends Varnish for a client at `address` (it appends the client's address)."""
    return {"X-Forwarded-For": address}


@pytest.mark.parametrize("path", ["/health/ready/", "/health/worker/"])
def test_an_outside_client_through_varnish_gets_no_health_details(varnish, path):
    response = requests.get(varnish + path, headers=through_nginx_from(OUTSIDER), timeout=5)

    assert response.status_code == 404
    assert "status" not in response.text


def test_an_outside_client_cannot_pass_for_loopback_with_its_own_forwarded_header(varnish):
    # The client wrote "127.0.0.1" itself; nginx appended the address it really came from.
    response = requests.get(
        varnish + "/health/ready/", headers={"X-Forwarded-For": f"127.0.0.1, {OUTSIDER}"}, timeout=5
    )

    assert response.status_code == 404


def test_monitoring_on_loopback_reads_the_health_details_through_varnish(varnish):
    assert requests.get(varnish + "/health/worker/", timeout=5).status_code == 200
    assert (
        requests.get(varnish + "/health/ready/", headers=through_nginx_from("127.0.0.1"), timeout=5).status_code == 200
    )


def test_liveness_stays_open_to_anyone(varnish):
    assert requests.get(varnish + "/health/", headers=through_nginx_from(OUTSIDER), timeout=5).status_code == 200


def test_the_varnish_probe_still_reaches_the_app_servers(varnish):
    before = _AppServer.probes
    time.sleep(5.5)  # the probe's interval

    assert _AppServer.probes > before
    assert requests.get(varnish + "/anything/", timeout=5).status_code == 200  # a healthy backend


def _outside_address() -> str | None:
    """This machine's address on its network (not loopback), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing address
        except OSError:
            return None
        address = sock.getsockname()[0]
    return None if address.startswith("127.") else address


def nginx_get(address, port, path):
    return requests.get(f"https://{address}:{port}{path}", timeout=5, verify=False)  # noqa: S501 - throw-away cert


@pytest.mark.parametrize("path", ["/health/ready/", "/health/worker/"])
def test_nginx_refuses_the_health_details_to_a_client_that_is_not_loopback(nginx, path):
    address = _outside_address()
    if address is None:
        pytest.skip("this machine has no address besides loopback")

    assert nginx_get(address, nginx, path).status_code == 403


def test_nginx_lets_loopback_read_the_health_details_and_anyone_the_liveness(nginx):
    assert nginx_get("127.0.0.1", nginx, "/health/ready/").status_code == 200
    address = _outside_address() or "127.0.0.1"
    assert nginx_get(address, nginx, "/health/").status_code == 200
