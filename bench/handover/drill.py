"""The hand-over drill's load, faults and check (run by bench/handover.sh).

Submits the demo's building permit question through the API at a steady pace while the
receiver is down (60 s), slow (30 s), answering 500 and answering garbage; then waits until
every hand-over is delivered and every case decided, and checks by event id."""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from demo import receiver_settings as demo  # noqa: E402 - after the path is set (no Django)

PHASES = [("ok", 10), ("down", 60), ("slow", 30), ("error", 20), ("garbage", 20), ("ok", 10)]
#: How the table names each phase (the receiver's mode, in order).
PHASE_LABELS = [
    "up (start)",
    "down (connection refused)",
    "slow (answers after 8 s, Kommunportal gives up after 5 s)",
    "answering 500",
    "answering garbage (200, not JSON)",
    "up again (end)",
]


def call(url, body=None, token=None, timeout=60):
    headers = {"Content-Type": "application/json", "X-Forwarded-Proto": "https"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=timeout) as answer:
        return json.load(answer)


def manage_shell(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return out.strip().splitlines()[-1]


class Receiver:
    def __init__(self, options):
        self.options, self.process = options, None
        self.log = Path(options.work) / "receiver-events.jsonl"
        self.output = Path(options.work) / "receiver.log"
        self.duplicates_before = 0  # retries seen by the receiver's earlier runs

    def start(self):
        command = [
            sys.executable,
            str(ROOT / "tests/handover_receiver/serve.py"),
            "--port",
            str(self.options.receiver_port),
            "--secret",
            demo.SIGNING_SECRET,
            "--log",
            str(self.log),
            "--api",
            self.options.site,
            "--client-id",
            demo.CLIENT_ID,
            "--client-secret",
            demo.CLIENT_SECRET,
            "--decide",
            "--decide-after",
            "0.2",
        ]
        with open(self.output, "ab") as output:
            self.process = subprocess.Popen(command, stdout=output, stderr=output)
        for _ in range(100):
            try:
                return self.own_events()
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the receiver did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.duplicates_before += self.own_events()["duplicates"]
            self.process.terminate()
            self.process.wait(10)

    def url(self, path):
        return f"http://127.0.0.1:{self.options.receiver_port}{path}"

    def own_events(self):
        with urllib.request.urlopen(self.url("/events"), timeout=10) as answer:
            return json.load(answer)

    def events(self):
        """What it received, also before a restart (it keeps a log); retries over all its runs."""
        received = self.own_events()
        received["duplicates"] += self.duplicates_before
        return received

    def errors(self) -> list[str]:
        return [line for line in self.output.read_text().splitlines() if line.startswith("could not decide")]

    def mode(self, mode, delay=0):
        request = urllib.request.Request(self.url("/control"), data=json.dumps({"mode": mode, "delay": delay}).encode())
        urllib.request.urlopen(request, timeout=10).read()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def best_rate(times, window=10.0):
    """The most deliveries within `window` seconds, per second (the backlog after an outage)."""
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] > window:
            start += 1
        best = max(best, end - start + 1)
    return best / window


def wait_for_idle_worker(limit=600):
    """Loading the demo leaves thousands of tasks (search index, references): the drill starts
    once the worker has done them, so that its first phase measures an idle system."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        waiting = int(
            manage_shell("from django_tasks_db.models import DBTaskResult; print(DBTaskResult.objects.ready().count())")
        )
        if waiting == 0:
            return time.monotonic() - started
        time.sleep(3)
    raise RuntimeError(f"the worker still has {waiting} tasks after {limit} s")


def submit(options, page_id, block_id, number):
    return call(
        f"{options.site}/api/v1/eservices/{page_id}/{block_id}/submissions/",
        {
            "subject": f"Drill {number}",
            "message": "Behöver jag bygglov?",
            "name": "Drill",
            "email": f"drill-{number}@example.com",
            "answer_by": "email",
        },
    )


def run_load(options, receiver, page_id, block_id):
    """Submit at a steady pace through the phases; [(reference, access token, phase)]."""
    total = sum(seconds for _mode, seconds in PHASES)
    pause = total / options.submissions
    submitted, started, number = [], time.monotonic(), 0
    print(f"== {options.submissions} submissions over {total} s: " + ", ".join(f"{m} {s}s" for m, s in PHASES))
    for phase, (mode, seconds) in enumerate(PHASES):
        if mode == "down":
            receiver.stop()
        else:
            if receiver.process.poll() is not None:
                receiver.start()
            receiver.mode("slow" if mode == "slow" else mode, delay=8)
        phase_end = time.monotonic() + seconds
        while time.monotonic() < phase_end and number < options.submissions:
            number += 1
            answer = submit(options, page_id, block_id, number)
            submitted.append((answer["reference"], answer["access_token"], phase))
            time.sleep(max(0.0, started + number * pause - time.monotonic()))
    if receiver.process.poll() is not None:
        receiver.start()
    receiver.mode("ok")
    print(f"   {len(submitted)} acknowledged in {time.monotonic() - started:.0f} s; waiting for delivery and decisions")
    return submitted


def citizen_sees_decision(options, token) -> tuple[bool, bool]:
    """(the case is closed, the decision message with its document is there), as the citizen
    sees them through the citizens' case API."""
    closed = call(f"{options.site}/api/v1/case/", token=token)["status"] == "closed"
    messages = call(f"{options.site}/api/v1/case/messages/", token=token)
    decision = any(
        m["body"].startswith("Beslut") and (m.get("attachment_name") or "").endswith(".pdf") for m in messages
    )
    return closed, decision


def wait_for_the_end(options, submitted, limit=600):
    deadline = time.monotonic() + limit
    while True:
        pending = int(
            manage_shell(
                "from handover.models import Handover; "
                "print(Handover.objects.filter(event_type='case.created').exclude(status='delivered').count())"
            )
        )
        seen = [citizen_sees_decision(options, token) for _r, token, _m in submitted]
        if (pending == 0 and all(closed and decision for closed, decision in seen)) or time.monotonic() > deadline:
            return seen
        time.sleep(5)


def stored_handovers():
    """[reference, event id, status, attempts, lag in s, delivered at (epoch)] of each case.created."""
    return json.loads(
        manage_shell(
            "import json; from handover.models import Handover; "
            "print(json.dumps([[h.subject.reference if h.subject else '', str(h.event_id), h.status, h.attempts, "
            "(h.delivered_at - h.created_at).total_seconds() if h.delivered_at else None, "
            "h.delivered_at.timestamp() if h.delivered_at else None] "
            "for h in Handover.objects.filter(event_type='case.created')]))"
        )
    )


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report(submitted, rows, received, seen, waited):
    references = {reference: phase for reference, _token, phase in submitted}
    ours = [row for row in rows if row[0] in references]
    by_case = {}
    for event in received["events"]:
        if event["type"] == "case.created":
            by_case.setdefault(event["case"], set()).add(event["id"])
    lost = [r for r in references if r not in by_case]
    twice = [r for r, ids in by_case.items() if r in references and len(ids) != 1]
    delivered = [row for row in ours if row[2] == "delivered"]
    lags = [row[4] for row in delivered]
    times = sorted(row[5] for row in delivered)
    rate = len(times) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else 0.0
    closed = sum(1 for is_closed, _decision in seen if is_closed)
    decisions = sum(1 for _closed, decision in seen if decision)
    print()
    print(f"commit {commit()}, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; the worker's backlog from")
    print(f"loading the demo took {waited:.0f} s before the load started")
    print()
    print("| measure | value |")
    print("|---|---|")
    for name, value in [
        ("submissions acknowledged", len(submitted)),
        ("cases delivered (case.created)", f"{len(delivered)} / {len(ours)}"),
        ("lost (no event at the receiver)", len(lost)),
        ("delivered more than once (more than one event id per case)", len(twice)),
        ("retries the receiver had already processed (same webhook-id)", received["duplicates"]),
        ("attempts per hand-over, max", max((row[3] for row in ours), default=0)),
        ("delivery lag p50 (s)", f"{statistics.median(lags):.1f}" if lags else "-"),
        ("delivery lag p99 (s)", f"{percentile(lags, 0.99):.1f}" if lags else "-"),
        ("hand-overs per second, first to last delivery", f"{rate:.2f}"),
        ("hand-overs per second, best 10 s (the backlog after the outage)", f"{best_rate(times):.1f}"),
        ("decided by the receiver: closed, as the citizen sees it", f"{closed} / {len(submitted)}"),
        ("decision message with its PDF, as the citizen sees it", f"{decisions} / {len(submitted)}"),
    ]:
        print(f"| {name} | {value} |")
    print()
    print("| submitted while the receiver was | cases | lag p50 (s) | lag p99 (s) |")
    print("|---|---|---|---|")
    lag_of = {row[0]: row[4] for row in delivered}
    for phase, label in enumerate(PHASE_LABELS):
        phase_lags = [lag_of[r] for r, p in references.items() if p == phase and r in lag_of]
        if phase_lags:
            print(
                f"| {label} | {len(phase_lags)} | {statistics.median(phase_lags):.1f} | "
                f"{percentile(phase_lags, 0.99):.1f} |"
            )
    return not lost and not twice and len(delivered) == len(ours) == len(submitted) == closed == decisions


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True)
    parser.add_argument("--receiver-port", type=int, required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--submissions", type=int, default=200)
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")
    page_id, block_id = manage_shell(
        "from wagtail.models import Page; from handover.models import CaseSystem; "
        "p = Page.objects.get(slug='bygglov', locale__language_code='sv').specific; "
        "b = next(c for c in p.body if c.block_type == 'eservice_contact'); "
        f"CaseSystem.objects.filter(name='{demo.SYSTEM_NAME}')"
        f".update(webhook_url='http://127.0.0.1:{options.receiver_port}/webhook'); "
        "print(p.pk, b.id)"
    ).split()
    receiver = Receiver(options)
    try:
        receiver.start()
        waited = wait_for_idle_worker()
        submitted = run_load(options, receiver, page_id, block_id)
        seen = wait_for_the_end(options, submitted)
        ok = report(submitted, stored_handovers(), receiver.events(), seen, waited)
        for line in receiver.errors()[:10]:
            print(line)
    finally:
        receiver.stop()
    print("\nPASS" if ok else "\nFAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
