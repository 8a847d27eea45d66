"""A case system for the tests, the drill and `make run`: receives Kommunportal's hand-over
webhooks on 127.0.0.1, checks their Standard Webhooks signature, answers with its own
reference, and (with --decide) decides each new case through the way-back API.

    python tests/handover_receiver/serve.py --port P --secret whsec_... --log events.jsonl \
        [--api BASE --client-id ID --client-secret SECRET --decide]

POST /webhook            the hand-over (signature checked, duplicates by webhook-id answered
                         with the same reference and counted, not processed again)
POST /control            {"mode": "ok" | "slow" | "error" | "garbage" | "unauthorized",
                         "delay": seconds}: how the next deliveries are answered
GET  /events             what was received: {"events": [...], "duplicates": n, "rejected": n}

Only the standard library, standardwebhooks and requests: no Django.
"""

import argparse
import json
import signal
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests
from standardwebhooks.webhooks import Webhook, WebhookVerificationError


def one_page_pdf() -> bytes:
    """A well-formed one-page PDF (with the cross-reference table a reader needs): the decision
    the case system sends back. Kommunportal reads every PDF it accepts."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


DECISION_PDF = one_page_pdf()


class Receiver:
    def __init__(self, options):
        self.options = options
        self.webhook = Webhook(options.secret)
        self.lock = threading.Lock()
        self.mode, self.delay = "ok", 0.0
        self.seen: dict[str, str] = {}  # webhook-id -> our reference
        self.references: dict[str, str] = {}  # case reference -> our reference
        self.events: list[dict] = []
        self.duplicates = 0
        self.rejected = 0
        self.token = None
        self.undecided: list[str] = []  # new cases from an earlier run not decided before it ended
        if options.log:  # a restarted receiver still knows what it has processed and decided
            self.restore(options.log)

    def restore(self, path: str) -> None:
        decided = set()
        try:
            with open(path) as log:
                for line in log:
                    seen = json.loads(line)
                    if "decided" in seen:
                        decided.add(seen["decided"])
                        continue
                    self.seen[seen["id"]] = seen["reference"]
                    self.references[seen["case"]] = seen["reference"]
                    self.events.append(seen)
        except FileNotFoundError:
            return
        self.undecided = [e["case"] for e in self.events if e["type"] == "case.created" and e["case"] not in decided]

    def write_log(self, record: dict) -> None:
        if self.options.log:
            with self.lock, open(self.options.log, "a") as log:
                log.write(json.dumps(record) + "\n")

    def receive(self, body: bytes, headers: dict) -> tuple[int, bytes]:
        mode, delay = self.mode, self.delay
        if mode == "slow":
            time.sleep(delay)
        if mode == "error":
            return 500, b'{"error": "internal"}'
        if mode == "unauthorized":
            return 401, b'{"error": "unauthorized"}'
        try:
            document = self.webhook.verify(body, headers)
        except WebhookVerificationError:
            with self.lock:
                self.rejected += 1
            return 401, b'{"error": "bad signature"}'
        event_id = headers.get("webhook-id", "")
        case_reference = document.get("case", {}).get("reference", "")
        with self.lock:
            if event_id in self.seen:
                self.duplicates += 1
                reference, new = self.seen[event_id], False
            else:
                reference = self.references.setdefault(case_reference, f"BN-2026-{len(self.references) + 1:04d}")
                self.seen[event_id] = reference
                record = {
                    "id": event_id,
                    "type": document.get("type"),
                    "case": case_reference,
                    "reference": reference,
                    "received_at": time.time(),
                    "document": document,
                }
                self.events.append(record)
                new = True
        if new:
            self.write_log({k: v for k, v in record.items() if k != "document"})
        if new and self.options.decide and document.get("type") == "case.created":
            # Processed, whatever the answer below: a case system whose answer is garbled
            # has still registered the case and decides it.
            threading.Thread(target=self.decide, args=(case_reference,), daemon=True).start()
        if mode == "garbage":
            return 200, b"<html>Service Unavailable</html>"
        return 200, json.dumps({"reference": reference}).encode()

    def access_token(self) -> str:
        if self.token is None:
            answer = requests.post(
                f"{self.options.api}/api/v1/handover/token/",
                data={"grant_type": "client_credentials", "scope": "cases"},
                auth=(self.options.client_id, self.options.client_secret),
                timeout=30,
            )
            answer.raise_for_status()
            self.token = answer.json()["access_token"]
        return self.token

    def call(self, method, path, **kwargs):
        for _attempt in range(5):
            try:
                headers = {"Authorization": f"Bearer {self.access_token()}"}
                answer = requests.request(method, f"{self.options.api}{path}", headers=headers, timeout=30, **kwargs)
                if answer.status_code == 401:
                    self.token = None
                    continue
                if answer.status_code < 500:
                    return answer
            except requests.RequestException:
                pass
            time.sleep(1)
        return None

    def decide(self, case_reference: str) -> None:
        """As a handler in the case system would: the status, a decision document, closing."""
        time.sleep(self.options.decide_after)
        base = f"/api/v1/handover/cases/{case_reference}"
        steps = [
            ("POST", f"{base}/status/", {"json": {"status": "decided"}}),
            (
                "POST",
                f"{base}/messages/",
                {
                    "data": {"body": "Beslut: ansökan beviljas."},
                    "files": {"document": ("beslut.pdf", DECISION_PDF, "application/pdf")},
                },
            ),
            ("POST", f"{base}/close/", {}),
        ]
        for method, path, kwargs in steps:
            answer = self.call(method, path, **kwargs)
            if answer is None or answer.status_code >= 300:
                detail = f"{answer.status_code} {answer.text[:300]}" if answer is not None else "no answer"
                print(f"could not decide {case_reference}: {method} {path}: {detail}", file=sys.stderr, flush=True)
                return
        self.write_log({"decided": case_reference})

    def decide_left_over(self) -> None:
        """Decide the cases an earlier run received but did not get to decide."""
        for case_reference in self.undecided:
            self.decide(case_reference)


def handler_for(receiver: Receiver):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def answer(self, status: int, body: bytes, content_type="application/json"):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path == "/events":
                with receiver.lock:
                    body = {"events": receiver.events, "duplicates": receiver.duplicates, "rejected": receiver.rejected}
                return self.answer(200, json.dumps(body).encode())
            return self.answer(404, b"{}")

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path == "/control":
                settings = json.loads(body or b"{}")
                receiver.mode = settings.get("mode", "ok")
                receiver.delay = float(settings.get("delay", 0))
                return self.answer(200, b"{}")
            if self.path == "/webhook":
                status, answer = receiver.receive(body, {k.lower(): v for k, v in self.headers.items()})
                return self.answer(status, answer)
            return self.answer(404, b"{}")

    return Handler


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Test case system receiving Kommunportal hand-overs")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret", required=True, help="The webhook signing secret (whsec_...).")
    parser.add_argument("--log", default="", help="Append one JSON line per new event here.")
    parser.add_argument("--api", default="", help="The site's address, for the way-back API.")
    parser.add_argument("--client-id", default="")
    parser.add_argument("--client-secret", default="")
    parser.add_argument("--decide", action="store_true", help="Decide and close each new case.")
    parser.add_argument("--decide-after", type=float, default=0.5, help="Seconds before deciding.")
    return parser.parse_args(argv)


def main(argv=None):
    options = parse_args(argv)
    receiver = Receiver(options)
    server = ThreadingHTTPServer(("127.0.0.1", options.port), handler_for(receiver))
    server.daemon_threads = True

    def stop(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"receiver {uuid.uuid4().hex[:6]} listening on 127.0.0.1:{options.port}", flush=True)
    if options.decide and receiver.undecided:
        threading.Thread(target=receiver.decide_left_over, daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
