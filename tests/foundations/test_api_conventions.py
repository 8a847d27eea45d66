"""What every API endpoint shares: JSON errors, languages, ETags, CORS, rate limits, the schema."""

import pytest
from django.test import RequestFactory, override_settings

from foundations.api.errors import server_error
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("method", ["get", "post", "delete"])
def test_an_unknown_api_address_is_a_json_404_for_any_method(client, method):
    response = getattr(client, method)("/api/v1/finns-inte/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == "not_found"


def test_an_unexpected_error_is_json_without_a_stack_trace():
    response = server_error(RequestFactory().get("/api/v1/pages/"))

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert b"Traceback" not in response.content


def test_an_unknown_language_is_refused_with_the_choices(client, home_page):
    response = client.get("/api/v1/navigation/?locale=xx")

    assert response.status_code == 400
    assert response.json()["errors"]["locale"][0]["message"] == "Välj ett av: sv, en, ar."


def test_content_has_an_etag_and_a_repeat_with_it_is_not_modified(client, home_page):
    first = client.get(f"/api/v1/pages/{home_page.pk}/")
    assert first["Cache-Control"] == "public, max-age=60"
    etag = first["ETag"]

    again = client.get(f"/api/v1/pages/{home_page.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""

    home_page.title = "Ny rubrik"
    home_page.save_revision().publish()
    changed = client.get(f"/api/v1/pages/{home_page.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.kommun.example"])
def test_cors_allows_only_the_configured_origins(client, home_page):
    allowed = client.get("/api/v1/navigation/", HTTP_ORIGIN="https://app.kommun.example")
    other = client.get("/api/v1/navigation/", HTTP_ORIGIN="https://evil.example")

    assert allowed["Access-Control-Allow-Origin"] == "https://app.kommun.example"
    assert "Access-Control-Allow-Origin" not in other
    assert "Access-Control-Allow-Origin" not in client.get(f"{home_page.url}", HTTP_ORIGIN="https://app.kommun.example")


@override_settings(FEEDBACK_PER_MINUTE=2)
def test_writes_are_rate_limited_with_a_json_429(client, home_page):
    for _ in range(2):
        assert (
            client.post(
                "/api/v1/feedback/", {"page": home_page.pk, "helpful": True}, content_type="application/json"
            ).status_code
            == 201
        )

    response = client.post(
        "/api/v1/feedback/", {"page": home_page.pk, "helpful": True}, content_type="application/json"
    )

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response.json()["code"] == "throttled"


def test_the_openapi_schema_and_its_documentation_page_are_served(client):
    schema = client.get("/api/schema/?format=json")
    assert schema.status_code == 200
    document = schema.json()
    assert document["openapi"].startswith("3.")
    assert "/api/v1/eservices/{page_id}/{block_id}/submissions/" in document["paths"]
    assert not any(path.startswith("/admin/") for path in document["paths"])
    body_schema = document["components"]["schemas"]["Page_informationpage"]["properties"]["body"]
    block_types = {variant["properties"]["type"]["enum"][0] for variant in body_schema["items"]["oneOf"]}
    assert {"rich_text", "accordion", "image", "eservice_contact", "eservice_booking"} <= block_types

    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    assert b"<script>" not in docs.content  # the page runs under our Content-Security-Policy


def test_a_malformed_json_body_is_a_clear_400(client, home_page):
    response = client.post("/api/v1/feedback/", "{not json", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_unused_page_factory_is_harmless(home_page):
    assert InformationPageFactory._meta.model.__name__ == "InformationPage"
