"""The way-back API: a case system decides the cases handed over to it, as a handler would."""

import base64

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from notifications.models import Notification
from tests.factories.files import pdf

from .conftest import handover_page, submit_contact


def token_for(client, system, secret) -> str:
    basic = base64.b64encode(f"{system.application.client_id}:{secret}".encode()).decode()
    response = client.post(
        "/api/v1/handover/token/",
        {"grant_type": "client_credentials", "scope": "cases"},
        HTTP_AUTHORIZATION=f"Basic {basic}",
    )
    assert response.status_code == 200, response.content
    return response.json()["access_token"]


@pytest.fixture
def api(client, case_system):
    token = token_for(client, case_system, case_system.client_secret)
    return lambda method, path, **kw: getattr(client, method)(path, HTTP_AUTHORIZATION=f"Bearer {token}", **kw)


@pytest.fixture
def case(webhook_page):
    return submit_contact(webhook_page)


def test_a_case_system_reads_a_case_handed_over_to_it(api, case):
    response = api("get", f"/api/v1/handover/cases/{case.reference}/")
    assert response.status_code == 200
    assert response.json()["handovers"][0]["event_type"] == "case.created"


def test_a_decision_sets_the_status_and_the_citizen_is_told_by_e_mail(api, case):
    response = api(
        "post",
        f"/api/v1/handover/cases/{case.reference}/status/",
        data={"status": "decided"},
        content_type="application/json",
    )
    assert response.status_code == 200
    case.refresh_from_db()
    assert case.status == "decided"
    assert Notification.objects.filter(kind="status_changed", recipient=case.contact_email).exists()
    assert case.events.last().actor.first_name == "ByggR"


def test_a_message_with_a_decision_document_reaches_the_citizens_case_page(api, case, client):
    response = api(
        "post",
        f"/api/v1/handover/cases/{case.reference}/messages/",
        data={"body": "Beslut bifogas.", "document": pdf("beslut.pdf")},
    )
    assert response.status_code == 201, response.content
    message = case.messages.get()
    assert message.attachment_name.endswith(".pdf")
    assert "Beslut bifogas." in client.get(f"/arende/{case.access_token}/").content.decode()


def test_a_document_that_is_not_a_pdf_is_refused_with_a_reason(api, case):
    response = api(
        "post",
        f"/api/v1/handover/cases/{case.reference}/messages/",
        data={"body": "x", "document": SimpleUploadedFile("beslut.exe", b"MZ\x90\x00")},
    )
    assert response.status_code == 400
    assert "document" in response.json()["errors"]


def test_a_case_system_closes_the_case(api, case):
    assert api("post", f"/api/v1/handover/cases/{case.reference}/close/").status_code == 200
    case.refresh_from_db()
    assert case.status == "closed"


def test_an_unknown_status_is_refused_with_the_choices(api, case):
    response = api(
        "post",
        f"/api/v1/handover/cases/{case.reference}/status/",
        data={"status": "done"},
        content_type="application/json",
    )
    assert response.status_code == 400


def test_a_case_not_handed_over_to_the_system_is_not_found(api, home_page, department):
    other = submit_contact(handover_page(home_page, "annan", [], department))
    assert api("get", f"/api/v1/handover/cases/{other.reference}/").status_code == 404


def test_a_case_of_a_department_the_system_is_not_allowed_for_is_not_found(api, case, case_system):
    case_system.departments.clear()
    assert api("get", f"/api/v1/handover/cases/{case.reference}/").status_code == 404


def test_without_a_token_the_api_answers_401(client, case):
    assert client.get(f"/api/v1/handover/cases/{case.reference}/").status_code == 401


def test_a_switched_off_case_system_is_refused(api, case, case_system):
    case_system.active = False
    case_system.save()
    assert api("get", f"/api/v1/handover/cases/{case.reference}/").status_code == 403


def test_the_event_schema_of_each_eservice_type_is_published(client, db):
    response = client.get("/api/v1/handover/schemas/contact/")
    assert response.status_code == 200
    assert response.json()["properties"]["case"]["properties"]["data"]["required"] == ["fields"]


def test_the_openapi_document_holds_the_event_schemas_and_the_way_back(client, db):
    schema = client.get("/api/schema/?format=json").json()
    assert "HandoverEvent_contact" in schema["components"]["schemas"]
    assert "/api/v1/handover/cases/{reference}/status/" in schema["paths"]
