"""An office screen at 1920x1080 shows new feedback within 10 seconds without a reload."""

import time

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.axe import axe_results

pytestmark = pytest.mark.browser


def test_the_screen_updates_itself_after_new_feedback(browser, site_url, served_manage):
    link = served_manage("create_office_screen", "Medborgarkontoret").strip()
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    screen = context.new_page()
    screen.goto(link)
    screen.evaluate("window.loadedOnce = true")  # gone if the page reloads
    comment = f"Skärmtest {time.time_ns()}"

    citizen = browser.new_context(java_script_enabled=False).new_page()
    citizen.goto(site_url + "/husagare/sophamtning/")
    citizen.locator("main [data-feedback] button[value=no]").click()
    citizen.fill("textarea[name=comment]", comment)
    citizen.locator("form.feedback__details button[type=submit]").click()

    screen.locator(".screen-feed", has_text=comment).wait_for(timeout=10_000)
    assert screen.evaluate("window.loadedOnce") is True
    results = axe_results(screen)
    assert results.violations_count == 0, results.generate_report()
    citizen.context.close()
    context.close()


def test_the_screen_fits_1920_by_1080_in_every_language_with_a_labelled_chart(browser, served_manage):
    link = served_manage("create_office_screen", "Stadshuset").strip()
    origin, token = link.split("/skarm/")[0], link.rstrip("/").split("/")[-1]
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    screen = context.new_page()
    for language in ("sv", "en", "ar"):
        with translation.override(language):
            screen.goto(origin + reverse("kpis:screen", args=[token]))
        size = screen.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        assert size[0] <= 1920 and size[1] <= 1080, (language, size)
        assert screen.locator(".screen-chart__legend li").count() == 2
        assert screen.locator("svg .screen-chart__tick--start").count() == 3
        results = axe_results(screen)
        assert results.violations_count == 0, (language, results.generate_report())
    context.close()
