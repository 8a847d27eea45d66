"""The site search: live, public pages of one language that match the citizen's words."""

import re

from wagtail.models import Page

MAX_QUERY_LENGTH = 200
#: Punctuation and control characters become spaces: a citizen's words are what we search for,
#: and quotes, brackets or NUL would otherwise reach the full-text query parser as syntax.
_NOT_A_WORD = re.compile(r"[^\w\s]|[\x00-\x1f\x7f_]")


def clean_query(raw: str) -> str:
    return " ".join(_NOT_A_WORD.sub(" ", raw or "").split())[:MAX_QUERY_LENGTH]


def search_pages(query: str, locale_id: int | None):
    """A search result (sliceable, countable) of specific pages, best match first."""
    pages = Page.objects.live().public().filter(locale_id=locale_id).exclude(depth__lte=1).specific()
    return pages.search(clean_query(query))
