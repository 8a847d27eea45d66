"""A citizen on a phone uses the Contact e-service and follows the case, with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations, axe_results

pytestmark = pytest.mark.browser

FORMS = {"sv": "/husagare/bygglov/", "en": "/en/homeowners/building-permit/", "ar": "/ar/homeowners/building-permit/"}


def contact_form(page):
    return page.locator("section.eservice form")


def fill(page, **values):
    form = contact_form(page)
    for name, value in values.items():
        if name == "answer_by":  # radio buttons, none chosen beforehand
            form.locator(f"[name$='-answer_by'][value={value}]").check()
        else:
            form.locator(f"[name$='-{name}']").fill(value)


def test_without_javascript_a_citizen_corrects_an_error_submits_and_follows_the_case(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + FORMS["sv"])
    fill(page, subject="Uterum", message="Behöver jag bygglov för ett uterum?", email="anna@exempel", answer_by="email")
    contact_form(page).locator("button[type=submit]").click()

    summary = page.locator("section.eservice [role=alert]")
    expect(summary).to_be_visible()
    email = contact_form(page).locator("[name$='-email']")
    assert email.get_attribute("aria-invalid") == "true"
    assert contact_form(page).locator("[name$='-message']").input_value() == "Behöver jag bygglov för ett uterum?"

    email.fill("anna@exempel.se")
    contact_form(page).locator("button[type=submit]").click()

    assert "/kvitto/" in page.url
    reference = page.locator(".receipt__reference strong").inner_text()
    assert re.fullmatch(r"KP-\d{4}-\d{6}", reference)
    page.locator("a.button", has_text="ärende").click()
    assert page.locator(".timeline [aria-current=step]").inner_text().startswith("Mottaget")

    page.fill("#id_body", "Jag bifogar en skiss senare.")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".message--from_citizen").filter(has_text="Jag bifogar en skiss senare.")).to_be_visible()


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_the_form_receipt_and_case_page_have_no_axe_violations(phone, site_url, language):
    phone.goto(site_url + FORMS[language])
    contact_form(phone).locator("button[type=submit]").click()  # empty: errors shown
    assert_no_axe_violations(phone)

    fill(phone, subject="Fråga", message="Hej", email="anna@exempel.se", answer_by="email")
    contact_form(phone).locator("button[type=submit]").click()
    assert phone.locator("html").get_attribute("lang") == language
    results = axe_results(phone)
    assert results.violations_count == 0, results.generate_report()

    phone.locator("main a.button").click()
    results = axe_results(phone)
    assert results.violations_count == 0, results.generate_report()
