"""Citizens tell us whether a page helped: without JavaScript through two small pages, with
JavaScript in place; the screens pass axe in every language."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import axe_results

pytestmark = pytest.mark.browser

PAGES = {
    "sv": "/husagare/sophamtning/",
    "en": "/en/homeowners/waste-collection/",
    "ar": "/ar/homeowners/waste-collection/",
}


def widget(page):
    return page.locator("main [data-feedback]")


def test_without_javascript_a_citizen_answers_no_and_leaves_a_comment(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + PAGES["sv"])
    widget(page).get_by_role("button", name="Nej").click()

    assert page.locator("h1").inner_text() == "Tack för ditt svar"
    page.get_by_label("Vad kan vi göra bättre?").fill("Jag hittar inte när mitt kärl töms. Ring 070-123 45 67.")
    page.get_by_role("button", name="Skicka kommentar").click()

    assert page.locator("[role=status] h1").inner_text() == "Tack!"
    page.get_by_role("link", name="Tillbaka till Sophämtning").click()
    assert page.url.endswith(PAGES["sv"])


def test_with_javascript_the_answer_and_comment_are_sent_in_place(phone, site_url):
    phone.goto(site_url + PAGES["sv"])
    address = phone.url
    widget(phone).get_by_role("button", name="Ja").click()

    status = widget(phone).locator("[role=status]")
    status.filter(has_text="Tack för ditt svar").wait_for()
    comment = widget(phone).locator("textarea[name=comment]")
    assert comment.evaluate("element => element === document.activeElement")
    comment.fill("Tydlig sida!")
    widget(phone).get_by_role("button", name="Skicka kommentar").click()

    status.filter(has_text="Din kommentar har skickats").wait_for()
    assert phone.url == address
    assert widget(phone).locator("form").count() == 0


def in_view(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= size["height"]


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_with_javascript_each_thank_you_is_in_view_and_the_last_has_focus(phone, site_url, language):
    phone.goto(site_url + PAGES[language])
    widget(phone).locator("button[value=no]").click()
    status = widget(phone).locator("[role=status]")
    widget(phone).locator("textarea").wait_for()
    assert status.inner_text().strip()
    assert in_view(phone, status)

    widget(phone).locator("textarea").fill("Mer om tömningsdagar, tack.")
    widget(phone).locator("form button[type=submit]").click()
    widget(phone).locator("form").wait_for(state="detached")

    assert status.inner_text().strip()
    assert status.evaluate("element => element === document.activeElement")
    assert in_view(phone, status)


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_the_feedback_screens_have_no_axe_violations(phone, site_url, language):
    phone.goto(site_url + PAGES[language])
    widget(phone).locator("button[value=yes]").click()
    widget(phone).locator("textarea").wait_for()
    results = axe_results(phone)
    assert results.violations_count == 0, results.generate_report()

    action = widget(phone).locator("form").get_attribute("action")
    phone.goto(site_url + action)  # the follow-up page, as without JavaScript
    phone.locator("form.feedback__details button[type=submit]").click()  # empty: the error shows
    expect(phone.locator("[role=alert]")).to_be_visible()
    results = axe_results(phone)
    assert results.violations_count == 0, results.generate_report()
