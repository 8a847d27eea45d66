"""The content API: pages with typed blocks, navigation, translations, and what callers may not see."""

import pytest
from wagtail.models import Locale, Page, PageViewRestriction

from tests.factories import AudiencePageFactory, InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def info_page(home_page):
    audience = AudiencePageFactory(parent=home_page, slug="husagare", title="Husägare")
    page = InformationPageFactory(
        parent=audience, slug="sophamtning", title="Sophämtning", intro="Tömning varannan vecka."
    )
    page.body = [
        {
            "type": "rich_text",
            "id": "00000000-0000-4000-8000-00000000000a",
            "value": '<p>Hej <a href="javascript:alert(1)">klicka</a></p><script>alert(1)</script>'
            f'<p><a linktype="page" id="{audience.pk}">Husägare</a></p>',
        },
        {
            "type": "contact_card",
            "id": "00000000-0000-4000-8000-00000000000b",
            "value": {
                "heading": "Kontakt",
                "name": "Avfallsenheten",
                "phone": "0123-45 60 00",
                "email": "avfall@kommun.example",
                "address": "",
                "opening_hours": "",
            },
        },
        {
            "type": "related_links",
            "id": "00000000-0000-4000-8000-00000000000c",
            "value": {
                "heading": "Läs mer",
                "links": [
                    {"page": audience.pk, "url": "", "label": ""},
                    {"page": None, "url": "https://example.org/", "label": "Naturvårdsverket"},
                ],
            },
        },
    ]
    page.save_revision().publish()
    return page


def test_a_page_comes_with_its_blocks_as_typed_json(client, info_page):
    response = client.get(f"/api/v1/pages/{info_page.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["type"] == "informationpage"
    assert data["title"] == "Sophämtning"
    assert data["intro"] == "Tömning varannan vecka."
    assert [block["type"] for block in data["body"]] == ["rich_text", "contact_card", "related_links"]
    card = data["body"][1]["value"]
    assert card["name"] == "Avfallsenheten" and card["phone"] == "0123-45 60 00"
    internal, external = data["body"][2]["value"]["links"]
    assert internal["text"] == "Husägare" and internal["external"] is False
    assert internal["page"]["api_url"].endswith(f"/api/v1/pages/{info_page.get_parent().pk}/")
    assert external == {"text": "Naturvårdsverket", "href": "https://example.org/", "external": True, "page": None}


def test_rich_text_is_sanitised_html_with_page_links_expanded(client, info_page):
    html = client.get(f"/api/v1/pages/{info_page.pk}/").json()["body"][0]["value"]

    assert "<script" not in html and "javascript:" not in html
    assert 'href="/husagare/"' in html
    assert "linktype" not in html


def test_departments_never_appear_in_the_api(client, info_page):
    body = client.get(f"/api/v1/pages/{info_page.pk}/").content.decode()

    assert "owning_department" not in body
    assert info_page.owning_department.name not in body


def test_breadcrumbs_lead_from_the_home_page_to_the_parent(client, info_page, home_page):
    crumbs = client.get(f"/api/v1/pages/{info_page.pk}/").json()["breadcrumbs"]

    assert [crumb["id"] for crumb in crumbs] == [home_page.pk, info_page.get_parent().pk]


def test_a_page_lists_its_translations_and_locale_returns_the_translation(client, info_page):
    english = Locale.objects.get(language_code="en")
    translated = info_page.copy_for_translation(english, copy_parents=True)
    translated.title = "Waste collection"
    translated.save_revision().publish()

    data = client.get(f"/api/v1/pages/{info_page.pk}/").json()
    assert [(t["locale"], t["id"]) for t in data["translations"]] == [("en", translated.pk)]

    response = client.get(f"/api/v1/pages/{info_page.pk}/?locale=en")
    assert response.status_code == 200
    assert response.json()["title"] == "Waste collection"
    assert response["Content-Language"] == "en"
    assert client.get(f"/api/v1/pages/{info_page.pk}/?locale=ar").status_code == 404


def test_unpublished_and_restricted_pages_are_not_found(client, info_page):
    draft = InformationPageFactory(parent=info_page.get_parent(), slug="utkast", live=False)
    PageViewRestriction.objects.create(page=info_page, restriction_type="password", password="hemligt123")

    for page in (draft, info_page):
        response = client.get(f"/api/v1/pages/{page.pk}/")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
    assert client.get(f"/api/v1/pages/find/?path={info_page.url}").status_code == 404
    listed = [page["id"] for page in client.get("/api/v1/pages/?page_size=100").json()["results"]]
    assert info_page.pk not in listed and draft.pk not in listed


def test_a_page_is_found_by_its_address_on_the_site(client, info_page):
    response = client.get("/api/v1/pages/find/?path=/husagare/sophamtning/")

    assert response.status_code == 200
    assert response.json()["id"] == info_page.pk
    assert client.get("/api/v1/pages/find/?path=/finns-inte/").status_code == 404
    assert client.get("/api/v1/pages/find/?path=husagare").status_code == 400


def test_the_page_list_is_paginated_and_filtered_by_type_and_parent(client, info_page, home_page):
    response = client.get(f"/api/v1/pages/?type=informationpage&child_of={info_page.get_parent().pk}")
    assert [page["id"] for page in response.json()["results"]] == [info_page.pk]
    audiences = client.get(f"/api/v1/pages/?type=audiencepage&child_of={info_page.get_parent().pk}").json()
    assert audiences["results"] == []

    children = client.get(f"/api/v1/pages/?child_of={home_page.pk}").json()
    assert [page["title"] for page in children["results"]] == ["Husägare"]

    first = client.get("/api/v1/pages/?page_size=1").json()
    swedish = Page.objects.live().filter(depth__gt=1, locale__language_code="sv").count()
    assert first["count"] == swedish >= 3
    assert len(first["results"]) == 1 and "page=2" in first["next"]
    assert client.get("/api/v1/pages/?type=nonsense").status_code == 400


def test_the_navigation_is_the_home_page_and_its_audiences(client, info_page, home_page):
    data = client.get("/api/v1/navigation/").json()

    assert data["locale"] == "sv"
    assert data["home"]["id"] == home_page.pk
    assert [audience["title"] for audience in data["audiences"]] == ["Husägare"]


def test_an_audience_page_lists_its_pages(client, info_page):
    data = client.get(f"/api/v1/pages/{info_page.get_parent().pk}/").json()

    assert data["type"] == "audiencepage"
    assert [page["id"] for page in data["pages"]] == [info_page.pk]


def test_images_come_with_alt_text_and_renditions(client, info_page):
    from wagtail_factories import ImageFactory

    image = ImageFactory(title="Sopkärl", description="Ett grönt sopkärl vid vägen")
    info_page.body = [
        {
            "type": "image",
            "id": "00000000-0000-4000-8000-00000000000d",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": "Ett grönt sopkärl"},
                "caption": "Kärl",
            },
        }
    ]
    info_page.save_revision().publish()

    figure = client.get(f"/api/v1/pages/{info_page.pk}/").json()["body"][0]["value"]

    assert figure["caption"] == "Kärl"
    assert figure["image"]["alt"] == "Ett grönt sopkärl"
    formats = {(rendition["format"], rendition["width"] <= 1200) for rendition in figure["image"]["renditions"]}
    assert formats == {("webp", True), ("jpeg", True)}
    assert all(rendition["url"].startswith("http://testserver/") for rendition in figure["image"]["renditions"])


def test_every_page_type_of_the_demo_in_every_language_answers(client, demo):
    pages = Page.objects.live().filter(depth__gt=1)
    assert pages.count() > 20
    for page in pages:
        response = client.get(f"/api/v1/pages/{page.pk}/")
        assert response.status_code == 200, page.url_path
        assert response.json()["locale"] == page.locale.language_code


def test_a_page_is_served_from_the_cache_until_the_next_publish(client, info_page, django_assert_num_queries):
    client.get(f"/api/v1/pages/{info_page.pk}/")

    with django_assert_num_queries(0):
        assert client.get(f"/api/v1/pages/{info_page.pk}/").json()["title"] == "Sophämtning"

    info_page.title = "Sophämtning och återvinning"
    info_page.save_revision().publish()
    assert client.get(f"/api/v1/pages/{info_page.pk}/").json()["title"] == "Sophämtning och återvinning"
