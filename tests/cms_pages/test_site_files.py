"""What search engines and link previews read: robots.txt, sitemaps per language with hreflang
alternates, canonical and Open Graph tags; and the error pages."""

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.test import Client
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_robots_txt_keeps_search_engines_out_of_private_and_query_pages(client, settings):
    settings.SITE_BASE_URL = "https://www.sjovik.se"
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    for prefix in ("/admin/", "/api/", "/sok/", "/en/search/", "/arende/", "/mina-sidor/", "/en/my-pages/", "/e/"):
        assert f"Disallow: {prefix}" in lines
    assert "Disallow: /husagare/" not in lines
    assert "Sitemap: https://www.sjovik.se/sitemap.xml" in lines


def test_the_sitemap_index_names_one_sitemap_per_language(client, demo, settings):
    settings.SITE_BASE_URL = "https://www.sjovik.se"
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = [element.text for element in root.iter(f"{SITEMAP}loc")]
    assert locations == [f"https://www.sjovik.se/sitemap-{code}.xml" for code in ("sv", "en", "ar")]


def test_each_language_sitemap_lists_its_pages_with_their_translations(client, demo, settings):
    settings.SITE_BASE_URL = "https://www.sjovik.se"
    root = ElementTree.fromstring(client.get("/sitemap-en.xml").content)
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.iter(f"{SITEMAP}url")}
    homeowners = urls["https://www.sjovik.se/en/homeowners/"]
    alternates = {link.get("hreflang"): link.get("href") for link in homeowners.iter(f"{XHTML}link")}
    assert alternates == {
        "sv": "https://www.sjovik.se/husagare/",
        "en": "https://www.sjovik.se/en/homeowners/",
        "ar": "https://www.sjovik.se/ar/homeowners/",
        "x-default": "https://www.sjovik.se/husagare/",
    }
    assert all("/en/" in location for location in urls)
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_restricted_and_unpublished_pages_are_left_out(client, demo, settings):
    from cms_pages.models import InformationPage

    hidden = InformationPage.objects.filter(locale__language_code="sv").live().first()
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x")
    body = client.get("/sitemap-sv.xml").content.decode()
    assert hidden.url not in body.replace(settings.SITE_BASE_URL.rstrip("/"), "")


def test_pages_have_canonical_hreflang_and_open_graph_tags(client, demo, settings):
    settings.SITE_BASE_URL = "https://www.sjovik.se"
    soup = BeautifulSoup(client.get("/en/homeowners/").content, "html.parser")
    assert soup.select_one("link[rel=canonical]")["href"] == "https://www.sjovik.se/en/homeowners/"
    hreflangs = {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate][hreflang]")}
    assert hreflangs["sv"] == "https://www.sjovik.se/husagare/"
    og = {meta["property"]: meta["content"] for meta in soup.select("meta[property^='og:']")}
    assert og["og:title"] == "Homeowners"
    assert og["og:url"] == "https://www.sjovik.se/en/homeowners/"
    assert og["og:locale"] == "en_GB" and og["og:site_name"]
    assert og["og:description"]


def test_the_not_found_page_is_translated_and_offers_search(client, demo):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.text == "Page not found"
    assert soup.select_one("form[role=search]")["action"] == "/en/search/"


def test_a_server_error_shows_the_static_page_with_search_and_no_stack_trace(settings):
    from django.urls import path

    from kommunportal import urls as root_urls

    def broken(request):
        raise RuntimeError("secret detail 12345")

    settings.DEBUG = False
    settings.ROOT_URLCONF = type(
        "BrokenUrls",
        (),
        {"urlpatterns": [path("boom/", broken), *root_urls.urlpatterns], "handler500": root_urls.handler500},
    )
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "secret detail" not in html and "Traceback" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("form[role=search]")["action"] == "/sok/"
    assert {element.get("lang") for element in soup.select("[lang]")} >= {"sv", "en", "ar"}


def test_every_page_announces_the_news_feed_of_its_language(client, demo):
    soup = BeautifulSoup(client.get("/en/homeowners/building-permit/").content, "html.parser")
    feeds = {link["type"]: link["href"] for link in soup.select("link[rel=alternate][type]")}
    assert feeds["application/rss+xml"].endswith("/feed/") and feeds["application/rss+xml"].startswith("/en/")
    assert client.get(feeds["application/rss+xml"]).status_code == 200
