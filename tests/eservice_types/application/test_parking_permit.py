"""The demo's parking permit for people with reduced mobility, built with the application
builder only: a signed-in citizen applies for someone else, the registration number must have
the Swedish format, a program named .pdf is refused, and the handler gets the answers as typed
(the identity numbers masked where shown)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from cms_pages.models import InformationPage
from eservice_blocks.blocks import find_eservice_block
from eservice_blocks.cases.models import Case
from tests.citizens.helpers import identity, sign_in_directly
from tests.factories.files import pdf

from .conftest import token_of

pytestmark = pytest.mark.django_db

APPLICANT = identity("19820411-2380", "Sara", "Provsson")
HOLDER = "19121212-1212"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def program_named_like_a_pdf():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("intyg.pdf", b"MZ\x90\x00\x03\x00\x00\x00 a Windows program", "application/pdf")


@pytest.fixture
def permit_page(demo):
    return InformationPage.objects.live().get(slug="ansok-om-parkeringstillstand", locale__language_code="sv")


@pytest.fixture
def first_step(client, permit_page):
    sign_in_directly(client, APPLICANT)
    child = next(child for child in permit_page.body if child.block_type == "eservice_application")
    response = client.post(permit_page.url, {"eservice_block_id": child.id})
    assert response.status_code == 302
    return response["Location"]


def step_url(first_step, number):
    return reverse("eservice_blocks:application:step", args=[token_of(first_step), number])


def test_the_permit_is_an_application_on_the_page_for_older_people_and_carers(permit_page):
    assert permit_page.get_parent().slug == "aldre-och-anhoriga"
    child = next(child for child in permit_page.body if child.block_type == "eservice_application")
    assert find_eservice_block(permit_page, child.id).value["requires_identification"]


def test_the_applicants_own_number_is_locked_and_the_permit_holders_is_typed(client, first_step):
    own = soup(client.get(first_step)).select_one("[name=pnr]")
    holder = soup(client.get(step_url(first_step, 2))).select_one("[name=holder_pnr]")

    assert own.has_attr("disabled") and own["value"] == APPLICANT.personal_identity_number
    assert not holder.has_attr("disabled") and not holder.get("value")


@pytest.mark.parametrize("typed", ["AB1234", "ABC 1234", "ÅÄÖ123", "123ABC"])
def test_a_registration_number_of_another_format_is_refused_with_what_to_write(client, first_step, typed):
    response = client.post(
        step_url(first_step, 2), {"holder_pnr": HOLDER, "holder_drives": "Ja", "registration_number": typed}
    )

    assert response.status_code == 400
    assert "tre bokstäver och tre siffror" in soup(response).get_text()


def test_a_wrong_permit_holders_number_is_refused(client, first_step):
    response = client.post(
        step_url(first_step, 2), {"holder_pnr": "19121212-1213", "holder_drives": "Ja", "registration_number": "ABC123"}
    )

    assert response.status_code == 400
    assert "giltigt personnummer" in soup(response).get_text()


def test_a_program_named_pdf_is_refused_as_the_certificate(client, first_step):
    response = client.post(step_url(first_step, 3), {"certificate": [program_named_like_a_pdf()]})

    assert response.status_code == 400
    assert not Case.objects.filter(subject__icontains="parkeringstillstånd").exists()


def test_the_handler_gets_the_case_with_the_answers_as_typed(client, first_step, permit_page):
    client.post(first_step, {"name": "ignored", "email": "sara@exempel.se"})
    client.post(
        step_url(first_step, 2),
        {"holder_pnr": "191212121212", "holder_drives": "Nej, hen åker med", "registration_number": "abc 12a"},
    )
    client.post(step_url(first_step, 3), {"certificate": [pdf("intyg.pdf")], "note": "Hon går högst 50 meter."})
    sent = client.post(reverse("eservice_blocks:application:review", args=[token_of(first_step)]))
    assert sent.status_code == 302

    case = Case.objects.get(page=permit_page)
    answers = case.data["answers"]
    assert answers["holder_pnr"] == HOLDER
    assert answers["registration_number"] == "ABC12A"
    assert answers["holder_drives"] == "Nej, hen åker med"
    assert answers["note"] == "Hon går högst 50 meter."
    assert answers["pnr"] == APPLICANT.personal_identity_number  # from the e-identification
    assert case.identity_number == APPLICANT.personal_identity_number
    assert case.department.name == "Samhällsbyggnadsförvaltningen"
    assert [attachment.name for attachment in case.attachments.all()] == ["intyg.pdf"]
    shown = dict(case.answers)
    assert shown["Bilens registreringsnummer"] == "ABC12A"
    assert HOLDER not in str(case.answers) and "19121212-****" in shown["Personnummer för den som tillståndet gäller"]

    handler = User.objects.create_user("handlaggare-parkering", password="pw-not-used-123")
    group = case.department.staff_groups.first()
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    handler.groups.add(group)
    client.force_login(handler)
    page = soup(client.get(reverse("eservice_blocks_case", args=[case.pk]))).get_text()
    assert "ABC12A" in page and "Hon går högst 50 meter." in page
    assert HOLDER not in page
