"""The parking permit e-service, tested from this package's folder against an installed
Kommunportal with its pytest plugin (`kommunportal.testing`)."""

import pytest
from django.urls import reverse
from django.utils import translation

from eservice_blocks.cases.models import Case
from eservice_blocks.registry import registry
from kommunportal.testing import form_data, pdf_upload, program_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def permit_page(eservice_page):
    return eservice_page("parkeringstillstand", title="Parkeringstillstånd", requires_identification=True)


def answers(**changes):
    return {"registration_number": "abc 12a", "drives_self": "yes", "certificate": pdf_upload(), **changes}


def test_the_package_registers_its_eservice():
    assert registry.get("parkeringstillstand").identity_fields == {"personal_identity_number": "applicant"}


def test_the_applicants_number_comes_from_the_e_identification_and_cannot_be_changed(citizen_client, permit_page):
    data = form_data(citizen_client, permit_page, **answers(applicant="20100101-0006"))

    response = citizen_client.post(permit_page.url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    case = Case.objects.get(page=permit_page)
    assert case.identity_number.startswith("19121212")
    assert case.subject == "Parkeringstillstånd för ABC12A"
    assert case.data["registration_number"] == "ABC12A"
    assert case.attachments.get().content_type == "application/pdf"


def test_a_handler_of_the_receiving_department_sees_the_case(citizen_client, handler_client, permit_page):
    citizen_client.post(permit_page.url, form_data(citizen_client, permit_page, **answers()))
    case = Case.objects.get(page=permit_page)

    detail = handler_client.get(reverse("eservice_blocks_case", args=[case.pk]))

    assert detail.status_code == 200
    assert "ABC12A" in detail.content.decode()


def test_the_citizen_gets_a_receipt(citizen_client, permit_page, outbox):
    data = form_data(citizen_client, permit_page, **answers(email="anna@example.com"))

    with outbox.sending():
        citizen_client.post(permit_page.url, data)

    (receipt,) = outbox.notifications
    assert receipt.recipient == "anna@example.com"
    assert outbox.emails[0].to == ["anna@example.com"]


@pytest.mark.parametrize("number", ["ABC123", "abc-12a", "XYZ 987"])
def test_swedish_registration_numbers_are_accepted(number):
    form = registry.get("parkeringstillstand").get_form_class({})(
        {"idempotency_key": "0" * 32, "applicant": "19121212-1212", "registration_number": number, "drives_self": "no"},
        {"certificate": pdf_upload()},
    )

    assert form.is_valid(), form.errors


@pytest.mark.parametrize("number", ["AB1234", "ABC1234", "ABCD12", "IQV123", "ABC12O"])
def test_other_registration_numbers_are_refused_with_what_to_write(number):
    form = registry.get("parkeringstillstand").get_form_class({})({"registration_number": number})

    assert not form.is_valid()
    assert "ABC123" in form.errors["registration_number"][0]


def test_a_program_named_like_a_pdf_is_refused(citizen_client, permit_page):
    data = form_data(citizen_client, permit_page, **answers(certificate=program_upload("intyg.pdf")))

    response = citizen_client.post(permit_page.url, data)

    assert response.status_code == 400
    assert not Case.objects.filter(page=permit_page).exists()


def test_the_package_brings_its_own_translations():
    with translation.override("sv"):
        assert str(registry.get("parkeringstillstand").label) == "Parkeringstillstånd för rörelsehindrade"
    with translation.override("ar"):
        assert str(registry.get("parkeringstillstand").label) == "تصريح وقوف السيارات لذوي الإعاقة الحركية"
