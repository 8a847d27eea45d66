"""Concurrent citizens booking through the real HTTP stack, all after the same first free time.

Each client opens the booking page (CSRF cookie, form, the calendar's first free day), takes the
first free time shown and confirms it; a refused time (someone was faster) is counted and the
client tries again with a fresh page. Prints a JSON summary on stdout and writes the
acknowledged case tokens (one per line) to the file given as the last argument. Loopback only.
"""

import json
import re
import statistics
import sys
import threading
import time
from urllib.parse import urlencode

from loadlib import LoopbackCitizen, percentile

INPUT = re.compile(r"<input[^>]*>")


def first_free_time(page: str) -> tuple[str, str] | None:
    for tag in INPUT.findall(page):
        if 'type="radio"' in tag and "-slot" in tag and " disabled" not in tag:
            name = re.search(r'name="([^"]+)"', tag).group(1)
            return name, re.search(r'value="([^"]+)"', tag).group(1)
    return None


class Citizen(LoopbackCitizen):
    def run(self):
        connection = self.connect()
        attempt = 0
        while time.monotonic() < self.deadline:
            attempt += 1
            try:
                response, html = self.request(connection, "GET", self.path)
                cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie", "")).group(1)
                page = html.decode()
                free = first_free_time(page)
                if free is None:
                    with self.lock:
                        self.results["no_free_time"] += 1
                    continue
                slot_field, slot = free
                prefix = slot_field[: -len("slot")]
                form = {
                    "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1),
                    "eservice_block_id": re.search(r'name="eservice_block_id" value="([^"]+)"', page).group(1),
                    prefix + "idempotency_key": re.search(r'-idempotency_key" value="([0-9a-f]{32})"', page).group(1),
                    slot_field: slot,
                    prefix + "name": f"Belastningstest {self.number}-{attempt}",
                    prefix + "email": f"invanare{self.number}@example.com",
                }
                headers = {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": f"csrftoken={cookie}",
                    "Origin": self.origin,
                    "Referer": self.origin + self.path,
                }
                started = time.monotonic()
                response, body = self.request(connection, "POST", self.path, urlencode(form), headers)
                elapsed = time.monotonic() - started
                location = response.getheader("Location", "")
                with self.lock:
                    self.results["latencies"].append(elapsed)
                    path = location.split("#")[0]
                    if response.status == 302 and "/kvitto/" in path:
                        self.results["acknowledged"].append(path.rstrip("/").split("/")[-2])
                    elif response.status == 302 and "/arende/" in path:  # held until the e-mail is confirmed
                        self.results["acknowledged"].append(path.rstrip("/").split("/")[-1])
                    elif response.status in (200, 400) and b'role="alert"' in body:
                        self.results["refused"] += 1  # someone was faster: the clear error
                    else:
                        self.results["errors"].append(response.status)
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
    results = {"latencies": [], "errors": [], "acknowledged": [], "refused": 0, "no_free_time": 0}
    lock = threading.Lock()
    started = time.monotonic()
    citizens = [Citizen(base, path, started + seconds, results, lock, n) for n in range(clients)]
    for citizen in citizens:
        citizen.start()
    for citizen in citizens:
        citizen.join()
    elapsed = time.monotonic() - started
    with open(token_file, "w") as handle:
        handle.write("\n".join(results["acknowledged"]))
    latencies = results["latencies"]
    print(
        json.dumps(
            {
                "clients": clients,
                "seconds": round(elapsed, 1),
                "bookings_acknowledged": len(results["acknowledged"]),
                "bookings_per_second": round(len(results["acknowledged"]) / elapsed, 1),
                "refused_slot_taken": results["refused"],
                "confirm_posts": len(latencies),
                "errors": len(results["errors"]),
                "error_kinds": sorted({str(error) for error in results["errors"]}),
                "post_p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else 0,
                "post_p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
