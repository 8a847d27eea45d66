"""News pages and the news index in the JSON API."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_news_page_in_the_api_has_its_date_topics_audiences_and_body(client, news_site):
    page = news_site["news"]["vagarbete"]

    data = client.get(f"/api/v1/pages/{page.pk}/").json()

    assert data["type"] == "newspage"
    assert data["date"] == "2025-05-20"
    assert data["intro"] == "Kort om nyheten."
    assert data["image"] is None
    assert data["body"] == []
    assert data["topics"] == [{"name": "Trafik", "slug": "test-trafik"}]
    assert [audience["title"] for audience in data["audiences"]] == ["Husägare", "Företagare"]
    assert data["news_index"]["id"] == news_site["index"].pk


def test_the_news_index_in_the_api_lists_the_latest_news_and_its_feeds(client, news_site):
    data = client.get(f"/api/v1/pages/{news_site['index'].pk}/").json()

    assert data["type"] == "newsindexpage"
    assert [item["title"] for item in data["latest"]][:2] == ["Vägarbete", "Sophämtning"]
    assert data["latest"][0]["date"] == "2025-05-20"
    assert data["latest"][0]["api_url"].endswith(f"/api/v1/pages/{news_site['news']['vagarbete'].pk}/")
    assert data["feeds"]["rss"] == "http://testserver/nyheter/feed/"
    assert data["feeds"]["atom_by_audience"] == "http://testserver/nyheter/atom/{audience}/"


def test_news_can_be_listed_by_type(client, news_site):
    data = client.get("/api/v1/pages/", {"type": "newspage", "child_of": news_site["index"].pk}).json()

    assert data["count"] == 5


def test_the_schema_describes_the_news_page_types(client, news_site):
    schemas = client.get("/api/schema/?format=json").json()["components"]["schemas"]

    assert {"date", "topics", "audiences", "body", "image"} <= set(schemas["Page_newspage"]["properties"])
    assert {"latest", "feeds"} <= set(schemas["Page_newsindexpage"]["properties"])
    assert "#/components/schemas/Page_newspage" in str(schemas["Page"])


def test_news_responses_conform_to_the_schema(client, demo):
    import schemathesis

    from news.models import NewsIndexPage, NewsPage
    from tests.kommunportal.test_api_schema import check

    schema = schemathesis.openapi.from_dict(client.get("/api/schema/?format=json").json())
    pages = [*NewsIndexPage.objects.live(), *NewsPage.objects.live().filter(image__isnull=False)[:3]]
    assert len(pages) >= 6
    for page in pages:
        check(schema, "/api/v1/pages/{id}/", "GET", client.get(f"/api/v1/pages/{page.pk}/"))
