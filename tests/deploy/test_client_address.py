"""Rate limits count the citizen, not the proxy: the served site behind the shipped Varnish
configuration, with clients on two different loopback addresses (as two phones on the internet
would be to nginx). Varnish appends the address it got each request from to X-Forwarded-For,
and the site, trusting only Varnish (127.0.0.1), counts each client on its own."""

import http.client
import socket
import time
from urllib.parse import urlparse

import pytest
from django.conf import settings

pytestmark = pytest.mark.browser  # the served site and Varnish


def _loopback_available(address: str) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((address, 0))
        except OSError:
            return False
    return True


def sign_in_start(varnish_url: str, client: str, forwarded_for: str = "") -> int:
    """Start a sign-in (budget: CITIZEN_SIGN_INS_PER_MINUTE per client) from the client address."""
    target = urlparse(varnish_url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=20, source_address=(client, 0))
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    connection.request("GET", "/logga-in/oidc/", headers=headers)
    status = connection.getresponse().status
    connection.close()
    return status


def test_one_client_over_its_limit_does_not_use_up_another_clients_budget(varnish_url):
    first, second = "127.0.0.2", "127.0.0.3"
    if not (_loopback_available(first) and _loopback_available(second)):
        pytest.skip("this machine routes only 127.0.0.1")
    budget = settings.CITIZEN_SIGN_INS_PER_MINUTE
    if time.time() % 60 > 40:  # the limit counts per clock minute: start in a fresh one
        time.sleep(61 - time.time() % 60)

    answers = [sign_in_start(varnish_url, first) for _ in range(budget)]
    assert set(answers) == {302}, answers  # on to the identity provider
    assert sign_in_start(varnish_url, first) == 429
    # Writing someone else's address into the header does not give the client a new budget.
    assert sign_in_start(varnish_url, first, forwarded_for="203.0.113.77") == 429

    assert sign_in_start(varnish_url, second) == 302
