"""Every anonymous page type of the demo held to its query budget: warm (the shared caches
filled) at most WARM queries, right after a publish at most AFTER_PUBLISH (issue: fast on every
page). A later change that adds a query per request fails here."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from foundations import tree_cache

pytestmark = pytest.mark.django_db

WARM = 2
AFTER_PUBLISH = 10
#: Search reads its synonyms, the candidates, the editors' promotions and the ranked page, and
#: counts the query for the editors' search report: its own goal is latency (`make bench-search`).
WARM_SEARCH = 5


def first_live(model_name: str, *, with_eservice: bool | None = None) -> Page:
    pages = Page.objects.live().filter(locale__language_code="sv", content_type__model=model_name.lower())
    for page in pages.specific().order_by("path"):
        if with_eservice is None:
            return page
        has = any(block.block_type.startswith("eservice_") for block in getattr(page, "body", []))
        if has == with_eservice:
            return page
    raise AssertionError(f"the demo has no {model_name} (with_eservice={with_eservice})")


PAGE_TYPES = {
    "home": lambda: "/",
    "audience": lambda: first_live("AudiencePage").url,
    "information": lambda: first_live("InformationPage", with_eservice=False).url,
    "information-with-eservice": lambda: first_live("InformationPage", with_eservice=True).url,
    "guide": lambda: first_live("GuidePage").url,
    "news-index": lambda: first_live("NewsIndexPage").url,
    "news": lambda: first_live("NewsPage").url,
    "events-index": lambda: first_live("EventIndexPage").url,
    "event": lambda: first_live("EventPage").url,
    "places-index": lambda: first_live("PlaceIndexPage").url,
    "place": lambda: first_live("PlacePage").url,
    "search": lambda: "/sok/?q=bygglov",
    "api-page": lambda: f"/api/v1/pages/{first_live('InformationPage', with_eservice=False).pk}/",
}


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_keeps_its_query_budget(client, demo, page_type):
    url = PAGE_TYPES[page_type]()
    client.get(url)
    client.get(url)  # renditions made, shared caches filled
    warm = queries(client, url)
    tree_cache.invalidate(tree_cache.TREE)  # what the first reader after a publish gets
    after_publish = queries(client, url)
    assert warm <= (WARM_SEARCH if page_type == "search" else WARM), (url, warm)
    assert after_publish <= AFTER_PUBLISH, (url, after_publish)
