"""The weekly query log keeps what citizens looked for but not whom: runs of words the site
never uses (a person's name) are masked; site words and a single unknown word stay."""

import pytest

from search import querylog
from search.models import QueryWeek
from tests.search.test_search import pages, publish  # noqa: F401 - fixtures

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages")]


@pytest.fixture(autouse=True)
def fresh_vocabulary(monkeypatch):
    monkeypatch.setattr(querylog, "VOCABULARY_SECONDS", 0)


def logged(client, query):
    client.get("/sok/", {"q": query})
    return set(QueryWeek.objects.values_list("query", flat=True))


def test_a_first_and_last_name_beside_a_site_word_is_masked(client):
    stored = logged(client, "anna svensson kolonilott")

    assert "[…] kolonilott" in stored
    assert not any("anna" in query or "svensson" in query for query in stored)


def test_a_capitalised_name_as_a_phone_types_it_is_masked_too(client):
    stored = logged(client, "Kolonilott Anna Svensson")

    assert "kolonilott […]" in stored


def test_site_words_are_kept_as_searched(client):
    assert "hyr kolonilott hamnen" in logged(client, "hyr kolonilott hamnen")


def test_a_single_unknown_word_stays_for_the_zero_hit_report(client):
    assert "kolonilot" in logged(client, "kolonilot")


def test_numbers_are_not_taken_for_names(client):
    assert "kolonilott 2026 100" in logged(client, "kolonilott 2026 100")


def test_the_log_of_another_language_uses_that_languages_vocabulary():
    assert querylog.normalised("anna svensson kolonilott", "sv") == "[…] kolonilott"
    assert querylog.normalised("anna svensson kolonilott", "en") == "[…]"
