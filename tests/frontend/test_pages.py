"""The demo site as a citizen gets it over HTTP: pages, navigation, languages, headers."""

import pytest
from bs4 import BeautifulSoup

from departments.models import Department

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [("/", "sv", "ltr"), ("/en/", "en", "ltr"), ("/ar/", "ar", "rtl")],
)
def test_the_home_page_declares_its_language_and_direction(client, demo, path, lang, direction):
    html = soup_of(client.get(path)).html

    assert html["lang"] == lang
    assert html["dir"] == direction


def test_the_home_page_has_top_tasks_audience_tiles_and_a_search_box(client, demo):
    page = soup_of(client.get("/"))

    assert len(page.select(".top-tasks li a")) >= 5
    tiles = [tile.get_text(strip=True) for tile in page.select(".audience-tile h3")]
    assert tiles == ["Småbarnsföräldrar", "Husägare", "Företagare", "Ny i kommunen", "Äldre och anhöriga"]
    search = page.select_one("form[role=search]")
    assert search["action"] == "/sok/"
    assert search.select_one("label[for=site-search-q]")


def test_the_main_navigation_is_the_audiences_in_editor_order(client, demo):
    from cms_pages.models import AudiencePage

    last = AudiencePage.objects.get(slug="aldre-och-anhoriga", locale__language_code="sv")
    first = AudiencePage.objects.get(slug="smabarnsforaldrar", locale__language_code="sv")
    last.move(first, pos="left")

    nav = soup_of(client.get("/")).select_one("nav.audience-nav")

    assert [link.get_text() for link in nav.select("a")][:2] == ["Äldre och anhöriga", "Småbarnsföräldrar"]


def test_departments_never_appear_in_navigation_breadcrumbs_or_urls(client, demo):
    names = [name.lower() for name in Department.objects.values_list("name", flat=True)]
    assert len(names) == 4
    for path in ["/", "/husagare/", "/husagare/bygglov/", "/en/homeowners/"]:
        page = soup_of(client.get(path))
        for element in page.select("nav, header"):
            text = element.get_text(" ").lower()
            hrefs = " ".join(link["href"] for link in element.select("a[href]")).lower()
            assert not any(name in text or name.replace(" ", "-") in hrefs for name in names), path


def test_an_information_page_has_breadcrumbs_from_the_home_page(client, demo):
    page = soup_of(client.get("/husagare/bygglov/"))

    crumbs = [item.get_text(strip=True) for item in page.select("nav.breadcrumbs li")]
    assert crumbs[0] == "Sjöviks kommun"
    assert crumbs[1] == "Husägare"
    assert crumbs[-1] == page.h1.get_text(strip=True)
    assert page.select_one("nav.breadcrumbs [aria-current=page]")


def test_an_audience_page_lists_pages_tagged_for_it_from_other_audiences(client, demo):
    page = soup_of(client.get("/foretagare/"))

    links = [link["href"] for link in page.select(".page-list a")]
    assert "/husagare/bygglov/" in links  # lives under Husägare, tagged for Företagare
    assert page.select_one(".related-audiences a")


def test_the_language_switcher_goes_to_the_translated_page(client, demo):
    page = soup_of(client.get("/husagare/bygglov/"))

    links = {link["lang"]: link for link in page.select(".language-switcher a")}
    assert links["en"]["href"] == "/en/homeowners/building-permit/"
    assert links["ar"]["href"].startswith("/ar/homeowners/")
    assert "aria-describedby" not in links["en"].attrs


def test_the_language_switcher_says_when_a_page_is_not_translated(client, demo):
    from cms_pages.models import InformationPage

    untranslated = next(
        page
        for page in InformationPage.objects.filter(locale__language_code="sv").live()
        if not page.get_translations().exists()
    )

    page = soup_of(client.get(untranslated.url))

    english = page.select_one(".language-switcher a[lang=en]")
    assert english["href"] == "/en/"
    note = page.select_one(f"#{english['aria-describedby']}")
    assert "not translated" in note.get_text()


def test_an_english_page_is_in_english(client, demo):
    page = soup_of(client.get("/en/homeowners/building-permit/"))

    assert page.html["lang"] == "en"
    assert page.select_one(".skip-link").get_text() == "Skip to main content"
    assert page.select_one(".language-switcher [aria-current]").get_text() == "English"


def test_an_arabic_page_uses_arabic_interface_strings(client, demo):
    page = soup_of(client.get("/ar/"))

    skip = page.select_one(".skip-link").get_text()
    assert skip and skip != "Skip to main content" and any("\u0600" <= char <= "\u06ff" for char in skip)


def test_a_missing_page_gets_a_translated_404_with_search(client, demo):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "en"
    assert page.h1.get_text() == "Page not found"
    assert page.select_one("main form[role=search]")


def test_public_pages_send_security_headers(client, demo):
    response = client.get("/")

    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def test_javascript_only_enhances_no_inline_or_blocking_scripts(client, demo):
    # Every page works without JavaScript (tests/browser); scripts are our own deferred files.
    for path in ["/", "/husagare/", "/husagare/bygglov/", "/sok/?q=bygglov"]:
        page = soup_of(client.get(path))
        for script in page.find_all("script"):
            assert script.get("src", "").startswith("/static/"), path
            assert script.has_attr("defer"), path
            assert not script.string, path
