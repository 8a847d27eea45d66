"""Events in Chromium at phone size: the filters work without JavaScript, and the event index and
an event page have no axe-core violations in Swedish, English and Arabic."""

import datetime

import pytest

from tests.browser.axe import axe_results

pytestmark = pytest.mark.browser

PAGES = {
    "sv": {"index": "/evenemang/", "event": "/evenemang/seniorgympa/"},
    "en": {"index": "/en/events/", "event": "/en/events/senior-exercise-class/"},
    "ar": {"index": "/ar/events/", "event": "/ar/events/senior-exercise-class/"},
}
CASES = [(language, kind, path) for language, kinds in PAGES.items() for kind, path in kinds.items()]


@pytest.mark.parametrize(("language", "kind", "path"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_no_axe_violations_on_event_pages(phone, site_url, language, kind, path):
    response = phone.goto(site_url + path)
    assert response.status == 200
    assert phone.locator("html").get_attribute("lang") == language

    results = axe_results(phone)

    assert results.violations_count == 0, results.generate_report()


def test_no_axe_violations_with_a_filter_error(phone, site_url):
    phone.goto(site_url + "/ar/events/?start=2026-05-10&end=2026-05-01")
    assert phone.locator(".field__error").count() == 1

    results = axe_results(phone)

    assert results.violations_count == 0, results.generate_report()


def test_the_filters_work_without_javascript(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/en/events/")
    assert page.get_by_role("link", name="Story time at the library").first.is_visible()

    page.get_by_label("For", exact=True).select_option(label="Homeowners")
    page.get_by_role("button", name="Show events").click()

    assert "audience=homeowners" in page.url
    assert page.get_by_label("For", exact=True).input_value() == "homeowners"  # the choice is kept
    results = page.locator(".event-results")
    assert results.get_by_role("link", name="Recycling day").count() == 1
    assert results.get_by_role("link", name="Story time at the library").count() == 0

    page.get_by_label("For", exact=True).select_option("")
    page.get_by_label("Place", exact=True).select_option(label="Sjövik City Library")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_load_state()  # the lists are read at once, not awaited
    titles = results.locator(".event-list__item > a").all_inner_texts()
    assert "Story time at the library" in titles and "Recycling day" not in titles
    assert set(results.locator(".event-list__where").all_inner_texts()) == {"Sjövik City Library"}

    # Dates: one week from a week today, then the next week through the "later" link.
    start = datetime.date.today() + datetime.timedelta(days=7)
    end = start + datetime.timedelta(days=6)
    page.get_by_label("From", exact=True).fill(start.isoformat())
    page.get_by_label("To", exact=True).fill(end.isoformat())
    page.get_by_role("button", name="Show events").click()
    page.wait_for_load_state()
    days = [time.get_attribute("datetime") for time in page.locator(".event-day h3 time").all()]
    assert days and all(start.isoformat() <= day <= end.isoformat() for day in days)
    assert page.get_by_label("From", exact=True).input_value() == start.isoformat()

    page.get_by_role("link", name="Later events").click()
    later = (end + datetime.timedelta(days=1)).isoformat()
    assert f"start={later}" in page.url
    assert page.get_by_label("From", exact=True).input_value() == later
    assert page.get_by_label("Place", exact=True).input_value() == "Sjövik City Library"


def test_the_calendar_file_of_an_event_downloads(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/en/events/story-time/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to your calendar (iCalendar file)").click()
    assert download.value.suggested_filename == "story-time.ics"
    assert "BEGIN:VEVENT" in open(download.value.path(), encoding="utf-8").read()
