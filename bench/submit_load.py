"""Concurrent citizens submitting an e-service through the real HTTP stack.

Each client opens the page (form, idempotency key), submits it with the page's Origin as a
browser does and, for one in ten, submits the same form again as a double click would. Prints a
JSON summary on stdout and writes the acknowledged case tokens (one per line) to the file given
as the last argument.
Stops by itself after the given number of seconds; loopback only.
"""

import json
import re
import statistics
import sys
import threading
import time
import uuid
from urllib.parse import urlencode

from loadlib import LoopbackCitizen, percentile


class Citizen(LoopbackCitizen):
    def run(self):
        connection = self.connect()
        sent = 0
        while time.monotonic() < self.deadline:
            try:
                response, html = self.request(connection, "GET", self.path)
                page = html.decode()
                block_id = re.search(r'name="eservice_block_id" value="([^"]+)"', page).group(1)
                key_field, key = re.search(r'name="([^"]+-idempotency_key)" value="([0-9a-f]{32})"', page).groups()
                prefix = key_field[: -len("idempotency_key")]
                form = {
                    "eservice_block_id": block_id,
                    key_field: key,
                    prefix + "subject": f"Belastningstest {self.number}-{sent}",
                    prefix + "message": "Fråga skickad av belastningstestet.",
                    prefix + "email": f"invanare{self.number}@example.com",
                    prefix + "answer_by": "email",
                }
                headers = {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Origin": self.origin,  # what a browser sends; no CSRF token (foundations/csrf.py)
                    "Referer": self.origin + self.path,
                }
                repeats = 2 if sent % 10 == 0 else 1  # a double click now and then
                locations = []
                for _ in range(repeats):
                    started = time.monotonic()
                    response, _body = self.request(connection, "POST", self.path, urlencode(form), headers)
                    elapsed = time.monotonic() - started
                    location = response.getheader("Location", "")
                    with self.lock:
                        self.results["latencies"].append(elapsed)
                        if response.status == 302 and "/kvitto/" in location:
                            locations.append(location)
                        else:
                            self.results["errors"].append(response.status)
                sent += 1
                with self.lock:
                    if locations:
                        self.results["acknowledged"].add(locations[0].rstrip("/").split("/")[-2])
                        self.results["forms"] += 1
                    if len(set(locations)) > 1:
                        self.results["idempotency_violations"] += 1
                    if repeats == 2:
                        self.results["double_clicks"] += 1
            except Exception as error:  # count it and go on with a fresh connection
                with self.lock:
                    self.results["errors"].append(type(error).__name__)
                connection.close()
                connection = self.connect()


def main():
    base, path, clients, seconds, token_file = (
        sys.argv[1],
        sys.argv[2],
        int(sys.argv[3]),
        float(sys.argv[4]),
        sys.argv[5],
    )
    results = {
        "latencies": [],
        "errors": [],
        "acknowledged": set(),
        "forms": 0,
        "double_clicks": 0,
        "idempotency_violations": 0,
    }
    lock = threading.Lock()
    started = time.monotonic()
    citizens = [Citizen(base, path, started + seconds, results, lock, n) for n in range(clients)]
    for citizen in citizens:
        citizen.start()
    for citizen in citizens:
        citizen.join()
    elapsed = time.monotonic() - started
    with open(token_file, "w") as handle:
        handle.write("\n".join(sorted(results["acknowledged"])))
    latencies = results["latencies"]
    print(
        json.dumps(
            {
                "run_id": uuid.uuid4().hex[:8],
                "clients": clients,
                "seconds": round(elapsed, 1),
                "submissions_acknowledged": len(results["acknowledged"]),
                "submissions_per_second": round(len(results["acknowledged"]) / elapsed, 1),
                "posts": len(latencies),
                "double_clicks": results["double_clicks"],
                "idempotency_violations": results["idempotency_violations"],
                "errors": len(results["errors"]),
                "error_kinds": sorted({str(error) for error in results["errors"]}),
                "post_p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else 0,
                "post_p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
