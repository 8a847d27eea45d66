"""A citizen on a phone books a time in the server-rendered calendar, with and without
JavaScript, confirms the e-mail address with the link, gets the .ics file, and can cancel; a
time taken a moment ago gets a clear error; every screen passes axe in sv, en and ar."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

PAGES = {
    "sv": "/husagare/boka-bygglovsradgivning/",
    "en": "/en/homeowners/book-building-permit-advice/",
    "ar": "/ar/homeowners/book-building-permit-advice/",
}


def booking(page):
    return page.locator("section.eservice--booking")


def choose_first_free_time(page) -> str:
    booking(page).locator("a.booking-day").first.click()
    radio = booking(page).locator("input[type=radio]:not([disabled])").first
    radio.check()
    return radio.get_attribute("value")


def fill_details(page, name="Anna Svensson", email="anna@exempel.se"):
    form = booking(page).locator("form")
    form.locator("[name$='-name']").fill(name)
    form.locator("[name$='-email']").fill(email)


def submit(page):
    booking(page).locator("form button[type=submit]").click()


def confirmation_url(served_manage, case_url: str) -> str:
    """The link of the "confirm your booking" e-mail (sent by the served site's own process)."""
    token = case_url.split("#")[0].rstrip("/").split("/")[-1]
    code = (
        "from eservice_blocks.cases.models import Case\n"
        "from eservice_types.booking.confirmation import confirm_url\n"
        f"print(confirm_url(Case.objects.by_token({token!r}).get()))"
    )
    return served_manage("shell", "-c", code).strip().splitlines()[-1]  # after the shell's own notes


def confirm(page, served_manage):
    """Open the link from the e-mail and press the button: back on the case page."""
    page.goto(confirmation_url(served_manage, page.url))
    page.locator("main form button[type=submit]").click()


def test_without_javascript_a_citizen_books_confirms_gets_the_calendar_file_and_cancels(
    phone_without_js, site_url, served_manage
):
    page = phone_without_js
    page.goto(site_url + PAGES["sv"])
    choose_first_free_time(page)
    fill_details(page)
    submit(page)

    assert "/arende/" in page.url
    assert "Bekräfta din e-postadress" in page.locator(".booking-summary").inner_text()
    confirm(page, served_manage)
    summary = page.locator(".booking-summary")
    assert "Din bokning är bekräftad" in summary.inner_text()
    assert "Bygglovsrådgivning" in summary.inner_text()
    ics_url = summary.get_by_role("link", name="Lägg till i din kalender (.ics)").get_attribute("href")
    calendar = page.request.get(site_url + ics_url)
    assert calendar.headers["content-type"] == "text/calendar; charset=utf-8"
    assert "BEGIN:VEVENT" in calendar.text()

    summary.get_by_role("link", name="Avboka tiden").click()
    page.get_by_role("button", name="Ja, avboka tiden").click()
    assert page.locator(".booking-summary [role=status]").inner_text() == "Din tid är avbokad."


def test_with_javascript_the_same_calendar_books_a_time(phone, site_url):
    phone.goto(site_url + PAGES["en"])
    choose_first_free_time(phone)
    fill_details(phone, name="Sam Taylor", email="sam@example.com")
    submit(phone)

    assert "/en/case/" in phone.url
    assert "Confirm your e-mail address" in phone.locator(".booking-summary").inner_text()


def test_a_time_taken_a_moment_ago_gets_a_clear_error_and_the_details_are_kept(browser, phone_without_js, site_url):
    citizen = phone_without_js
    citizen.goto(site_url + PAGES["sv"])
    chosen = choose_first_free_time(citizen)
    fill_details(citizen, name="Cecilia Ek")

    other = browser.new_context(java_script_enabled=False).new_page()
    other.goto(citizen.url)
    booking(other).locator(f"input[value='{chosen}']").check()
    fill_details(other, name="David Berg", email="david@exempel.se")
    submit(other)
    assert "/arende/" in other.url  # held for David while he confirms his address
    other.context.close()

    submit(citizen)

    expect(booking(citizen).locator("[role=alert]")).to_be_visible()
    assert "fullbokad" in booking(citizen).locator(".field__error").first.inner_text()
    assert booking(citizen).locator("[name$='-name']").input_value() == "Cecilia Ek"
    assert booking(citizen).locator(f"input[value='{chosen}']").is_disabled()


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_calendar_errors_confirmation_case_and_change_screens_have_no_axe_violations(
    phone, site_url, served_manage, language
):
    phone.goto(site_url + PAGES[language])
    assert_no_axe_violations(phone)  # the calendar

    submit(phone)  # nothing chosen: errors
    expect(booking(phone).locator("[role=alert]")).to_be_visible()
    assert_no_axe_violations(phone)

    choose_first_free_time(phone)
    fill_details(phone, email=f"axe-{language}@exempel.se")
    submit(phone)
    assert_no_axe_violations(phone)  # the case page: confirm your address

    phone.goto(confirmation_url(served_manage, phone.url))
    assert_no_axe_violations(phone)  # the confirmation page
    phone.locator("main form button[type=submit]").click()
    assert_no_axe_violations(phone)  # the case page with the confirmed appointment

    phone.locator(".booking-summary a[href*='/change/']").click()
    assert_no_axe_violations(phone)
    phone.go_back()
    phone.locator(".booking-summary a[href*='/cancel/']").click()
    assert_no_axe_violations(phone)
