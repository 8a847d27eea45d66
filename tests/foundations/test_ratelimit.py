"""Fixed-window limits: a limit lets exactly that many hits through in a window, none when 0."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from foundations import ratelimit


@pytest.fixture
def request_from_a_client():
    cache.clear()
    yield RequestFactory().get("/", REMOTE_ADDR="198.51.100.7")
    cache.clear()


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_a_limit_lets_that_many_hits_through_in_a_window(request_from_a_client, limit):
    results = [ratelimit.allow(request_from_a_client, "test", limit) for _ in range(limit + 2)]

    assert results == [True] * limit + [False, False]


def test_a_limit_of_zero_refuses_even_the_first_hit_of_a_new_window(request_from_a_client, monkeypatch):
    """A window that starts between two hits used to let the next one through whatever the limit."""
    now = iter([600.0, 660.5])
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: next(now)))

    assert ratelimit.allow(request_from_a_client, "test", 0) is False
    assert ratelimit.allow(request_from_a_client, "test", 0) is False
