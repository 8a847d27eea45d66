"""`make run` serves the demo as a real site would answer: with the dev settings and the
Makefile's environment, a missing page is the site's own 404 page (not Django's debug page),
the static files are still served, and the test persons can still sign in."""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.demo_database import demo_copy, drop_database, new_database_url

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json
from django.conf import settings
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
client = Client(raise_request_exception=False, HTTP_HOST="127.0.0.1:8000")
missing = client.get("/finns-inte-alls/")
static = client.get("/static/css/site.css")
sign_in = client.get("/logga-in/development/")
print(json.dumps({
    "debug": settings.DEBUG,
    "missing_status": missing.status_code,
    "missing_text": missing.content.decode(),
    "static_status": static.status_code,
    "sign_in_status": sign_in.status_code,
    "sign_in_location": sign_in.get("Location", ""),
}))
"""


def make_run_environment() -> dict:
    """The variables the Makefile's run target exports (`run: export NAME = value`)."""
    found = re.findall(r"^run: export (\w+) = (.*)$", (ROOT / "Makefile").read_text(), re.M)
    return {name: value.replace("$(HOST)", "127.0.0.1").replace("$(PORT)", "8000") for name, value in found}


def test_the_makefile_runs_the_site_with_debug_off():
    assert make_run_environment()["DJANGO_DEBUG"] == "false"


def test_with_the_makefiles_environment_a_missing_page_is_the_sites_own_404_page(tmp_path):
    # The run's demo municipality (what `make run` loads), copied: migrating anew takes a minute.
    demo = demo_copy(new_database_url(tmp_path, "make_run"), tmp_path / "media", tmp_path / "private_media")
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    environment.update(make_run_environment())
    environment.update(
        DJANGO_SETTINGS_MODULE="kommunportal.settings.dev",
        DATABASE_URL=demo.url,
        DJANGO_MEDIA_ROOT=str(demo.media),
        DJANGO_PRIVATE_MEDIA_ROOT=str(demo.private_media),
    )

    try:
        done = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", PROBE],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        drop_database(demo.url)

    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["debug"] is False
    assert result["missing_status"] == 404
    assert 'id="not-found-q"' in result["missing_text"]  # the site's 404 template, with its search
    assert "Sidan hittades inte" in result["missing_text"]
    assert "technical_404" not in result["missing_text"] and "DEBUG = True" not in result["missing_text"]
    assert result["static_status"] == 200
    # The demo's test persons: the provider sends the citizen on to pick one.
    assert result["sign_in_status"] == 302 and "/logga-in/utveckling/" in result["sign_in_location"]


def run_recipe_services() -> list[list[str]]:
    """The long-running commands of the Makefile's run recipe: those started in the background
    (`$(MANAGE) ... &`) and the web server it ends with, on a free port."""
    recipe = (ROOT / "Makefile").read_text().split("\nrun: demo vendor\n", 1)[1].split("\n\n", 1)[0]
    port = free_port()
    commands = []
    for command, ending in re.findall(r"\$\(MANAGE\) ([^&;\n]+?)\s*(&|;|\n|$)", recipe + "\n"):
        if ending == "&" or command.startswith("runserver"):
            command = command.replace("$(HOST)", "127.0.0.1").replace("$(PORT)", str(port))
            commands.append([sys.executable, "manage.py", *command.split()])
    return commands


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pids: set[int]) -> float:
    """CPU time used so far by these processes and all their descendants."""
    children: dict[int, list[int]] = {}
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended while we looked
            stats[int(entry.name)] = fields
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    ticks, todo = 0, list(pids)
    while todo:
        pid = todo.pop()
        if pid in stats:
            ticks += sum(int(value) for value in stats[pid][11:15])  # utime, stime, children's
        todo.extend(children.get(pid, []))
    return ticks / os.sysconf("SC_CLK_TCK")


def test_the_idle_demo_site_uses_under_two_percent_of_a_core(tmp_path):
    demo = demo_copy(new_database_url(tmp_path, "make_run_idle"), tmp_path / "media", tmp_path / "private_media")
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    environment.update(make_run_environment())
    environment.update(
        DJANGO_SETTINGS_MODULE="kommunportal.settings.dev",
        DATABASE_URL=demo.url,
        DJANGO_MEDIA_ROOT=str(demo.media),
        DJANGO_PRIVATE_MEDIA_ROOT=str(demo.private_media),
    )
    commands = run_recipe_services()
    server = next(command for command in commands if "runserver" in command)
    address = server[-1]
    processes = [
        subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for command in commands
    ]
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"http://{address}/health/", timeout=5)
                break
            except OSError:
                assert time.monotonic() < deadline, "the demo site did not start"
                time.sleep(0.5)
        time.sleep(3)  # start-up work done
        pids = {process.pid for process in processes}
        before = cpu_seconds(pids)
        time.sleep(10)
        used = cpu_seconds(pids) - before
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        drop_database(demo.url)

    assert used < 0.02 * 10, f"{used:.2f} s of CPU in 10 s idle ({used * 10:.1f} % of a core)"
