"""The relevance test set on the demo municipality: at least 90 % of the citizens' queries find
the expected page among the first three hits (on SQLite with the database backend; in CI on
PostgreSQL with its full-text search)."""

import pytest
from django.db import connection

from search import engine
from search.backends.registry import registry

from .relevance import QUERIES

pytestmark = pytest.mark.django_db


def path_under_home(page) -> str:
    return "/" + page.url_path.split("/", 2)[2]


def test_the_relevance_set_has_at_least_forty_queries_in_every_language():
    assert len(QUERIES) >= 40
    assert {language for language, _query, _path in QUERIES} == {"sv", "en", "ar"}


def test_nine_in_ten_queries_find_the_expected_page_in_the_top_three(demo):
    first = top_three = 0
    misses = []
    for language, query, expected in QUERIES:
        shown = [path_under_home(hit.document.page) for hit in engine.search(query, language).hits[:3]]
        first += shown[:1] == [expected]
        top_three += expected in shown
        if expected not in shown:
            misses.append((query, shown))
    share = top_three / len(QUERIES)
    print(
        f"\n{connection.vendor} ({registry.configured().id}): first hit {first}/{len(QUERIES)} "
        f"({first / len(QUERIES):.0%}), top 3 {top_three}/{len(QUERIES)} ({share:.0%})"
    )
    assert share >= 0.9, misses
