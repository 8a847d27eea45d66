"""The site always runs a CSRF middleware: Django's or a subclass of it (foundations.E004)."""

from foundations.checks import csrf_protection_is_on


def test_the_origin_checking_middleware_counts_as_csrf_protection(settings):
    assert "foundations.csrf.OriginCsrfViewMiddleware" in settings.MIDDLEWARE
    assert csrf_protection_is_on(None) == []


def test_a_site_without_any_csrf_middleware_is_an_error(settings):
    settings.MIDDLEWARE = [path for path in settings.MIDDLEWARE if "csrf" not in path.lower()]

    assert [message.id for message in csrf_protection_is_on(None)] == ["foundations.E004"]
