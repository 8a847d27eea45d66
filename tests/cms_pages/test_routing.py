"""Routing: a page, or an address below a page with routes of its own, is found in one query
whatever its depth, and Wagtail's answers (404 for drafts and unknown routes) are kept."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms_pages.routing import fast_route
from foundations import tree_cache
from news.models import NewsIndexPage
from tests.factories import AudiencePageFactory, InformationPageFactory
from tests.news.conftest import add_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_site(home_page):
    husagare = AudiencePageFactory(parent=home_page, slug="husagare", title="Husägare")
    index = NewsIndexPage(title="Nyheter", slug="nyheter", intro="Nytt från kommunen.")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    news = {
        "vagarbete": add_news(index, "Vägarbete", audiences=[husagare]),
        "sophamtning": add_news(index, "Sophämtning", audiences=[husagare]),
        "foretagsfrukost": add_news(index, "Företagsfrukost"),
    }
    return {"home": home_page, "index": index, "news": news}


def queries_after_publish(client, url):
    client.get(url)
    tree_cache.invalidate(tree_cache.TREE)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured)


def test_a_deep_page_costs_no_more_queries_than_a_shallow_one(client, home_page):
    audience = AudiencePageFactory(parent=home_page)
    shallow = InformationPageFactory(parent=InformationPageFactory(parent=audience))  # both have breadcrumbs
    parent = audience
    for _ in range(6):
        parent = InformationPageFactory(parent=parent)

    shallow_response, shallow_queries = queries_after_publish(client, shallow.url)
    deep_response, deep_queries = queries_after_publish(client, parent.url)

    assert shallow_response.status_code == deep_response.status_code == 200
    assert deep_queries == shallow_queries


def test_a_feed_below_the_news_index_is_found_by_the_fast_route(rf, news_site):
    index = news_site["index"]
    with translation.override("sv"):
        route = fast_route(rf.get(index.url + "feed/husagare/"), index.url + "feed/husagare/")
    assert route.page == index
    view, _args, kwargs = route.args
    assert view.__name__ == "rss_audience_feed" and kwargs == {"audience": "husagare"}


def test_a_cached_feed_is_served_without_walking_the_tree(client, news_site):
    url = news_site["index"].url + "feed/"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "Vägarbete" in response.content.decode()
    assert not [query for query in captured if '"wagtailcore_page"."slug" =' in query["sql"]]


def test_an_audience_feed_gets_its_argument(client, news_site):
    response = client.get(news_site["index"].url + "feed/husagare/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Sophämtning" in body and "Företagsfrukost" not in body


def test_unknown_routes_and_drafts_below_a_routable_page_are_not_found(client, news_site):
    index = news_site["index"]
    draft = news_site["news"]["vagarbete"]
    draft.unpublish()

    assert client.get(index.url + "finns-inte/").status_code == 404
    assert client.get(draft.url_path.removeprefix(news_site["home"].url_path).join("//")).status_code == 404
    assert client.get(index.url + "feed/husagare/extra/").status_code == 404


def test_a_missing_page_below_an_ordinary_page_is_not_found(client, home_page):
    audience = AudiencePageFactory(parent=home_page)
    assert client.get(audience.url + "finns-inte/").status_code == 404


def test_the_api_finds_pages_by_their_own_address_only(client, news_site):
    index = news_site["index"]
    assert client.get(f"/api/v1/pages/find/?path={index.url}").status_code == 200
    assert client.get(f"/api/v1/pages/find/?path={index.url}feed/").status_code == 404
