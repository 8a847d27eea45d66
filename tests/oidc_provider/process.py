"""Start the test OpenID provider (serve.py) as a separate process on loopback.

    with start_provider(["http://127.0.0.1:8000/auth/oidc/callback/"], tmp_path) as op:
        op.issuer          # "http://127.0.0.1:<port>/o"
        op.discovery_url   # op.issuer + "/.well-known/openid-configuration"
        op.client_id, op.client_secret, op.persons

Importing this module does not set up Django.
"""

from __future__ import annotations

import atexit
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.oidc_provider.persons import PASSWORD, PERSONS

REPO_ROOT = Path(__file__).resolve().parents[2]
SERVE_SCRIPT = Path(__file__).resolve().with_name("serve.py")
DEFAULT_CLIENT_ID = "kommunportal-test"
START_TIMEOUT = 60.0


class ProviderStartError(RuntimeError):
    """The provider process died or did not answer discovery in time."""

    def __init__(self, message: str, *, port_taken: bool = False):
        super().__init__(message)
        self.port_taken = port_taken


@dataclass
class RunningProvider:
    issuer: str
    port: int
    client_id: str
    client_secret: str
    redirect_uris: list[str]
    data_dir: Path
    log_path: Path
    process: subprocess.Popen = field(repr=False)
    persons: list[dict] = field(default_factory=lambda: PERSONS)
    password: str = PASSWORD

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        """What the provider wrote on stdout and stderr so far (errors, DOT's debug lines)."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def is_running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the provider and wait for it; safe to call more than once."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=timeout)
        atexit.unregister(self.stop)

    def __enter__(self) -> RunningProvider:
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_provider(
    redirect_uris: list[str],
    tmp_dir: Path,
    port: int | None = None,
    *,
    client_id: str = DEFAULT_CLIENT_ID,
    client_secret: str | None = None,
    post_logout_redirect_uris: list[str] | None = None,
    timeout: float = START_TIMEOUT,
    misbehaviour: str = "",
) -> RunningProvider:
    """Launch serve.py and wait until its discovery document answers 200 with the right issuer.

    Picks a free port when none is given (and tries another if that one was taken meanwhile).
    The SQLite database, signing key and log live in a new directory under tmp_dir.
    Raises ProviderStartError, with the provider's output, if it dies or times out.
    `misbehaviour` makes it break one rule on purpose (misbehaviour.py).
    """
    if not redirect_uris:
        raise ValueError("at least one redirect URI is needed")
    client_secret = client_secret or secrets.token_urlsafe(32)
    attempts = 1 if port is not None else 3
    for attempt in range(1, attempts + 1):
        try:
            return _start(
                redirect_uris,
                Path(tmp_dir),
                port if port is not None else free_port(),
                client_id,
                client_secret,
                post_logout_redirect_uris or [],
                timeout,
                misbehaviour,
            )
        except ProviderStartError as error:
            # A port picked here can be taken by someone else before the provider binds it.
            if not error.port_taken or attempt == attempts:
                raise
    raise AssertionError("unreachable")


def _start(redirect_uris, tmp_dir, port, client_id, client_secret, post_logout_redirect_uris, timeout, misbehaviour):
    tmp_dir.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="oidc-provider-", dir=tmp_dir))
    log_path = data_dir / "serve.log"
    command = [
        sys.executable,
        str(SERVE_SCRIPT),
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
        # "--name=value": a secret from token_urlsafe may begin with "-", which argparse
        # would otherwise read as the next option.
        f"--client-id={client_id}",
        f"--client-secret={client_secret}",
    ]
    for uri in redirect_uris:
        command.append(f"--redirect-uri={uri}")
    for uri in post_logout_redirect_uris:
        command.append(f"--post-logout-redirect-uri={uri}")
    if misbehaviour:
        command += ["--misbehave", misbehaviour]
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env["PYTHONUNBUFFERED"] = "1"
    # A file, not a pipe: nobody reads a pipe while the tests run, and a full one would block the server.
    with open(log_path, "wb") as log_file:
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log_file, stderr=log_file
        )
    provider = RunningProvider(
        issuer=f"http://127.0.0.1:{port}/o",
        port=port,
        client_id=client_id,
        client_secret=client_secret,
        redirect_uris=list(redirect_uris),
        data_dir=data_dir,
        log_path=log_path,
        process=process,
    )
    atexit.register(provider.stop)
    try:
        _wait_for_discovery(provider, timeout)
    except BaseException:
        provider.stop()
        raise
    return provider


def _wait_for_discovery(provider: RunningProvider, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    last_problem = "no answer yet"
    while True:
        returncode = provider.process.poll()
        if returncode is not None:
            output = provider.log()
            raise ProviderStartError(
                f"the test OpenID provider exited with status {returncode} before it answered "
                f"{provider.discovery_url}; its output:\n{output}",
                port_taken="Address already in use" in output,
            )
        try:
            with urllib.request.urlopen(provider.discovery_url, timeout=2) as response:
                if response.status == 200:
                    issuer = json.load(response).get("issuer")
                    if issuer == provider.issuer:
                        return
                    last_problem = f"discovery names the issuer {issuer!r}"
        except (OSError, ValueError) as error:  # URLError, HTTPError, refused, reset, bad JSON
            last_problem = str(error)
        if time.monotonic() > deadline:
            raise ProviderStartError(
                f"the test OpenID provider did not answer {provider.discovery_url} within {timeout:.0f} s "
                f"({last_problem}); its output:\n{provider.log()}"
            )
        time.sleep(0.1)
