"""The site search: live, public pages of one language that match the citizen's words."""

import re

from wagtail.models import Page

MAX_QUERY_LENGTH = 200
#: Control characters (NUL breaks SQLite's full-text query parser) become spaces.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_query(raw: str) -> str:
    return " ".join(_CONTROL.sub(" ", raw or "").split())[:MAX_QUERY_LENGTH]


def search_pages(query: str, locale_id: int | None):
    """A search result (sliceable, countable) of specific pages, best match first."""
    pages = Page.objects.live().public().filter(locale_id=locale_id).exclude(depth__lte=1).specific()
    return pages.search(clean_query(query))
