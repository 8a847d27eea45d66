"""Searching on a phone: without JavaScript the form leads to results; with it, the search box
offers page titles as the citizen types."""

import pytest

pytestmark = pytest.mark.browser


def test_without_javascript_a_citizen_searches_in_their_own_words(phone_without_js, site_url):
    page = phone_without_js
    page.goto(f"{site_url}/")
    page.fill("#site-search-q", "dagis")
    page.click("form.site-search button[type=submit]")

    first = page.locator(".search-result").first
    assert "Förskola" in first.locator(".search-result__title").inner_text()
    first.locator(".search-result__title a").click()
    assert page.url.endswith("/smabarnsforaldrar/forskola/")


def test_with_javascript_the_search_box_suggests_titles(phone, site_url):
    phone.goto(f"{site_url}/")
    phone.fill("#site-search-q", "bygg")
    # The page's CSP forbids eval, so poll from the test instead of wait_for_function.
    phone.locator("#site-search-suggestions option").first.wait_for(state="attached", timeout=10000)

    options = phone.eval_on_selector_all("#site-search-suggestions option", "options => options.map(o => o.value)")
    assert "Bygglov" in options
    assert phone.get_attribute("#site-search-q", "list") == "site-search-suggestions"


@pytest.mark.parametrize(
    ("path", "title"), [("/sok/?q=bygglov", "Fråga om bygglov"), ("/en/search/?q=permit", "Ask about building permits")]
)
def test_an_e_service_is_found_once_and_leads_to_its_form(phone_without_js, site_url, path, title):
    page = phone_without_js
    page.goto(site_url + path)

    results = page.locator(".search-result__title a", has_text=title)
    assert results.count() == 1
    results.click()
    page.wait_for_load_state()
    form = page.locator("section.eservice").filter(has_text=title)
    assert form.is_visible()
