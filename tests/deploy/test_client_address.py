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
    if not all(_loopback_available(f"127.0.0.{n}") for n in (2, 10, 11, 12)):
        pytest.skip("this machine routes only 127.0.0.1")
    budget = settings.CITIZEN_SIGN_INS_PER_MINUTE
    for attempt in range(3):
        # The limit counts per clock minute: the client must spend its budget within one (a
        # fresh client address for each try, so that no earlier minute's hits are counted).
        client = f"127.0.0.{10 + attempt}"
        if time.time() % 60 > 30:
            time.sleep(61 - time.time() % 60)
        minute = int(time.time() // 60)
        answers = [sign_in_start(varnish_url, client) for _ in range(budget)]
        over = sign_in_start(varnish_url, client)
        # Writing someone else's address into the header does not give the client a new budget.
        forged = sign_in_start(varnish_url, client, forwarded_for="203.0.113.77")
        if int(time.time() // 60) == minute:
            break
    assert set(answers) == {302}, answers  # on to the identity provider
    assert (over, forged) == (429, 429)

    assert sign_in_start(varnish_url, "127.0.0.2") == 302
