"""Start the test case system (serve.py) as a separate process on loopback.

    receiver = start_receiver(secret, tmp_path, api=site_url, client_id=..., client_secret=..., decide=True)
    receiver.url          # the webhook address to register on the case system
    receiver.events()     # what it received
    receiver.set_mode("error")
    receiver.stop()

Importing this module does not set up Django.
"""

from __future__ import annotations

import atexit
import json
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

SERVE_SCRIPT = Path(__file__).resolve().with_name("serve.py")
REPO_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningReceiver:
    port: int
    log_path: Path
    process: subprocess.Popen = field(repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base_url}/webhook"

    def _call(self, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        with urllib.request.urlopen(urllib.request.Request(self.base_url + path, data=data), timeout=10) as answer:
            return json.load(answer)

    def events(self) -> dict:
        return self._call("/events")

    def set_mode(self, mode: str, delay: float = 0) -> None:
        self._call("/control", {"mode": mode, "delay": delay})

    def wait_for(self, predicate, timeout: float = 30.0) -> dict:
        """The events once `predicate(events)` holds; fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            received = self.events()
            if predicate(received):
                return received
            if time.monotonic() > deadline:
                raise AssertionError(f"the receiver did not get what was expected: {received}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        atexit.unregister(self.stop)


def start_receiver(
    secret: str, tmp_dir: Path, *, api="", client_id="", client_secret="", decide=False, port: int | None = None
) -> RunningReceiver:
    port = port or free_port()
    log_path = Path(tmp_dir) / f"receiver-{port}.log"
    command = [sys.executable, str(SERVE_SCRIPT), "--port", str(port), "--secret", secret]
    if api:
        command += ["--api", api, "--client-id", client_id, "--client-secret", client_secret]
    if decide:
        command.append("--decide")
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    receiver = RunningReceiver(port, log_path, process)
    atexit.register(receiver.stop)
    deadline = time.monotonic() + 30
    while True:
        try:
            receiver.events()
            return receiver
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                receiver.stop()
                raise RuntimeError(f"the test receiver did not start: {log_path.read_text()}") from None
            time.sleep(0.1)
