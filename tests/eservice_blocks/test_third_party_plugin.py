"""A plugin from an app outside this project is discovered and used end to end."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from cms_pages.blocks import ContentStreamBlock
from eservice_blocks.cases.models import Case, CaseAttachment
from eservice_blocks.cases.retention import delete_personal_data
from eservice_blocks.registry import registry
from tests.example_eservice.eservices import CLOSED_TOPIC
from tests.factories import InformationPageFactory
from tests.factories.files import pdf, photo

pytestmark = pytest.mark.django_db

BLOCK_ID = "7c0ffee0-0000-4000-8000-000000000002"


@pytest.fixture
def callback_page(home_page):
    page = InformationPageFactory(parent=home_page, slug="ring-mig")
    page.body = [
        {
            "type": "eservice_callback",
            "id": BLOCK_ID,
            "value": {
                "title": "Ring mig",
                "intro": "",
                "receiving_department": None,
                "confirmation_text": "Vi ringer dig.",
                "expected_lead_time_days": 1,
                "retention_days": 90,
                "team": "Kontaktcenter",
            },
        }
    ]
    page.save_revision().publish()
    return page


def test_the_example_apps_plugin_is_discovered_and_offered_to_editors():
    assert "callback" in registry
    assert "eservice_callback" in ContentStreamBlock().child_blocks


def test_a_citizen_uses_the_third_party_eservice_and_a_handler_sees_the_case(client, admin_client, callback_page):
    page = BeautifulSoup(client.get(callback_page.url).content, "html.parser")
    form = page.select_one(f"#es-{BLOCK_ID} form")
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    prefix = "es-7c0ffee0-"
    data.update(
        {f"{prefix}phone": "08-123 456 78", f"{prefix}when": "morning", f"{prefix}topic": "Parkeringstillstånd"}
    )

    response = client.post(callback_page.url, data)

    assert response.status_code == 302
    case = Case.objects.get(page=callback_page)
    assert case.service_type == "callback"
    assert case.subject == "Parkeringstillstånd"
    assert case.data["team"] == "Kontaktcenter"
    assert case.data["phone"] == "+46812345678"
    detail = admin_client.get(reverse("eservice_blocks_case", args=[case.pk])).content.decode()
    assert "Parkeringstillstånd" in detail


def callback_data(client, page, **values):
    form = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(f"#es-{BLOCK_ID} form")
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    prefix = "es-7c0ffee0-"
    data.update({f"{prefix}phone": "08-123 456 78", f"{prefix}when": "morning", f"{prefix}topic": "Bygglov"})
    data.update({f"{prefix}{name}": value for name, value in values.items()})
    return data


def test_files_of_a_submission_are_stored_privately_and_only_its_handlers_can_download_them(
    client, admin_client, callback_page
):
    response = client.post(callback_page.url, callback_data(client, callback_page, documents=[photo(gps=True), pdf()]))

    assert response.status_code == 302
    case = Case.objects.get(page=callback_page)
    stored_photo, stored_pdf = case.attachments.all()
    assert (stored_photo.name, stored_photo.content_type, stored_photo.label) == ("foto.jpg", "image/jpeg", "Dokument")
    assert stored_pdf.content_type == "application/pdf"
    assert not stored_photo.file.name.startswith("foto")  # a random name on disk
    assert b"Kamerafabriken" not in stored_photo.file.open("rb").read()
    assert str(settings.PRIVATE_MEDIA_ROOT) in stored_photo.file.path
    assert str(settings.MEDIA_ROOT) not in stored_photo.file.path

    url = reverse("eservice_blocks_case_file", args=[case.pk, "attachment", stored_pdf.pk])
    download = admin_client.get(url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith('attachment; filename="ritning.pdf"')
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert client.get(url).status_code == 302  # anonymous: to the admin login

    outsider = User.objects.create_user("utomstaende", password="pw-not-used-123")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    assert client.get(url).status_code == 404


def test_the_citizen_sees_the_names_of_the_files_they_sent_on_the_case_page(client, callback_page):
    response = client.post(callback_page.url, callback_data(client, callback_page, documents=[pdf("intyg.pdf")]))
    receipt = client.get(response["Location"])
    case_link = BeautifulSoup(receipt.content, "html.parser").select_one("main a.button")["href"]

    page = BeautifulSoup(client.get(case_link).content, "html.parser")

    assert "intyg.pdf" in page.select_one("[aria-labelledby=attachments-heading]").get_text()


def test_a_plugin_can_refuse_a_valid_submission_and_nothing_is_stored_or_lost(client, callback_page):
    data = callback_data(client, callback_page, topic=CLOSED_TOPIC, documents=[pdf()])

    response = client.post(callback_page.url, data)

    assert response.status_code == 400
    assert not Case.objects.filter(page=callback_page).exists()
    assert not CaseAttachment.objects.filter(case__page=callback_page).exists()
    page = BeautifulSoup(response.content, "html.parser")
    assert "no longer calls back" in page.select_one("#id_es-7c0ffee0-topic_error").get_text()
    assert page.select_one("[name='es-7c0ffee0-phone']")["value"] == "08-123 456 78"


def test_the_files_are_deleted_with_the_personal_data_after_retention(client, callback_page):
    client.post(callback_page.url, callback_data(client, callback_page, documents=[pdf()]))
    case = Case.objects.get(page=callback_page)
    path = Path(case.attachments.get().file.path)
    assert path.exists()

    delete_personal_data(case)

    assert not path.exists()
    assert not case.attachments.exists()


def test_the_third_party_eservice_works_through_the_api_without_api_code(client, callback_page):
    body = client.get(f"/api/v1/pages/{callback_page.pk}/").json()["body"]
    reference = next(block["value"] for block in body if block["type"] == "eservice_callback")
    described = client.get(reference["api_url"]).json()
    assert described["eservice_type"] == "callback"
    assert described["form"]["properties"]["when"]["enum"] == ["morning", "afternoon"]
    assert described["form"]["properties"]["documents"]["maxItems"] == 3

    refused = client.post(
        described["submit_url"],
        {"phone": "070-123 45 67", "when": "morning", "topic": CLOSED_TOPIC},
        content_type="application/json",
    )
    sent = client.post(
        described["submit_url"],
        {"phone": "070-123 45 67", "when": "morning", "topic": "Bygglov", "documents": [pdf()]},
    )

    assert refused.status_code == 400
    assert refused.json()["errors"]["topic"][0]["message"] == "The team no longer calls back about this."
    assert sent.status_code == 201
    case = Case.objects.get(reference=sent.json()["reference"])
    assert case.service_type == "callback" and case.attachments.count() == 1
