"""A citizen on a phone signs in through the real OpenID provider (its own login page, in
Chromium), sends an application that requires identification, and finds it on Mina sidor;
another citizen never sees it. With and without JavaScript; axe on the new pages."""

import re

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.oidc_provider.persons import PASSWORD

pytestmark = pytest.mark.browser

PRESCHOOL = "/smabarnsforaldrar/ansok-om-forskoleplats/"


def sign_in_at_provider(page, username):
    """The broker's own login page (the test provider's), then back to the site."""
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def sign_in(page, site_url, username, path="/mina-sidor/"):
    page.goto(site_url + path)
    page.get_by_role("link", name="BankID").click()
    sign_in_at_provider(page, username)


def next_step(page):
    page.locator("button[name=action][value=next]").click()


def send_preschool_application(page, site_url, child_name):
    page.goto(site_url + PRESCHOOL)
    page.get_by_role("link", name="Logga in för att fortsätta").click()
    page.get_by_role("link", name="BankID").click()
    sign_in_at_provider(page, "anna")
    # Back on the e-service, signed in.
    assert page.url.startswith(site_url + PRESCHOOL)
    assert "Anna Andersson" in page.locator(".eservice__identified").inner_text()
    page.locator("section.eservice--application button[type=submit]").click()

    name, number = page.locator("[name=name]"), page.locator("[name=pnr]")
    assert name.input_value() == "Anna Andersson" and name.is_disabled()
    assert number.input_value() == "19850314-9828" and number.is_disabled()
    page.fill("[name=email]", "anna@exempel.se")
    next_step(page)
    page.fill("[name=child_name]", child_name)
    page.fill("[name=child_pnr]", "20200601-2385")
    page.fill("[name=start]", "2027-08-15")
    next_step(page)
    page.locator("[name=first_choice]").first.check()
    next_step(page)
    assert "19850314-****" in page.locator("main").inner_text()
    page.get_by_role("button", name="Skicka ansökan").click()
    assert "/kvitto/" in page.url
    return re.search(r"KP-\d{4}-\d{6}", page.locator("main").inner_text()).group(0)


@pytest.mark.parametrize("javascript", [True, False])
def test_a_citizen_signs_in_sends_an_identified_application_and_finds_it_on_mina_sidor(browser, site_url, javascript):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, java_script_enabled=javascript
    )
    page = context.new_page()
    child = f"Barn {'med' if javascript else 'utan'} JS"
    reference = send_preschool_application(page, site_url, child)

    page.get_by_role("link", name="Mina sidor").first.click()
    cases = page.locator(".case-list")
    assert reference in cases.inner_text()
    assert "Ansökan om förskoleplats" in cases.inner_text()
    page.locator(".case-list a", has_text="Ansökan om förskoleplats").first.click()
    assert page.locator("h1").inner_text().startswith("Ansökan om förskoleplats")
    assert "Mottaget" in page.locator(".timeline").inner_text()
    page.get_by_role("link", name="Tillbaka till Mina sidor").click()

    # Another citizen, in another browser, sees none of it.
    other = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=javascript)
    bertil = other.new_page()
    sign_in(bertil, site_url, "bertil")
    assert "Bertil Berg" in bertil.locator(".citizen-card").inner_text()
    assert reference not in bertil.locator("main").inner_text()
    response = bertil.goto(f"{site_url}/mina-sidor/arenden/{reference}/")
    assert response.status == 404
    other.close()

    # Signing out ends the session here and, after the citizen confirms there, at the broker:
    # Mina sidor asks for sign-in again, and the broker asks for the password again.
    page.goto(site_url + "/mina-sidor/")
    page.get_by_role("button", name="Logga ut", exact=True).click()
    page.get_by_role("button", name="Logout", exact=True).click()  # the broker's confirmation
    assert page.url.startswith(site_url + "/utloggad/")
    assert "Du är utloggad" in page.locator("h1").inner_text()
    page.goto(site_url + "/mina-sidor/")
    assert "/logga-in/" in page.url
    page.get_by_role("link", name="BankID").click()
    page.wait_for_load_state()
    assert page.locator("#id_username").is_visible()
    context.close()


@pytest.mark.parametrize(
    ("language", "sign_in_path", "mina_sidor_path"),
    [
        ("sv", "/logga-in/", "/mina-sidor/"),
        ("en", "/en/sign-in/", "/en/my-pages/"),
        ("ar", "/ar/sign-in/", "/ar/my-pages/"),
    ],
)
def test_sign_in_and_mina_sidor_pass_axe_in_every_language(phone, site_url, language, sign_in_path, mina_sidor_path):
    phone.goto(site_url + sign_in_path)
    assert phone.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="BankID").click()
    sign_in_at_provider(phone, "cecilia")
    assert phone.url == site_url + mina_sidor_path
    assert_no_axe_violations(phone)
    if language == "ar":
        assert phone.locator("html").get_attribute("dir") == "rtl"
    phone.locator(".citizen-card form").first.locator("button").click()
    phone.get_by_role("button", name="Logout", exact=True).click()  # the broker's own page
    assert phone.url.startswith(site_url + "/")
    assert "/o/logout/" not in phone.url  # back on our signed-out page
    assert phone.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(phone)
