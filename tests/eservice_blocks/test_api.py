"""E-services through the API: the form schema, submissions with the web form's checks and
messages, and the citizen's case read and answered with the access token."""

import pytest
from django.core import mail

from eservice_blocks.cases.models import Case, CaseEvent, CaseStatus

from .conftest import CONTACT_SETTINGS

pytestmark = pytest.mark.django_db

BLOCK_ID = "5b1a3c1e-0000-4000-8000-000000000001"


def submit_url(page):
    return f"/api/v1/eservices/{page.pk}/{BLOCK_ID}/submissions/"


def submit(client, page, key=None, **fields):
    answers = {"subject": "Fråga om sophämtning", "message": "När töms kärlet?", "answer_by": "email", **fields}
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key else {}
    return client.post(submit_url(page), answers, content_type="application/json", **headers)


def test_an_eservice_describes_its_form_in_the_asked_language(client, contact_page):
    swedish = client.get(f"/api/v1/eservices/{contact_page.pk}/{BLOCK_ID}/").json()

    assert swedish["eservice_type"] == "contact"
    assert swedish["title"] == CONTACT_SETTINGS["title"]
    form = swedish["form"]
    assert form["properties"]["subject"]["title"] == "Ämne"
    assert form["properties"]["email"]["format"] == "email"
    assert form["properties"]["personal_identity_number"]["format"] == "se-personnummer"
    assert set(form["required"]) >= {"subject", "message"}
    assert "idempotency_key" not in form["properties"]
    assert "receiving_department" not in str(swedish)
    assert swedish["submit_url"].endswith(submit_url(contact_page))

    labels = client.get(f"/api/v1/eservices/{contact_page.pk}/{BLOCK_ID}/", {"locale": "en"})
    assert labels.status_code == 404  # the page has no English translation


def test_the_page_json_points_to_the_eservice(client, contact_page):
    body = client.get(f"/api/v1/pages/{contact_page.pk}/").json()["body"]

    reference = body[1]["value"]
    assert body[1]["type"] == "eservice_contact"
    assert reference["api_url"].endswith(f"/api/v1/eservices/{contact_page.pk}/{BLOCK_ID}/")
    assert "retention_days" not in reference


def test_a_submission_becomes_a_case_and_returns_the_reference_and_the_token(
    client, contact_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, contact_page, email="anna@example.com", name="Anna")

    assert response.status_code == 201
    data = response.json()
    case = Case.objects.get(reference=data["reference"])
    assert Case.objects.by_token(data["access_token"]).get() == case
    assert case.page_id == contact_page.pk and case.service_type == "contact"
    assert case.department == contact_page.owning_department
    assert data["case"]["status"] == "received"
    assert data["case_url"].endswith(f"/arende/{data['access_token']}/")
    assert response["Cache-Control"] == "private, no-store"
    assert [message.to for message in mail.outbox] == [["anna@example.com"]]


def test_invalid_answers_get_the_web_forms_translated_messages_and_nothing_is_stored(client, contact_page):
    from .test_submission import form_data, open_form

    before = Case.objects.count()
    wrong = {"subject": "", "email": "inte-en-adress", "personal_identity_number": "19811218-0000"}

    response = submit(client, contact_page, **wrong)
    web_page = client.post(contact_page.url, form_data(open_form(client, contact_page), **wrong)).content.decode()

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"subject", "email", "personal_identity_number"}
    assert errors["subject"][0]["code"] == "required"
    assert errors["personal_identity_number"][0]["message"].startswith("Skriv ett giltigt personnummer")
    for field_errors in errors.values():
        assert field_errors[0]["message"] in web_page  # the very same words as on the web
    assert Case.objects.count() == before


def test_the_same_idempotency_key_returns_the_same_case(client, contact_page):
    first = submit(client, contact_page, key="b6b7c3c0-7a0e-4a4e-9d55-1f0e0c1d2e3f", email="anna@example.com")
    again = submit(client, contact_page, key="b6b7c3c0-7a0e-4a4e-9d55-1f0e0c1d2e3f", email="anna@example.com")

    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["reference"] == first.json()["reference"]
    assert again.json()["created"] is False
    assert Case.objects.filter(reference=first.json()["reference"]).count() == 1


def test_a_body_that_is_not_an_object_is_refused(client, contact_page):
    response = client.post(submit_url(contact_page), ["subject"], content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_an_unknown_eservice_is_not_found(client, contact_page):
    assert client.get(f"/api/v1/eservices/{contact_page.pk}/no-such-block/").status_code == 404
    assert submit(client, contact_page, email="anna@example.com").status_code == 201
    assert client.post(f"/api/v1/eservices/{contact_page.pk}/no-such-block/submissions/", {}).status_code == 404


def test_installed_types_include_plugins_without_api_code(client):
    types = {item["id"] for item in client.get("/api/v1/eservice-types/").json()}

    # tests.example_eservice is a plugin app installed for the tests only.
    assert {"contact", "problem_report", "application", "booking", "callback"} <= types


# --- the citizen's case ---------------------------------------------------------------------


@pytest.fixture
def submitted(client, contact_page):
    data = submit(client, contact_page, email="anna@example.com").json()
    return Case.objects.get(reference=data["reference"]), data["access_token"]


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_the_citizen_reads_the_case_with_the_token(client, submitted):
    case, token = submitted

    response = client.get("/api/v1/case/", **bearer(token))

    assert response.status_code == 200
    data = response.json()
    assert data["reference"] == case.reference
    assert data["status_label"] == "Mottaget"
    assert data["timeline"][0]["status"] == "received"
    assert response["Cache-Control"] == "private, no-store"


def test_without_a_token_the_case_asks_for_one_and_a_wrong_token_finds_nothing(client, submitted):
    missing = client.get("/api/v1/case/")
    wrong = client.get("/api/v1/case/", **bearer("x" * 43))

    assert missing.status_code == 401 and missing["WWW-Authenticate"] == "Bearer"
    assert wrong.status_code == 404


def test_the_citizen_reads_messages_and_replies(client, submitted):
    case, token = submitted

    reply = client.post(
        "/api/v1/case/messages/", {"body": "Jag har en bild också."}, content_type="application/json", **bearer(token)
    )

    assert reply.status_code == 201
    assert reply.json()["direction"] == "from_citizen"
    assert CaseEvent.objects.filter(case=case, kind="message_from_citizen").exists()
    listed = client.get("/api/v1/case/messages/", **bearer(token)).json()
    assert [message["body"] for message in listed] == ["Jag har en bild också."]


def test_a_reply_attachment_is_checked_by_its_bytes(client, submitted):
    from tests.factories.files import photo, program_named_like_a_photo

    _case, token = submitted
    refused = client.post(
        "/api/v1/case/messages/", {"body": "Se bifogat", "attachment": program_named_like_a_photo()}, **bearer(token)
    )
    accepted = client.post("/api/v1/case/messages/", {"body": "Se bifogat", "attachment": photo()}, **bearer(token))

    assert refused.status_code == 400
    assert refused.json()["errors"]["attachment"][0]["code"] == "file_type"
    assert accepted.status_code == 201
    assert accepted.json()["attachment_name"].endswith(".jpg")


def test_an_empty_reply_gets_the_forms_message(client, submitted):
    _case, token = submitted

    response = client.post("/api/v1/case/messages/", {"body": ""}, content_type="application/json", **bearer(token))

    assert response.status_code == 400
    assert response.json()["errors"]["body"][0]["code"] == "required"


def test_a_closed_case_takes_no_replies(client, submitted, contact_page):
    case, token = submitted
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.CLOSED)

    response = client.post(
        "/api/v1/case/messages/", {"body": "Hallå?"}, content_type="application/json", **bearer(token)
    )

    assert response.status_code == 409
    assert response.json()["code"] == "case_closed"
    assert case.department.contact_email in response.json()["detail"]  # how to go on
    assert contact_page.full_url in response.json()["detail"]  # the e-service, for a new case
    assert case.messages.count() == 0


def test_the_token_is_the_same_as_the_case_links(submitted):
    case, token = submitted
    assert token == case.access_token


def test_a_reply_with_a_phone_photo_over_two_megabytes_is_accepted(client, submitted):
    from tests.factories.files import phone_photo

    _case, token = submitted

    response = client.post("/api/v1/case/messages/", {"body": "Bilden", "attachment": phone_photo()}, **bearer(token))

    assert response.status_code == 201, response.content
    assert response.json()["attachment_name"] == "IMG_2041.jpg"
