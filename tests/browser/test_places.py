"""Places on a phone: the list's filters work without JavaScript; with JavaScript the map appears
without a request leaving our server; the list, a filtered list and a place page pass axe in
sv, en and ar."""

from urllib.parse import urlparse

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.browser.maps import assert_map_attribution_is_readable

pytestmark = pytest.mark.browser

LISTS = {"sv": "/hitta-verksamheter/", "en": "/en/find-places/", "ar": "/ar/find-places/"}
PLACES = {
    "sv": "/hitta-verksamheter/stadsbiblioteket/",
    "en": "/en/find-places/city-library/",
    "ar": "/ar/find-places/city-library/",
}


def titles(page) -> list[str]:
    return page.locator(".place-list__item h3 a").all_inner_texts()


def places_on_map(page) -> int:
    """The places the map's markers stand for: one per pin, the number on a shared marker."""
    total = 0
    for marker in page.locator(".places-map .leaflet-marker-icon").all():
        shared = "places-map__group" in marker.get_attribute("class")
        total += int(marker.inner_text()) if shared else 1
    return total


def test_without_javascript_the_filters_narrow_the_list_and_keep_the_choice(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + LISTS["en"])
    everything = len(titles(page))
    assert everything >= 22
    assert page.locator("[data-places-map]").is_hidden()  # the list is the content

    page.get_by_label("Type of place").select_option("library")
    page.get_by_role("button", name="Show places").click()
    page.wait_for_load_state()  # the list is read at once, not awaited

    assert "type=library" in page.url
    assert sorted(titles(page)) == ["City Library", "Harbour Library", "North Library"]
    assert page.get_by_label("Type of place").input_value() == "library"

    page.get_by_label("For", exact=True).select_option("homeowners")
    page.get_by_role("button", name="Show places").click()
    page.wait_for_load_state()  # the list is read at once, not awaited

    assert titles(page) == []
    assert page.get_by_text("No places match your choice.").is_visible()
    page.get_by_role("link", name="Show all places").first.click()
    page.wait_for_load_state()
    assert len(titles(page)) == everything


def test_without_javascript_a_place_page_says_at_what_time_it_was_open_or_closed(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + PLACES["en"])

    status = page.locator("[data-place-status]")
    assert status.locator(".place-status__time").inner_text().startswith("At ")
    assert page.locator("table.place-hours tr[aria-current=date]").count() == 1


def test_with_javascript_the_map_shows_the_places_without_requests_elsewhere(phone, site_url):
    foreign = []
    phone.on(
        "request",
        lambda request: foreign.append(request.url) if urlparse(request.url).hostname != "127.0.0.1" else None,
    )
    phone.goto(site_url + LISTS["sv"])

    frame = phone.locator(".places-map__frame.leaflet-container")
    frame.wait_for()
    assert places_on_map(phone) == len(titles(phone))
    # Places close together share a marker with their number: Enter on it zooms in to them.
    for _ in range(8):
        if phone.locator(".places-map .leaflet-marker-icon.places-map__pin").count():
            break
        phone.locator(".places-map .places-map__group").first.focus()
        phone.keyboard.press("Enter")
        phone.wait_for_timeout(500)
    phone.locator(".places-map .leaflet-marker-icon.places-map__pin").first.focus()
    phone.keyboard.press("Enter")
    popup_link = phone.locator(".leaflet-popup-content a")
    popup_link.wait_for()
    assert "/hitta-verksamheter/" in popup_link.get_attribute("href")
    assert foreign == []


def test_with_javascript_the_status_is_brought_up_to_the_current_time(phone, site_url):
    phone.goto(site_url + PLACES["en"])

    time_text = phone.locator("[data-place-status] .place-status__time").inner_text()
    assert time_text.startswith("At ") and time_text.endswith(":")


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_the_list_a_filtered_list_and_a_place_have_no_axe_violations(phone, site_url, language):
    phone.goto(site_url + LISTS[language])
    phone.locator(".places-map__frame.leaflet-container").wait_for()
    assert phone.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(phone)

    phone.goto(site_url + LISTS[language] + "?type=library&audience=nothing&open=1")
    assert_no_axe_violations(phone)

    phone.goto(site_url + LISTS[language] + "?type=castle&open=1")
    assert_no_axe_violations(phone)

    phone.goto(site_url + PLACES[language])
    assert_no_axe_violations(phone)


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_the_map_pins_are_big_enough_to_tap_and_the_attribution_is_readable(phone, site_url, language):
    phone.goto(site_url + LISTS[language])
    phone.locator(".places-map__frame.leaflet-container").wait_for()

    pins = phone.locator(".places-map .leaflet-marker-icon").all()
    assert pins and places_on_map(phone) == len(titles(phone))
    for pin in pins:
        box = pin.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, box
    assert_map_attribution_is_readable(phone)
