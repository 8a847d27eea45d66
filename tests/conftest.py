"""Shared fixtures: the demo municipality loaded once per test session, and a page tree of our own."""

import io
import os
import shutil
import tempfile

import pytest
from django.core.management import call_command

# The demo site served for real (gunicorn, Varnish): browser and deployment tests share it.
pytest_plugins = ["tests.demo_database", "tests.served"]

_MEDIA_ROOT = tempfile.mkdtemp(prefix="kommunportal-test-media-")
os.environ.setdefault("DJANGO_MEDIA_ROOT", _MEDIA_ROOT)
_PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="kommunportal-test-private-")
os.environ.setdefault("DJANGO_PRIVATE_MEDIA_ROOT", _PRIVATE_MEDIA_ROOT)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(_PRIVATE_MEDIA_ROOT, ignore_errors=True)


# Tests that share one real resource run on one parallel worker, in one group: the served site
# (gunicorn, Varnish, Chromium; a second one would only repeat its start-up), the search
# engine's indexes, the shared cache's Redis database. Grouped by path, because the controller
# that hands out the tests knows only their ids; a test elsewhere that uses the served site is
# refused at collection, so the list cannot fall behind.
GROUPS = {
    "served": ("tests/browser/", "tests/deploy/test_client_address.py"),
    "search_engine": ("tests/search/test_opensearch.py",),
    "shared_cache": ("tests/kommunportal/test_shared_cache.py",),
}
SERVED_FIXTURES = {"site_url", "varnish_url", "served_manage"}


def group_of(nodeid: str) -> str:
    return next((name for name, paths in GROUPS.items() if nodeid.startswith(paths)), nodeid)


def pytest_collection_modifyitems(config, items):
    strays = [
        item.nodeid
        for item in items
        if SERVED_FIXTURES & set(getattr(item, "fixturenames", ())) and group_of(item.nodeid) != "served"
    ]
    if strays:
        raise pytest.UsageError(f"These tests use the served site but are not in GROUPS['served']: {strays}")


@pytest.hookimpl(optionalhook=True)  # absent when run with -p no:xdist
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return group_of(nodeid)

    return GroupScheduling(config, log)


def service_missing(reason: str):
    """Skip locally when a real service is absent; under CI=true the same absence is a failure."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI requires this service: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The demo municipality, committed once for the session (each test still rolls back its own changes)."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture
def demo(demo_content, db):
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def home_page(db):
    """A fresh Swedish home page (not the demo one), made the default site's root."""
    from wagtail.models import Locale, Page, Site

    from tests.factories import HomePageFactory

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, locale=Locale.objects.get(language_code="sv"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; a test that changes sites must not leak into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory):
    """A real OpenID provider (tests/oidc_provider) in its own process on loopback, for the
    whole session. It accepts the test client's callback and return after sign-out, and any
    loopback port's (the served site's in the browser tests)."""
    from tests.oidc_provider.process import start_provider

    provider = start_provider(
        ["http://testserver/auth/oidc/callback/", "http://127.0.0.1/auth/oidc/callback/"],
        tmp_path_factory.mktemp("oidc-provider"),
        post_logout_redirect_uris=["http://testserver/auth/signed-out/", "http://127.0.0.1/auth/signed-out/"],
    )
    yield provider
    provider.stop()


def oidc_environment(provider) -> dict[str, str]:
    """The site's settings (as environment variables) for signing in through `provider`."""
    return {
        "CITIZEN_OIDC_ISSUER": provider.issuer,
        "CITIZEN_OIDC_CLIENT_ID": provider.client_id,
        "CITIZEN_OIDC_CLIENT_SECRET": provider.client_secret,
        "CITIZEN_OIDC_LABEL": "BankID",
    }


@pytest.fixture
def oidc_settings(settings, oidc_provider):
    for name, value in oidc_environment(oidc_provider).items():
        setattr(settings, name, value)
    return oidc_provider
