"""The important message banner on a phone: first on the page after the skip link, announced as
an alert, readable in every language, and no axe violations with it."""

import os
import time

import pytest
import requests

from tests.browser.axe import axe_results

pytestmark = pytest.mark.browser

SWITCH = (
    "from alerts.models import ImportantMessage\n"
    "for message in ImportantMessage.objects.filter(severity='critical'):\n"
    "    message.active = {on}\n"
    "    message.save()\n"
)


@pytest.fixture
def storm_warning(served_manage, site_url):
    served_manage("shell", "-c", SWITCH.format(on=True))
    # Without a shared cache (REDIS_URL) each app process sees the change within
    # NAVIGATION_CACHE_SECONDS; with one, at once.
    deadline = time.monotonic() + 20
    while "important-message--critical" not in requests.get(site_url + "/husagare/", timeout=10).text:
        assert time.monotonic() < deadline, "the banner did not appear"
        time.sleep(0.3)
    if not os.environ.get("REDIS_URL"):
        time.sleep(11)  # the other gunicorn worker's own memory cache (NAVIGATION_CACHE_SECONDS)
    yield
    served_manage("shell", "-c", SWITCH.format(on=False))


@pytest.mark.parametrize(
    ("language", "path", "headline"),
    [
        ("sv", "/husagare/", "Stormvarning"),
        ("en", "/en/homeowners/", "Storm warning"),
        ("ar", "/ar/homeowners/", "تحذير من عاصفة"),
    ],
)
def test_the_banner_is_an_alert_first_on_the_page_with_no_axe_violations(
    phone, site_url, storm_warning, language, path, headline
):
    phone.goto(site_url + path)
    banner = phone.locator(".important-message")
    assert banner.get_attribute("role") == "alert"
    assert headline in banner.inner_text()
    phone.keyboard.press("Tab")  # the skip link
    phone.keyboard.press("Tab")  # then the banner's link, before the header
    assert phone.evaluate("document.activeElement.closest('.important-message') !== null")
    results = axe_results(phone)
    assert results.violations_count == 0, results.generate_report()
