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
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                return self.events()
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the receiver did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)

    def url(self, path):
        return f"http://127.0.0.1:{self.options.receiver_port}{path}"

    def events(self):
        with urllib.request.urlopen(self.url("/events"), timeout=10) as answer:
            return json.load(answer)

    def mode(self, mode, delay=0):
        request = urllib.request.Request(self.url("/control"), data=json.dumps({"mode": mode, "delay": delay}).encode())
        urllib.request.urlopen(request, timeout=10).read()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


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
    receiver.start()
    total = sum(seconds for _mode, seconds in PHASES)
    pause = total / options.submissions
    submitted, started = [], time.monotonic()
    number = 0
    print(f"== {options.submissions} submissions over {total} s: " + ", ".join(f"{m} {s}s" for m, s in PHASES))
    for mode, seconds in PHASES:
        if mode == "down":
            receiver.stop()
        else:
            if receiver.process.poll() is not None:
                receiver.start()
            receiver.mode("slow" if mode == "slow" else mode, delay=8)
        phase_end = time.monotonic() + seconds
        while time.monotonic() < phase_end and number < options.submissions:
            number += 1
            answer = call(
                f"{options.site}/api/v1/eservices/{page_id}/{block_id}/submissions/",
                {
                    "subject": f"Drill {number}",
                    "message": "Behöver jag bygglov?",
                    "name": "Drill",
                    "email": f"drill-{number}@example.com",
                    "answer_by": "email",
                },
            )
            submitted.append((answer["reference"], answer["access_token"], mode))
            time.sleep(max(0.0, started + number * pause - time.monotonic()))
    if receiver.process.poll() is not None:
        receiver.start()
    receiver.mode("ok")
    load_seconds = time.monotonic() - started
    print(f"   {len(submitted)} acknowledged in {load_seconds:.0f} s; waiting for delivery and decisions")
    references = {reference for reference, _token, _mode in submitted}
    deadline = time.monotonic() + 600
    while True:
        pending = int(
            manage_shell(
                "from handover.models import Handover; "
                "print(Handover.objects.filter(event_type='case.created').exclude(status='delivered').count())"
            )
        )
        decided = sum(
            1 for _r, token, _m in submitted if call(f"{options.site}/api/v1/case/", token=token)["status"] == "closed"
        )
        if (pending == 0 and decided == len(submitted)) or time.monotonic() > deadline:
            break
        time.sleep(5)
    rows = json.loads(
        manage_shell(
            "import json; from handover.models import Handover; "
            "print(json.dumps([[h.case.reference if h.subject else '', str(h.event_id), h.status, h.attempts, "
            "(h.delivered_at - h.created_at).total_seconds() if h.delivered_at else None, "
            "h.delivered_at.timestamp() if h.delivered_at else None] "
            "for h in Handover.objects.filter(event_type='case.created')]))"
        )
    )
    ours = [row for row in rows if row[0] in references]
    received = receiver.events()
    created_events = [e for e in received["events"] if e["type"] == "case.created"]
    by_case = {}
    for event in created_events:
        by_case.setdefault(event["case"], set()).add(event["id"])
    lost = [r for r in references if r not in by_case]
    twice = [r for r, ids in by_case.items() if r in references and len(ids) != 1]
    delivered = [row for row in ours if row[2] == "delivered"]
    lags = [row[4] for row in delivered]
    times = sorted(row[5] for row in delivered)
    rate = len(times) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else 0.0
    messages_seen = sum(
        1
        for _r, token, _m in submitted
        if any(m["body"].startswith("Beslut") for m in call(f"{options.site}/api/v1/case/messages/", token=token))
    )
    receiver.stop()
    print()
    print("| measure | value |")
    print("|---|---|")
    for name, value in [
        ("submissions acknowledged", len(submitted)),
        ("cases delivered (case.created)", f"{len(delivered)} / {len(ours)}"),
        ("lost", len(lost)),
        ("delivered more than once (distinct event ids per case)", len(twice)),
        ("retries seen by the receiver (same webhook-id)", received["duplicates"]),
        ("attempts per hand-over, max", max((row[3] for row in ours), default=0)),
        ("delivery lag p50 (s)", f"{statistics.median(lags):.1f}" if lags else "-"),
        ("delivery lag p99 (s)", f"{percentile(lags, 0.99):.1f}" if lags else "-"),
        ("hand-overs per second (first to last delivery)", f"{rate:.2f}"),
        ("decisions visible to the citizen (case closed, decision message)", f"{decided} / {messages_seen}"),
    ]:
        print(f"| {name} | {value} |")
    ok = not lost and not twice and len(delivered) == len(ours) == len(submitted) and decided == len(submitted)
    print("\nPASS" if ok else "\nFAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
