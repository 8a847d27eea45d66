"""What the frontend cache may keep, and for how long (foundations.cache_control)."""

from datetime import timedelta

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone

from foundations import cache_control


@pytest.fixture(autouse=True)
def no_registered_limits(monkeypatch):
    """The apps' own limits (important messages) are tested with those apps."""
    monkeypatch.setattr(cache_control, "_limits", [])


@pytest.fixture
def middleware():
    def respond(request):
        return request.respond_with

    return cache_control.FrontendCacheMiddleware(respond)


def anonymous_get(path="/husagare/"):
    request = RequestFactory().get(path)
    request.respond_with = HttpResponse("page")
    return request


def test_an_anonymous_page_is_kept_by_the_frontend_cache_and_revalidated_by_browsers(middleware, settings):
    settings.FRONTEND_CACHE_SECONDS = 600

    response = middleware(anonymous_get())

    assert response["Cache-Control"] == "public, max-age=0, s-maxage=600"


def test_a_page_that_sets_a_cookie_is_private(middleware):
    request = anonymous_get()
    request.respond_with.set_cookie("csrftoken", "x")

    assert middleware(request)["Cache-Control"] == "private, no-cache"


def test_the_admin_is_never_given_a_cache_header(middleware):
    assert "Cache-Control" not in middleware(anonymous_get("/admin/pages/"))


def test_a_registered_limit_shortens_what_every_page_may_be_kept(middleware, settings):
    settings.FRONTEND_CACHE_SECONDS = 600
    cache_control.register_limit(lambda: 42.5)

    assert middleware(anonymous_get())["Cache-Control"] == "public, max-age=0, s-maxage=42"


def test_a_page_that_changes_by_itself_is_kept_only_until_then(middleware, settings):
    settings.FRONTEND_CACHE_SECONDS = 600
    request = anonymous_get()
    cache_control.keep_until(request, timezone.now() + timedelta(seconds=90))
    cache_control.keep_until(request, timezone.now() + timedelta(hours=2))  # the earlier moment wins

    seconds = int(middleware(request)["Cache-Control"].rsplit("=", 1)[1])

    assert 85 <= seconds <= 90


def test_a_page_whose_moment_has_passed_is_not_kept(middleware):
    request = anonymous_get()
    cache_control.keep_until(request, timezone.now() - timedelta(seconds=1))

    assert middleware(request)["Cache-Control"] == "private, no-cache"
