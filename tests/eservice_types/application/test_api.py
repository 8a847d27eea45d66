"""The application through the API: every step in one submission, with the steps' checks."""

import pytest

from eservice_blocks.cases.models import Case
from eservice_types.application.models import ApplicationDraft
from tests.factories.files import pdf

from .conftest import ABOUT, BLOCK_ID, PROJECT

pytestmark = pytest.mark.django_db


def url(page):
    return f"/api/v1/eservices/{page.pk}/{BLOCK_ID}/submissions/"


def test_the_schema_has_every_question_with_the_steps_and_conditions(client, application_page):
    form = client.get(f"/api/v1/eservices/{application_page.pk}/{BLOCK_ID}/").json()["form"]

    assert [step["title"] for step in form["x-steps"]] == ["Om dig", "Projektet", "Ritningar", "Grannar"]
    assert form["x-steps"][3]["condition"] == {"key": "project", "operator": "equals", "value": "Nybyggnad"}
    assert form["properties"]["change"]["x-condition"]["key"] == "project"
    assert form["properties"]["area"]["type"] == "number"
    assert form["properties"]["extras"]["items"]["enum"] == ["Altan", "Garage"]
    assert "neighbours" not in form["required"] and "change" not in form["required"]
    assert {"name", "email", "project", "area", "agree", "drawings"} <= set(form["required"])


def test_a_complete_application_becomes_a_case_with_its_files(client, application_page):
    answers = {**ABOUT, **PROJECT, "drawings": [pdf()]}

    response = client.post(url(application_page), answers)

    assert response.status_code == 201, response.json()
    case = Case.objects.get(reference=response.json()["reference"])
    assert case.contact_email == "anna@exempel.se"
    assert case.data["answers"]["project"] == "Tillbyggnad"
    assert [attachment.name for attachment in case.attachments.all()] == ["ritning.pdf"]
    assert not ApplicationDraft.objects.filter(answers__has_key="project").exists()


def test_a_question_shown_by_a_condition_is_required_and_a_hidden_one_is_ignored(client, application_page):
    answers = {**ABOUT, **PROJECT, "project": "Nybyggnad", "change": "ignoreras", "drawings": [pdf()]}

    missing = client.post(url(application_page), answers)

    assert missing.status_code == 400
    assert set(missing.json()["errors"]) == {"neighbours"}
    answers["drawings"] = [pdf()]
    sent = client.post(url(application_page), {**answers, "neighbours": "Berg och Lind"})
    assert sent.status_code == 201
    case = Case.objects.get(reference=sent.json()["reference"])
    assert "change" not in case.data["answers"]
    assert case.data["answers"]["neighbours"] == "Berg och Lind"


def test_wrong_answers_of_several_steps_are_reported_together(client, application_page):
    response = client.post(
        url(application_page),
        {**ABOUT, **PROJECT, "email": "fel", "area": "5000", "drawings": [pdf()]},
    )

    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"email", "area"}
    assert Case.objects.filter(page=application_page).count() == 0


def test_a_phone_photo_over_two_megabytes_is_accepted_as_an_attachment_through_the_api(
    client, application_page, settings
):
    from tests.factories.files import phone_photo

    from .conftest import STEPS, block_value, question, step

    # The documented limit: 10 MB a file. The steps of the fixture allow 1 MB; this one the most.
    steps = [
        *STEPS[:2],
        step("Ritningar", question("file", "drawings", "Ritningar", accept="documents", max_megabytes=10, max_files=3)),
    ]
    application_page.body = [{"type": "eservice_application", "id": BLOCK_ID, "value": block_value(steps)}]
    application_page.save_revision().publish()
    upload = phone_photo()
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE < upload.size < settings.ESERVICE_UPLOAD_MAX_BYTES

    response = client.post(url(application_page), {**ABOUT, **PROJECT, "drawings": [upload]})

    assert response.status_code == 201, response.content
    case = Case.objects.get(reference=response.json()["reference"])
    assert [attachment.name for attachment in case.attachments.all()] == ["IMG_2041.jpg"]


def test_a_key_sent_again_with_other_answers_is_refused_and_with_the_same_answers_finds_the_case(
    client, application_page
):
    key = {"HTTP_IDEMPOTENCY_KEY": "ansokan-1"}

    first = client.post(url(application_page), {**ABOUT, **PROJECT, "drawings": [pdf()]}, **key)
    other = client.post(url(application_page), {**ABOUT, **PROJECT, "area": "30", "drawings": [pdf()]}, **key)
    same = client.post(url(application_page), {**ABOUT, **PROJECT, "drawings": [pdf()]}, **key)

    assert first.status_code == 201, first.content
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    assert first.json()["access_token"] not in other.content.decode()
    assert first.json()["reference"] not in other.content.decode()
    assert same.status_code == 200 and same.json()["access_token"] == first.json()["access_token"]
    assert Case.objects.filter(page=application_page).count() == 1
