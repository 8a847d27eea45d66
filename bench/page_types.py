"""Every anonymous page type of the demo, one page each: the list `make bench-pages` measures
and the query-budget test (tests/frontend/test_page_type_budgets.py) holds to its budget.

Run as a script against the database in DATABASE_URL: prints one JSON line per page type with
its path and SQL queries per request, warm and right after a publish (with `--paths`: only the
paths).
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Warm (the shared caches filled): at most this many queries per request.
WARM = 2
#: Right after an editor publishes (the page tree read anew): at most this many.
AFTER_PUBLISH = 10
#: Search reads its synonyms, the candidates, the editors' promotions and the ranked page, and
#: counts the query for the editors' search report: its own goal is latency (`make bench-search`).
WARM_SEARCH = 5


def first_live(model_name: str, *, with_eservice: bool | None = None):
    from wagtail.models import Page

    pages = Page.objects.live().filter(locale__language_code="sv", content_type__model=model_name.lower())
    for page in pages.specific().order_by("path"):
        if with_eservice is None:
            return page
        has = any(block.block_type.startswith("eservice_") for block in getattr(page, "body", []))
        if has == with_eservice:
            return page
    raise LookupError(f"the demo has no {model_name} (with_eservice={with_eservice})")


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


def warm_budget(page_type: str) -> int:
    return WARM_SEARCH if page_type == "search" else WARM


def count_queries(client, url: str) -> tuple[int, int]:
    """(warm, after a publish) SQL queries for one request to `url`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from foundations import tree_cache

    def one() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        if response.status_code != 200:
            raise AssertionError(f"{url} answered {response.status_code}")
        return len(captured)

    client.get(url)
    client.get(url)  # renditions made, shared caches filled
    warm = one()
    tree_cache.invalidate(tree_cache.TREE)  # what the first reader after a publish gets
    return warm, one()


def main() -> None:
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.production")
    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    for name, path in PAGE_TYPES.items():
        url = path()
        if "--paths" in sys.argv:  # only the addresses (make bench-spike)
            print(json.dumps({"name": name, "path": url}))
            continue
        warm, after_publish = count_queries(client, url)
        print(json.dumps({"name": name, "path": url, "warm": warm, "after_publish": after_publish}))


if __name__ == "__main__":
    main()
