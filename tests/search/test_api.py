"""The site search through the API."""

import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_pages_of_the_asked_language(client, demo):
    swedish = client.get("/api/v1/search/", {"q": "bygglov"}).json()
    english = client.get("/api/v1/search/", {"q": "building permit", "locale": "en"}).json()

    assert swedish["count"] > 0
    assert any("ygglov" in result["title"] for result in swedish["results"])
    assert english["count"] > 0
    assert all("/en/" in result["url"] for result in english["results"])
    assert {result["kind"] for result in swedish["results"]} >= {"page", "guide", "eservice"}
    assert swedish["results"][0]["promoted"] is True  # the demo promotes the permit page


def test_an_empty_or_odd_query_is_a_clear_400_or_a_result_never_a_server_error(client, demo):
    assert client.get("/api/v1/search/", {"q": " "}).status_code == 400
    assert client.get("/api/v1/search/", {"q": "bygg\x00lov\"'("}).status_code == 200
