"""The client's address behind the documented proxy chain (nginx → Varnish → gunicorn)."""

import ipaddress

import pytest
from django.test import RequestFactory

from foundations.client import client_address, resolve
from foundations.ratelimit import client_key

LOOPBACK = (ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("10.0.0.0/24"))


@pytest.mark.parametrize(
    ("remote", "forwarded", "client"),
    [
        # nginx appended the citizen, Varnish appended nginx; the app sees Varnish.
        ("127.0.0.1", "198.51.100.7, 10.0.0.5", "198.51.100.7"),
        # What the citizen wrote into the header themselves is left of their own address.
        ("127.0.0.1", "203.0.113.1, 198.51.100.7, 10.0.0.5", "198.51.100.7"),
        # Straight to the app server, past the proxies: the header is not believed at all.
        ("198.51.100.7", "203.0.113.1", "198.51.100.7"),
        # IPv6 clients, written in their short form.
        ("127.0.0.1", "2001:db8:0:0::1, 10.0.0.5", "2001:db8::1"),
        # Only proxies: a probe from the load balancer.
        ("127.0.0.1", "10.0.0.5", "10.0.0.5"),
        ("127.0.0.1", "", "127.0.0.1"),
    ],
)
def test_the_client_is_the_last_address_no_trusted_proxy_vouches_for(remote, forwarded, client):
    assert resolve(remote, forwarded, LOOPBACK) == client


def test_garbage_where_a_proxy_would_have_written_an_address_is_not_an_address():
    assert resolve("127.0.0.1", "not-an-address, 10.0.0.5", LOOPBACK) == "unknown"


def test_the_address_is_worked_out_once_per_request_from_the_trusted_proxies_setting(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")

    assert client_address(request) == "198.51.100.7"
    request.META["HTTP_X_FORWARDED_FOR"] = "203.0.113.1"
    assert client_address(request) == "198.51.100.7"


def test_an_ipv6_client_is_counted_per_64_network(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    one = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="2001:db8:1:2::1")
    other = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="2001:db8:1:2:ffff::9")

    assert client_key(one) == client_key(other) == "2001:db8:1:2::/64"


def test_a_trusted_proxy_that_is_not_an_address_fails_the_system_check(settings):
    from foundations.checks import trusted_proxies_are_networks

    settings.TRUSTED_PROXIES = ["127.0.0.1/32", "varnish.internal"]

    assert [error.id for error in trusted_proxies_are_networks(None)] == ["foundations.E001"]
