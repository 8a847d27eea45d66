"""Citizens submitting an e-service through nginx while a fault drill runs.

    python load.py --base http://127.0.0.1:PORT --path /husagare/bygglov/ --form contact \
        --clients 12 --seconds 20 --marker d1 --out submissions.jsonl

Each citizen opens the page (block id, field prefix), then POSTs the form with its Origin and an
idempotency key of its own and the e-mail address `drill-<key>@example.com`, so that stored
cases and delivered e-mails can be matched to submissions. On a network error or a 5xx the
citizen sends the SAME submission again (same key, same form), with backoff, as a browser's
resubmit would. Only a 302 to the receipt (`.../<token>/kvitto/` or `.../receipt/`) counts as
acknowledged. Writes one JSON line per submission to --out and a summary line on stdout.
Stops by itself: no new submission starts after --seconds, and every retry has a timeout.
"""

import argparse
import http.client
import io
import json
import random
import re
import threading
import time
import uuid
from urllib.parse import urlencode, urlparse

RECEIPT = re.compile(r"/(?:arende|case)/([A-Za-z0-9_-]{20,})/(?:kvitto|receipt)/$")
#: Waits before each resubmission (s): a citizen who tries a few times, then gives up.
BACKOFF = (0.5, 1, 2, 3, 4, 5)
TIMEOUT = 20
#: No resubmission starts later than this after the load's end, whatever the backoff says.
GRACE = 30


def noisy_jpeg(seed: int, size=(320, 320)) -> bytes:
    """A photo that does not compress much, so that it takes real space once re-encoded."""
    from PIL import Image

    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, bytes(rng.getrandbits(8) for _ in range(size[0] * size[1] * 3)))
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=90)
    return output.getvalue()


def multipart(fields: dict, files: list[tuple[str, str, str, bytes]]) -> tuple[str, bytes]:
    """(content type, body) of a multipart/form-data request."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, filename, content_type, content in files:
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        )
        parts.append(head.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return f"multipart/form-data; boundary={boundary}", b"".join(parts)


class Citizen(threading.Thread):
    """One simulated citizen submitting forms one after another until the deadline."""

    def __init__(self, options, number, deadline, sink, lock, photos):
        super().__init__(daemon=True)
        parsed = urlparse(options.base)
        self.host, self.port = parsed.hostname, parsed.port
        # Django believes it is behind HTTPS (X-Forwarded-Proto), so the browser's origin is https.
        self.origin = f"https://{self.host}:{self.port}"
        self.options, self.number, self.deadline, self.sink, self.lock = options, number, deadline, sink, lock
        self.photos = photos
        self.connection = None
        self.page_errors = 0

    def request(self, method, path, body=None, headers=None):
        if self.connection is None:
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
        headers = {"Host": f"{self.host}:{self.port}", "X-Forwarded-Proto": "https", **(headers or {})}
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            return response, response.read()
        except Exception:
            self.connection.close()
            self.connection = None
            raise

    def open_form(self):
        """The page's block id and field prefix; None on failure."""
        response, html = self.request("GET", self.options.path)
        if response.status != 200:
            return None
        page = html.decode()
        block = re.search(r'name="eservice_block_id" value="([^"]+)"', page)
        field = re.search(r'name="(es-[0-9a-f]{8}-)idempotency_key"', page)
        if not (block and field):
            return None
        return block.group(1), field.group(1)

    def build(self, form_page, key, sequence):
        block_id, prefix = form_page
        email = f"drill-{key}@example.com"
        fields = {"eservice_block_id": block_id, prefix + "idempotency_key": key}
        # What a browser sends with the form: its Origin (no CSRF token, foundations/csrf.py).
        headers = {"Origin": self.origin, "Referer": self.origin + self.options.path}
        marker = f"Brandövning {self.options.marker} {self.number}-{sequence}"
        if self.options.form == "contact":
            fields.update(
                {
                    prefix + "subject": marker,
                    prefix + "message": "Skickat under en felövning.",
                    prefix + "email": email,
                    prefix + "answer_by": "email",
                }
            )
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            return urlencode(fields).encode(), headers, email
        # Report a problem with a photo; a unique address, so no open report nearby holds it back.
        fields.update(
            {
                prefix + "category": "klotter",
                prefix + "description": marker,
                prefix + "address": f"Övningsgatan {self.options.marker}-{self.number}-{sequence}",
                prefix + "email": email,
            }
        )
        photo = self.photos[sequence % len(self.photos)]
        content_type, body = multipart(fields, [(prefix + "photos", "foto.jpg", "image/jpeg", photo)])
        headers["Content-Type"] = content_type
        return body, headers, email

    def submit(self, body, headers):
        """POST the same submission until it is acknowledged or the citizen gives up."""
        attempts = []
        for wait in (*BACKOFF, None):
            started = time.time()
            page = b""
            try:
                response, page = self.request("POST", self.options.path, body, headers)
                status, location = response.status, response.getheader("Location", "") or ""
            except Exception as error:  # refused, reset, timed out: the browser shows an error
                status, location = type(error).__name__, ""
            attempt = {"t": round(started, 3), "status": status}
            if b"Traceback" in page:  # an error page must never show the code's insides
                attempt["traceback"] = True
            attempts.append(attempt)
            match = RECEIPT.search(location) if status == 302 else None
            if match:
                return attempts, match.group(1)
            retry = not isinstance(status, int) or status >= 500
            if not retry or wait is None or time.time() > self.deadline + GRACE:
                return attempts, None
            time.sleep(wait * random.uniform(0.8, 1.2))
        return attempts, None

    def run(self):
        sequence = 0
        while time.time() < self.deadline:
            try:
                form_page = self.open_form()
            except Exception:
                form_page = None
            if form_page is None:  # the page did not load: wait a moment, as a citizen would
                self.page_errors += 1
                time.sleep(0.5)
                continue
            key = uuid.uuid4().hex
            body, headers, email = self.build(form_page, key, sequence)
            attempts, token = self.submit(body, headers)
            record = {
                "key": key,
                "email": email,
                "citizen": self.number,
                "attempts": attempts,
                "acknowledged": token is not None,
                "token": token,
                "acknowledged_at": attempts[-1]["t"] if token else None,
            }
            with self.lock:
                self.sink.write(json.dumps(record) + "\n")
            sequence += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--form", choices=("contact", "photo"), default="contact")
    parser.add_argument("--clients", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--marker", required=True)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()
    photos = [noisy_jpeg(seed) for seed in range(8)] if options.form == "photo" else []
    lock = threading.Lock()
    started = time.time()
    with open(options.out, "w", encoding="utf-8") as sink:
        citizens = [Citizen(options, n, started + options.seconds, sink, lock, photos) for n in range(options.clients)]
        for citizen in citizens:
            citizen.start()
        for citizen in citizens:
            citizen.join()
    print(
        json.dumps(
            {
                "started": round(started, 3),
                "seconds": round(time.time() - started, 1),
                "page_errors": sum(citizen.page_errors for citizen in citizens),
            }
        )
    )


if __name__ == "__main__":
    main()
