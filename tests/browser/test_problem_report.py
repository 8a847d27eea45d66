"""A citizen on a phone reports a problem: without JavaScript with an address and a photo;
with JavaScript on a map that loads only from our own server; a nearby open report is offered
to follow instead; every screen passes axe in sv, en and ar."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.maps import assert_map_attribution_is_readable
from tests.factories.files import image_bytes

pytestmark = pytest.mark.browser

PAGES = {
    "sv": "/husagare/felanmalan/",
    "en": "/en/homeowners/report-a-problem/",
    "ar": "/ar/homeowners/report-a-problem/",
}
#: A demo report of street lighting is open at exactly this spot.
DEMO_SPOT = ("59.33000", "18.07000")


def report(page):
    return page.locator("section.eservice--problem")


def fill(page, category_index=0, description="Gatlampan är trasig.", address="", latitude="", longitude=""):
    form = report(page).locator("form")
    form.locator("input[type=radio][name$='-category']").nth(category_index).check()
    form.locator("[name$='-description']").fill(description)
    form.locator("[name$='-address']").fill(address)
    form.locator("[name$='-latitude']").fill(latitude)
    form.locator("[name$='-longitude']").fill(longitude)


def submit(page):
    report(page).locator("form button[type=submit]").click()


def test_without_javascript_a_citizen_reports_with_a_photo_and_an_address(phone_without_js, site_url, tmp_path):
    page = phone_without_js
    picture = tmp_path / "lampa.jpg"
    picture.write_bytes(image_bytes(size=(40, 30)))
    page.goto(site_url + PAGES["sv"])
    assert report(page).locator("[data-problem-map]").is_hidden()  # the fields are the way
    fill(page, category_index=2, description="Klotter på skolans vägg.", address="Skolgatan 4")
    report(page).locator("[name$='-photos']").set_input_files(str(picture))
    submit(page)

    assert "/kvitto/" in page.url
    page.locator("main a.button").click()
    assert "Skolgatan 4" in page.locator("main").inner_text()
    assert "lampa.jpg" in page.locator("[aria-labelledby=attachments-heading]").inner_text()


def test_with_javascript_the_map_loads_from_our_server_and_a_click_sets_the_place(phone, site_url):
    foreign = []
    phone.on(
        "request",
        lambda request: foreign.append(request.url) if urlparse(request.url).hostname != "127.0.0.1" else None,
    )
    phone.goto(site_url + PAGES["sv"])

    frame = report(phone).locator(".problem-map__frame.leaflet-container")
    frame.wait_for()
    frame.click(position={"x": 120, "y": 80})

    latitude = report(phone).locator("[name$='-latitude']").input_value()
    longitude = report(phone).locator("[name$='-longitude']").input_value()
    assert latitude and longitude
    assert -90 <= float(latitude) <= 90 and -180 <= float(longitude) <= 180
    expect(report(phone).get_by_role("button", name="Använd min position")).to_be_visible()
    assert foreign == []


def test_a_nearby_open_report_is_offered_to_follow_instead(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + PAGES["sv"])
    fill(page, category_index=0, latitude=DEMO_SPOT[0], longitude=DEMO_SPOT[1])
    submit(page)

    assert page.locator("h1").inner_text() == "Kontrollera innan du skickar"
    nearby = page.locator(".problem-nearby__list li").first
    assert "Storgatan 12" in nearby.inner_text()
    nearby.get_by_label("Din e-postadress").fill("granne@exempel.se")
    nearby.get_by_role("button", name="Följ den här anmälan i stället").click()
    # Only a confirmation link goes out until the address is confirmed (tests/eservice_types).
    assert page.locator("[role=status] h1").inner_text() == "Bekräfta din e-postadress"
    assert "granne@exempel.se" in page.locator("[role=status]").inner_text()


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_form_errors_duplicates_step_and_public_list_have_no_axe_violations(phone, site_url, language):
    phone.goto(site_url + PAGES[language])
    report(phone).locator(".problem-map__frame").wait_for()
    assert_no_axe_violations(phone)

    submit(phone)  # nothing filled in
    expect(report(phone).locator("[role=alert]")).to_be_visible()
    assert_no_axe_violations(phone)

    fill(phone, category_index=0, latitude=DEMO_SPOT[0], longitude=DEMO_SPOT[1])
    submit(phone)
    phone.locator(".problem-nearby").wait_for()
    assert_no_axe_violations(phone)

    phone.goto(site_url + PAGES[language])
    report(phone).locator("a[href*='/e/problem_report/']").click()
    phone.wait_for_load_state()
    assert phone.locator("table.problem-list tbody tr").count() >= 2
    assert_no_axe_violations(phone)


def test_use_my_position_fills_the_coordinates_from_the_device(browser, site_url):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        geolocation={"latitude": 59.3312, "longitude": 18.0645},
        permissions=["geolocation"],
    )
    page = context.new_page()
    page.goto(site_url + PAGES["sv"])
    report(page).locator(".problem-map__frame.leaflet-container").wait_for()

    report(page).get_by_role("button", name="Använd min position").click()

    latitude = report(page).locator("[name$='-latitude']")
    page.wait_for_function("element => element.value !== ''", arg=latitude.element_handle())
    assert float(latitude.input_value()) == pytest.approx(59.3312, abs=1e-4)
    assert float(report(page).locator("[name$='-longitude']").input_value()) == pytest.approx(18.0645, abs=1e-4)
    context.close()


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_the_map_attribution_is_readable(phone, site_url, language):
    phone.goto(site_url + PAGES[language])
    report(phone).locator(".problem-map__frame.leaflet-container").wait_for()
    assert_map_attribution_is_readable(phone)
