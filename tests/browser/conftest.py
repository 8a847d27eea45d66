"""Browser tests: the demo site served for real (`tests/served.py`), driven by headless Chromium
at a phone viewport."""

import os
from pathlib import Path

import pytest

from tests.conftest import service_missing

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser():
    # Module scope: Playwright's event loop must not outlive the browser tests, or Django's
    # async-safety check would trip in the database tests that run after them.
    if not os.path.exists(CHROMIUM):
        service_missing(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _page(browser, **options):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, **options)
    page = context.new_page()
    return context, page


@pytest.fixture
def phone(browser):
    """A phone-sized browser tab with JavaScript (needed by axe-core)."""
    context, page = _page(browser)
    yield page
    context.close()


@pytest.fixture
def phone_without_js(browser):
    context, page = _page(browser, java_script_enabled=False)
    yield page
    context.close()
