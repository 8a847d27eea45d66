"""A citizen on a phone, without JavaScript, fills in the building-permit application with a
file, saves it, resumes it in another browser, changes an answer on the review and sends it;
the step with errors, the review and the saved page pass axe in sv, en and ar."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.factories.files import image_bytes

pytestmark = pytest.mark.browser

PAGES = {
    "sv": "/husagare/ansok-om-bygglov/",
    "en": "/en/homeowners/apply-for-building-permit/",
    "ar": "/ar/homeowners/apply-for-building-permit/",
}


def start(page, site_url, language="sv"):
    page.goto(site_url + PAGES[language])
    page.locator("section.eservice--application button[type=submit]").click()


def about_you(page):
    page.fill("[name=name]", "Anna Svensson")
    page.fill("[name=email]", "anna@exempel.se")
    page.fill("[name=pnr]", "19811218-9876")


def the_project(page, area="24"):
    page.fill("[name=property]", "Sjövik Eken 4")
    page.locator("[name=project]").first.check()  # an extension
    page.fill("[name=area]", area)
    page.locator("[name=plan_checked]").check()


def next_step(page):
    page.locator("button[name=action][value=next]").click()


def test_a_citizen_saves_resumes_elsewhere_reviews_changes_and_sends(browser, phone_without_js, site_url, tmp_path):
    page = phone_without_js
    start(page, site_url)
    about_you(page)
    next_step(page)
    the_project(page)
    page.locator("button[name=action][value=save]").click()

    link = page.locator("#draft-link").input_value()
    elsewhere = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844}).new_page()
    elsewhere.goto(link)
    assert elsewhere.locator("[name=area]").input_value() == "24"  # back on the step she saved
    elsewhere.get_by_role("link", name="Tillbaka").click()
    assert elsewhere.locator("[name=name]").input_value() == "Anna Svensson"
    next_step(elsewhere)
    next_step(elsewhere)

    drawing = tmp_path / "fasad.jpg"
    drawing.write_bytes(image_bytes(size=(60, 40)))
    elsewhere.locator("[name=drawings]").set_input_files(str(drawing))
    next_step(elsewhere)
    assert elsewhere.locator("h1").inner_text() == "Kontrollera dina svar"
    assert "fasad.jpg" in elsewhere.locator("main").inner_text()

    elsewhere.locator(".application-review a[href*='/step/2/']").first.click()
    elsewhere.fill("[name=area]", "30")
    next_step(elsewhere)
    assert "30" in elsewhere.locator(".application-review").nth(1).inner_text()
    elsewhere.get_by_role("button", name="Skicka ansökan").click()

    assert "/kvitto/" in elsewhere.url
    elsewhere.context.close()


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_step_errors_review_and_saved_page_have_no_axe_violations(phone, site_url, language):
    start(phone, site_url, language)
    next_step(phone)  # nothing filled in
    expect(phone.locator("[role=alert]")).to_be_visible()
    assert_no_axe_violations(phone)

    about_you(phone)
    next_step(phone)
    the_project(phone)
    next_step(phone)
    phone.goto(phone.url.replace("/step/3/", "/review/"))
    assert_no_axe_violations(phone)

    phone.goto(phone.url.replace("/review/", "/saved/"))
    assert_no_axe_violations(phone)
