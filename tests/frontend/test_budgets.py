"""Budgets that keep pages fast: SQL queries per page and bytes per landing page."""

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from foundations import tree_cache
from tests.factories import AudiencePageFactory, InformationPageFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10


def queries_for(client, url, *, cached: bool) -> int:
    client.get(url)  # image renditions exist, as on a running site
    if not cached:
        tree_cache.invalidate(tree_cache.TREE)  # what the first reader after a publish gets
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("cached", [False, True], ids=["after-publish", "cached"])
def test_an_audience_page_needs_at_most_ten_queries_however_many_pages_are_tagged(client, home_page, cached):
    audience = AudiencePageFactory(parent=home_page)
    other = AudiencePageFactory(parent=home_page)
    for _ in range(3):
        InformationPageFactory(parent=audience)
    few = queries_for(client, audience.url, cached=cached)

    for _ in range(40):
        page = InformationPageFactory(parent=other)
        page.audiences.set([audience])
        page.save()
    many = queries_for(client, audience.url, cached=cached)

    assert many <= MAX_QUERIES
    assert many == few


def test_a_cached_page_view_needs_no_query(client, demo):
    assert queries_for(client, "/husagare/", cached=True) == 0


@pytest.mark.parametrize("url", ["/", "/husagare/", "/husagare/bygglov/", "/en/homeowners/", "/ar/", "/sok/?q=bygglov"])
def test_demo_pages_stay_within_the_query_budget_right_after_a_publish(client, demo, url):
    assert queries_for(client, url, cached=False) <= MAX_QUERIES


@pytest.mark.parametrize(
    "model_path",
    [
        "news.NewsIndexPage",
        "news.NewsPage",
        "events.EventIndexPage",
        "events.EventPage",
        "places.PlaceIndexPage",
        "places.PlacePage",
    ],
)
def test_the_everyday_content_pages_stay_within_the_query_budget_right_after_a_publish(client, demo, model_path):
    from django.apps import apps

    model = apps.get_model(model_path)
    page = model.objects.live().filter(locale__language_code="sv").order_by("path").first()
    assert queries_for(client, page.url, cached=False) <= MAX_QUERIES


def test_a_landing_page_transfers_under_50_kb_without_images(client, demo):
    html = client.get("/husagare/").content
    css_path = finders.find("css/site.css")
    with open(css_path, "rb") as css:
        stylesheet = css.read()

    assert len(html) + len(stylesheet) < 50 * 1024
