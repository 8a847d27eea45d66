"""E-services and signed-in citizens: sign-in first where the editor requires it, the name and
number filled in from the e-identification and locked, and the case tied to the person."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from eservice_blocks.cases.models import Case
from eservice_blocks.cases.retention import delete_personal_data
from tests.citizens.helpers import identity, sign_in_directly
from tests.eservice_blocks.conftest import CONTACT_SETTINGS
from tests.eservice_blocks.test_submission import BLOCK_ID, PREFIX, form_data, open_form
from tests.factories import AudiencePageFactory, InformationPageFactory

pytestmark = pytest.mark.django_db

TOLVAN = identity()


@pytest.fixture
def identified_contact_page(home_page):
    audience = AudiencePageFactory(parent=home_page, slug="foretagare")
    page = InformationPageFactory(parent=audience, slug="kontakt-inloggad", title="Kontakt med inloggning")
    page.body = [
        {
            "type": "eservice_contact",
            "value": {**CONTACT_SETTINGS, "requires_identification": True},
            "id": BLOCK_ID,
        }
    ]
    page.save_revision().publish()
    return page


def test_without_sign_in_the_page_offers_sign_in_instead_of_the_form(client, identified_contact_page):
    soup = open_form(client, identified_contact_page)
    section = soup.select_one(f"#es-{BLOCK_ID}")
    assert section.select_one("form") is None
    link = section.select_one("a.button")
    assert link["href"].startswith("/logga-in/?next=")
    assert "kontakt-inloggad" in link["href"] and f"%23es-{BLOCK_ID}" in link["href"]


def test_a_submission_without_sign_in_is_refused_and_nothing_is_stored(client, identified_contact_page, contact_page):
    # The form of an ordinary page, posted to the page that requires sign-in.
    data = form_data(open_form(client, contact_page), email="anna@example.com")
    response = client.post(identified_contact_page.url, data)
    assert response.status_code == 302
    assert response["Location"].startswith("/logga-in/?next=")
    assert not Case.objects.filter(page=identified_contact_page).exists()


def test_signed_in_the_name_and_number_are_filled_in_and_locked(client, identified_contact_page):
    sign_in_directly(client, TOLVAN)
    soup = open_form(client, identified_contact_page)
    name = soup.select_one(f"#id_{PREFIX}name")
    number = soup.select_one(f"#id_{PREFIX}personal_identity_number")
    assert name["value"] == "Tolvan Tolvansson" and name.has_attr("disabled")
    assert number["value"] == "19121212-1212" and number.has_attr("disabled")
    assert "Tolvan Tolvansson" in soup.select_one(".eservice__identified").text


def test_the_case_is_tied_to_the_person_whatever_the_browser_sends(client, identified_contact_page):
    sign_in_directly(client, TOLVAN)
    data = form_data(
        open_form(client, identified_contact_page),
        email="tolvan@example.com",
        name="Someone Else",
        personal_identity_number="19820411-2380",
    )
    response = client.post(identified_contact_page.url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    case = Case.objects.get(page=identified_contact_page)
    assert case.identity_hash == TOLVAN.identity_hash
    assert case.identity_number == "19121212-1212"
    assert case.identity_provider == "oidc"
    assert case.assurance_level == TOLVAN.assurance
    assert case.contact_name == "Tolvan Tolvansson"
    assert case.data["personal_identity_number"] == "19121212-1212"
    assert case.data["name"] == "Tolvan Tolvansson"


def test_an_ordinary_e_service_ties_the_case_but_keeps_no_verified_number(client, contact_page):
    sign_in_directly(client, TOLVAN)
    data = form_data(open_form(client, contact_page), email="tolvan@example.com")
    assert client.post(contact_page.url, data).status_code == 302
    case = Case.objects.get(page=contact_page)
    assert case.identity_hash == TOLVAN.identity_hash
    assert case.identity_number == ""
    assert case.is_identified


def test_an_anonymous_case_is_not_identified(client, contact_page):
    data = form_data(
        open_form(client, contact_page), email="anna@example.com", personal_identity_number="19121212-1212"
    )
    assert client.post(contact_page.url, data).status_code == 302
    case = Case.objects.get(page=contact_page)
    assert (case.identity_hash, case.identity_provider, case.identity_number) == ("", "", "")


def test_deleting_personal_data_removes_the_tie_and_the_number(client, identified_contact_page):
    sign_in_directly(client, TOLVAN)
    client.post(identified_contact_page.url, form_data(open_form(client, identified_contact_page), email="t@e.se"))
    case = Case.objects.get(page=identified_contact_page)
    delete_personal_data(case)
    case.refresh_from_db()
    assert (case.identity_hash, case.identity_number) == ("", "")
    # Anonymous facts stay for the KPIs: that it was an identified case, and how.
    assert case.identity_provider == "oidc"


def test_the_api_describes_the_requirement_and_refuses_submissions(client, identified_contact_page):
    url = f"/api/v1/eservices/{identified_contact_page.pk}/{BLOCK_ID}/"
    assert client.get(url).json()["requires_identification"] is True
    response = client.post(
        url + "submissions/",
        data=json.dumps({"subject": "Hej", "message": "Fråga", "email": "a@example.com", "answer_by": "email"}),
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="0123456789abcdef0123456789abcdef",
    )
    assert response.status_code == 403
    assert response.json()["code"] == "identification_required"
    assert not Case.objects.filter(page=identified_contact_page).exists()


def test_the_handler_sees_how_the_citizen_was_identified(client, identified_contact_page, contact_page):
    sign_in_directly(client, TOLVAN)
    client.post(identified_contact_page.url, form_data(open_form(client, identified_contact_page), email="t@e.se"))
    client.cookies.clear()
    client.post(contact_page.url, form_data(open_form(client, contact_page), email="anna@example.com"))
    identified = Case.objects.get(page=identified_contact_page)
    anonymous = Case.objects.get(page=contact_page)

    admin = get_user_model().objects.create_superuser("handler", "h@example.com", "a-long-password-1")
    client.force_login(admin)
    html = client.get(f"/admin/cases/{identified.pk}/").content.decode()
    text = BeautifulSoup(html, "html.parser").select_one(".case-identification").get_text(" ", strip=True)
    assert "BankID" in text or "E-identification" in text or "E-legitimation" in text
    assert "LoA 3" in text
    assert "19121212-1212" in text
    html = client.get(f"/admin/cases/{anonymous.pk}/").content.decode()
    text = BeautifulSoup(html, "html.parser").select_one(".case-identification").get_text(" ", strip=True)
    assert "sign-in" in text or "inloggning" in text
