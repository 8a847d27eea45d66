"""The news index: newest first, filters by audience, topic and month, pages of ten, bounded queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms_pages.models import HomePage
from foundations import tree_cache
from news.listing import PER_PAGE
from news.models import NewsIndexPage, NewsPage

from .conftest import TODAY, add_news

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [str(item.title) for item in response.context["news_items"]]


def test_the_index_lists_its_news_newest_first(client, news_site):
    response = client.get("/nyheter/")

    assert response.status_code == 200
    assert titles(response) == ["Vägarbete", "Sophämtning", "Företagsfrukost", "Snöröjning", "Otaggad"]
    assert response.context["result_count"] == 5


def test_a_draft_or_unpublished_news_item_is_not_listed(client, news_site):
    news_site["news"]["sophamtning"].unpublish()

    assert "Sophämtning" not in titles(client.get("/nyheter/"))


def test_the_audience_filter_keeps_that_audiences_news(client, news_site):
    response = client.get("/nyheter/", {"audience": "husagare"})

    assert titles(response) == ["Vägarbete", "Sophämtning", "Snöröjning"]
    assert response.context["filter_form"]["audience"].value() == "husagare"


def test_audience_and_topic_filters_combine(client, news_site):
    response = client.get("/nyheter/", {"audience": "husagare", "topic": "test-trafik"})

    assert titles(response) == ["Vägarbete", "Snöröjning"]
    html = response.content.decode()
    assert re.search(r'<option value="husagare" selected>', html)
    assert re.search(r'<option value="test-trafik" selected>', html)


def test_the_month_filter_offers_only_months_with_news(client, news_site):
    response = client.get("/nyheter/", {"month": "2025-04"})

    assert titles(response) == ["Snöröjning", "Otaggad"]
    months = [value for value, _label in response.context["filter_form"].fields["month"].choices]
    assert months == ["", "2025-05", "2025-04"]


def test_an_unknown_filter_value_is_ignored_rather_than_an_error(client, news_site):
    response = client.get("/nyheter/", {"audience": "finns-inte", "topic": "test-trafik", "month": "nonsense"})

    assert response.status_code == 200
    assert titles(response) == ["Vägarbete", "Snöröjning"]


def test_no_matching_news_shows_an_empty_state_with_a_way_back(client, news_site):
    response = client.get("/nyheter/", {"audience": "foretagare", "topic": "test-avfall"})

    assert titles(response) == []
    assert response.context["result_count"] == 0
    assert 'class="news-empty"' in response.content.decode()
    assert 'href="/nyheter/"' in response.content.decode()


def test_the_count_of_results_is_shown(client, news_site):
    html = client.get("/nyheter/", {"audience": "husagare"}).content.decode()

    assert re.search(r'<p class="news-count" id="news-count">\s*3\b', html)


def test_the_filter_form_is_a_labelled_get_form(client, news_site):
    html = client.get("/nyheter/").content.decode()

    form = re.search(r'<form class="news-filters" method="get" action="/nyheter/">(.*?)</form>', html, re.S).group(1)
    assert "<fieldset>" in form and "<legend>" in form
    for name in ("audience", "topic", "month"):
        assert f'<label for="id_{name}">' in form
        assert f'<select name="{name}" id="id_{name}">' in form
    assert "csrfmiddlewaretoken" not in form


def test_news_come_in_pages_of_ten_and_the_filters_survive_paging(client, news_site):
    for number in range(12):
        add_news(news_site["index"], f"Trafiknytt {number}", audiences=[news_site["husagare"]])

    first = client.get("/nyheter/", {"audience": "husagare"})
    second = client.get("/nyheter/", {"audience": "husagare", "page": 2})

    assert len(titles(first)) == PER_PAGE
    assert first.context["result_count"] == 15
    assert len(titles(second)) == 5
    assert 'href="?audience=husagare&amp;page=2"' in first.content.decode()
    assert client.get("/nyheter/", {"page": 99}).status_code == 200  # the last page, not an error


def _queries(client, url, data=None) -> int:
    client.get(url, data)
    tree_cache.invalidate(tree_cache.TREE)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data)
    assert response.status_code == 200
    return len(captured)


def test_the_index_needs_the_same_few_queries_however_many_news_there_are(client, news_site):
    few = _queries(client, "/nyheter/", {"audience": "husagare", "topic": "test-trafik"})
    for number in range(25):
        add_news(
            news_site["index"],
            f"Mer trafik {number}",
            audiences=[news_site["husagare"]],
            topics=[news_site["trafik"]],
            date=TODAY - datetime.timedelta(days=number),
        )

    many = _queries(client, "/nyheter/", {"audience": "husagare", "topic": "test-trafik"})

    assert many == few
    assert many <= 10  # the site's budget per page (docs/architecture.md)


def test_news_are_not_listed_among_an_audience_pages_information(client, news_site):
    response = client.get("/husagare/")

    assert "Vägarbete" not in [page.title for page in response.context["tagged_pages"]]


def test_an_audience_page_shows_its_three_latest_news_and_links_to_more(client, news_site):
    add_news(
        news_site["index"], "Äldre nyhet", date=TODAY - datetime.timedelta(days=100), audiences=[news_site["husagare"]]
    )
    html = client.get("/husagare/").content.decode()

    section = re.search(r'<section class="audience-news".*?</section>', html, re.S).group(0)
    assert re.findall(r'<h3 class="news-item__title"><a href="[^"]+">([^<]+)</a>', section) == [
        "Vägarbete",
        "Sophämtning",
        "Snöröjning",
    ]
    assert 'href="/nyheter/?audience=husagare"' in section
    assert 'href="/nyheter/feed/husagare/"' in section
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/nyheter/feed/husagare/"' in html[: html.index("</head>")]


def test_an_audience_without_news_shows_no_news_section(client, news_site, home_page):
    from tests.factories import AudiencePageFactory

    AudiencePageFactory(parent=home_page, slug="aldre", title="Äldre")

    html = client.get("/aldre/").content.decode()

    assert "audience-news" not in html
    assert "application/rss+xml" not in html


def test_the_audience_page_stays_cheap_however_many_news_are_tagged(client, news_site):
    few = _queries(client, "/husagare/")
    for number in range(20):
        add_news(news_site["index"], f"Nyhet {number}", audiences=[news_site["husagare"]])

    many = _queries(client, "/husagare/")

    assert many == few
    assert many <= 10


def test_a_cached_audience_page_needs_no_query_for_its_news(client, news_site):
    client.get("/husagare/")

    with CaptureQueriesContext(connection) as captured:
        client.get("/husagare/")

    assert len(captured) == 0


def test_publishing_news_updates_the_audience_pages_latest_news(client, news_site):
    client.get("/husagare/")
    add_news(news_site["index"], "Helt ny", date=TODAY + datetime.timedelta(days=1), audiences=[news_site["husagare"]])

    assert "Helt ny" in client.get("/husagare/").content.decode()


def test_a_news_page_must_sit_under_a_news_index():
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]


def test_editors_may_add_a_news_index_under_a_home_page():
    assert NewsIndexPage in HomePage.allowed_subpage_models()
