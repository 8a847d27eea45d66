"""What a citizen on a phone sees and does: right-to-left mirroring, keyboard use, no JavaScript."""

import pytest

pytestmark = pytest.mark.browser


def inline_start_edge(page, selector) -> float:
    box = page.locator(selector).first.bounding_box()
    return box["x"]


def test_arabic_mirrors_the_layout(phone, site_url):
    phone.goto(site_url + "/husagare/bygglov/")
    swedish_name = phone.locator(".site-header__name").bounding_box()
    swedish_crumb = phone.locator("nav.breadcrumbs li").first.bounding_box()

    phone.goto(site_url + "/ar/homeowners/building-permit/")
    arabic_name = phone.locator(".site-header__name").bounding_box()
    arabic_crumb = phone.locator("nav.breadcrumbs li").first.bounding_box()

    width = 390
    assert phone.locator("html").get_attribute("dir") == "rtl"
    # The site name starts at the left edge in Swedish and at the right edge in Arabic.
    assert swedish_name["x"] < width / 3
    assert arabic_name["x"] + arabic_name["width"] > width * 2 / 3
    assert arabic_crumb["x"] > swedish_crumb["x"]


def test_the_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(phone, site_url):
    phone.goto(site_url + "/husagare/")

    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert phone.locator(".skip-link").is_visible()

    phone.keyboard.press("Enter")
    assert phone.evaluate("document.activeElement.id") == "main"


def test_focus_is_visible_on_links(phone, site_url):
    phone.goto(site_url + "/")
    phone.locator(".audience-nav a").first.focus()

    outline = phone.evaluate("getComputedStyle(document.activeElement).outlineStyle")

    assert outline == "solid"


def test_a_citizen_finds_a_page_through_an_audience_without_javascript(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/")

    page.locator(".audience-tile a", has_text="Husägare").click()
    assert page.locator("h1").inner_text() == "Husägare"
    page.locator(".page-list a[href='/husagare/bygglov/']").click()
    page.wait_for_load_state()

    assert page.url == site_url + "/husagare/bygglov/"
    assert page.locator("nav.breadcrumbs").is_visible()


def test_accordions_open_without_javascript(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/husagare/bygglov/")
    details = page.locator(".block-accordion details").first
    assert details.get_attribute("open") is None

    details.locator("summary").click()

    assert details.get_attribute("open") is not None


def test_switching_language_keeps_the_citizen_on_the_same_page(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/husagare/bygglov/")

    page.locator(".language-switcher a[lang=en]").click()

    assert page.url == site_url + "/en/homeowners/building-permit/"
    assert page.locator("html").get_attribute("lang") == "en"


def test_searching_without_javascript_lists_matching_pages(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/")

    page.fill("#site-search-q", "bygglov")
    page.locator(".site-search button").click()
    page.wait_for_load_state()

    assert "/sok/" in page.url
    assert page.locator(".search-results a").count() >= 1


def test_pages_fit_the_phone_without_sideways_scrolling(phone, site_url):
    for path in ["/", "/husagare/", "/husagare/bygglov/", "/ar/"]:
        phone.goto(site_url + path)
        scroll_width = phone.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= 390, path


def test_images_come_as_responsive_modern_formats(phone, site_url):
    phone.goto(site_url + "/")
    tile = phone.locator(".audience-tile img").first
    assert tile.evaluate("img => img.complete && img.naturalWidth > 0")
    assert ".webp" in tile.get_attribute("src")


def test_content_images_are_responsive_pictures_with_modern_formats(phone, site_url):
    phone.goto(site_url + "/ar/homeowners/building-permit/")
    picture = phone.locator(".block-figure picture")

    types = picture.locator("source").evaluate_all("sources => sources.map(s => s.type)")
    assert "image/avif" in types and "image/webp" in types
    img = picture.locator("img")
    assert "800w" in img.get_attribute("srcset")
    assert img.get_attribute("alt")  # translated alternative text
    img.scroll_into_view_if_needed()
    assert img.evaluate("img => img.complete && img.naturalWidth > 0")


NARROW_PHONES = [{"width": 320, "height": 700}, {"width": 390, "height": 844}]


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
@pytest.mark.parametrize("viewport", NARROW_PHONES, ids=["320", "390"])
@pytest.mark.parametrize("path", ["/husagare/bygglov/", "/ar/homeowners/building-permit/"], ids=["sv", "ar"])
def test_every_audience_in_the_menu_is_on_screen_without_scrolling_sideways(
    browser, site_url, viewport, javascript, path
):
    context = browser.new_context(
        viewport=viewport, device_scale_factor=2, is_mobile=True, has_touch=True, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(site_url + path)

    links = page.locator("nav.audience-nav a").all()
    assert len(links) == 5
    for link in links:
        box = link.bounding_box()
        assert box is not None and link.is_visible(), link.inner_text()
        assert 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"], (link.inner_text(), box)
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    assert page.evaluate("getComputedStyle(document.querySelector('nav.audience-nav ul')).overflowX") not in (
        "auto",
        "scroll",
        "hidden",
    )
    context.close()


@pytest.mark.parametrize("path", ["/", "/en/", "/ar/", "/husagare/bygglov/", "/nyheter/"])
def test_the_news_events_and_places_lists_are_linked_once_per_page(phone_without_js, site_url, path):
    page = phone_without_js
    page.goto(site_url + path)

    hrefs = page.locator("a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    indexes = page.locator(".site-footer__nav a, .home-current__links a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert len(set(indexes)) == 3
    for href in set(indexes):
        assert hrefs.count(href) == 1, href
