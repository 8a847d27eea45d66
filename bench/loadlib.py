"""Shared by the load scripts: a citizen thread talking HTTP to gunicorn on loopback as if
behind the HTTPS proxy, and percentiles."""

import http.client
import threading
from urllib.parse import urlparse


def percentile(values, fraction):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class LoopbackCitizen(threading.Thread):
    """One simulated citizen; subclasses implement `run` with `request` and `reconnect`."""

    def __init__(self, base, path, deadline, results, lock, number):
        super().__init__(daemon=True)
        parsed = urlparse(base)
        self.host, self.port = parsed.hostname, parsed.port
        self.origin = f"https://{self.host}:{self.port}"
        self.path, self.deadline, self.results, self.lock, self.number = path, deadline, results, lock, number

    def connect(self):
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def request(self, connection, method, path, body=None, headers=None):
        headers = {"Host": f"{self.host}:{self.port}", "X-Forwarded-Proto": "https", **(headers or {})}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response, response.read()
