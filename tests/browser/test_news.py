"""News in Chromium: the filters work without JavaScript, no axe violations on the index and a
news page in every language, and the structured data breaks no Content Security Policy."""

import json
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.axe import axe_results

pytestmark = pytest.mark.browser

PAGES = {
    "sv": {"index": "/nyheter/", "filtered": "/nyheter/?audience=husagare", "news": "/nyheter/vagarbete-storgatan/"},
    "en": {
        "index": "/en/news/",
        "filtered": "/en/news/?audience=homeowners",
        "news": "/en/news/road-works-storgatan/",
    },
    "ar": {
        "index": "/ar/news/",
        "filtered": "/ar/news/?audience=homeowners",
        "news": "/ar/news/road-works-storgatan/",
    },
}
CASES = [(language, kind, path) for language, kinds in PAGES.items() for kind, path in kinds.items()]


def result_titles(page) -> list[str]:
    return page.locator(".news-list .news-item__title").all_inner_texts()


def test_the_filters_work_without_javascript(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/en/news/")
    everything = page.locator("#news-count").inner_text()

    page.get_by_label("Audience").select_option("homeowners")
    page.get_by_label("Topic").select_option("traffic")
    page.get_by_role("button", name="Show news").click()
    page.wait_for_load_state()

    query = parse_qs(urlparse(page.url).query)
    assert query["audience"] == ["homeowners"] and query["topic"] == ["traffic"]
    titles = result_titles(page)
    assert "Three weeks of road works on Storgatan" in titles
    assert "Snow clearing: our priorities this winter" in titles
    assert "The library's opening hours this summer" not in titles
    assert page.locator("#news-count").inner_text() != everything
    assert page.get_by_label("Audience").input_value() == "homeowners"
    assert page.get_by_label("Topic").input_value() == "traffic"

    page.get_by_role("link", name="Clear filters").click()
    assert page.locator("#news-count").inner_text() == everything


def test_a_filter_without_results_says_so_and_leads_back(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/en/news/?audience=business-owners&topic=preschool-and-school")

    assert result_titles(page) == []
    assert page.locator(".news-empty").is_visible()
    page.get_by_role("link", name="Show all news").click()
    page.wait_for_load_state()
    assert len(result_titles(page)) == 10


def test_an_audience_page_links_to_its_news(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/en/homeowners/")

    section = page.locator("section.audience-news")
    assert section.locator(".news-item").count() == 3
    section.get_by_role("link", name="All news for Homeowners").click()
    assert page.get_by_label("Audience").input_value() == "homeowners"


@pytest.mark.parametrize(("language", "kind", "path"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_no_axe_violations(phone, site_url, language, kind, path):
    response = phone.goto(site_url + path)
    assert response.status == 200
    assert phone.locator("html").get_attribute("lang") == language

    results = axe_results(phone)

    assert results.violations_count == 0, results.generate_report()


def test_the_structured_data_is_read_and_breaks_no_content_security_policy(phone, site_url):
    messages = []
    phone.on("console", lambda message: messages.append(message.text))

    phone.goto(site_url + "/en/news/road-works-storgatan/")
    phone.wait_for_load_state("networkidle")

    data = json.loads(phone.locator('script[type="application/ld+json"]').inner_text())
    assert data["@type"] == "NewsArticle"
    assert data["inLanguage"] == "en"
    assert phone.locator('meta[property="og:image"]').get_attribute("content").startswith(site_url)
    assert not [text for text in messages if "Content Security Policy" in text]
