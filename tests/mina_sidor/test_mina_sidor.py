"""Mina sidor: a signed-in citizen's cases, drafts and appointments, and never anyone else's."""

import secrets

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from eservice_blocks.cases.models import Case
from eservice_blocks.cases.retention import delete_personal_data
from eservice_types.application.models import ApplicationDraft
from tests.citizens.helpers import identity, sign_in_directly
from tests.eservice_blocks.test_submission import form_data, open_form
from tests.eservice_types.application.conftest import ABOUT, start, token_of
from tests.eservice_types.booking.conftest import book, slot_key

pytestmark = pytest.mark.django_db

TOLVAN = identity()
SARA = identity("19820411-2380", "Sara", "Provsson")


def send_contact(client, page, **fields):
    response = client.post(page.url, form_data(open_form(client, page), email="medborgare@example.com", **fields))
    assert response.status_code == 302
    return Case.objects.filter(page=page).order_by("-pk").first()


def overview(client):
    response = client.get("/mina-sidor/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_citizens_cases_are_listed_with_their_status(client, contact_page):
    sign_in_directly(client, TOLVAN)
    case = send_contact(client, contact_page, subject="Sophämtning")
    soup = overview(client)
    items = soup.select(".case-list__item")
    assert len(items) == 1
    assert case.reference in items[0].text
    assert "Sophämtning" in items[0].text
    assert "Mottaget" in items[0].text
    assert items[0].select_one("a")["href"] == f"/mina-sidor/arenden/{case.reference}/"


def test_a_case_opens_by_its_reference_for_its_owner(client, contact_page):
    sign_in_directly(client, TOLVAN)
    case = send_contact(client, contact_page)
    response = client.get(f"/mina-sidor/arenden/{case.reference}/")
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Tillbaka till Mina sidor" in page.content.decode() or "Back to My pages" in page.content.decode()


def test_the_citizen_reads_and_answers_messages_from_mina_sidor(client, contact_page):
    from eservice_blocks.cases.models import CaseMessage, MessageDirection

    sign_in_directly(client, TOLVAN)
    case = send_contact(client, contact_page)
    CaseMessage.objects.create(case=case, direction=MessageDirection.TO_CITIZEN, body="Vilken adress gäller det?")
    assert "1" in overview(client).select_one(".case-list__facts").text
    case_url = client.get(f"/mina-sidor/arenden/{case.reference}/")["Location"]
    page = client.get(case_url).content.decode()
    assert "Vilken adress gäller det?" in page
    response = client.post(case_url, {"body": "Storgatan 1"})
    assert response.status_code == 302
    assert case.messages.filter(direction=MessageDirection.FROM_CITIZEN, body="Storgatan 1").exists()


def test_another_citizen_never_sees_the_case(client, contact_page):
    sign_in_directly(client, TOLVAN)
    case = send_contact(client, contact_page, subject="Min egen fråga")
    sara = Client()
    sign_in_directly(sara, SARA)
    # Not in her list ...
    assert "Min egen fråga" not in overview(sara).text
    assert not overview(sara).select(".case-list__item")
    # ... not by its reference ...
    assert sara.get(f"/mina-sidor/arenden/{case.reference}/").status_code == 404
    # ... not by its database id in its place ...
    assert sara.get(f"/mina-sidor/arenden/{case.pk}/").status_code == 404
    # ... and a reference that does not exist looks the same.
    assert sara.get("/mina-sidor/arenden/KP-2026-999999/").status_code == 404
    # Guessing tokens for the case page finds nothing.
    for _ in range(5):
        assert sara.get(f"/arende/{secrets.token_urlsafe(32)}/").status_code == 404


def test_a_case_sent_without_sign_in_is_not_attached_even_with_the_same_number(client, contact_page):
    anonymous = send_contact(client, contact_page, subject="Anonym fråga", personal_identity_number="19121212-1212")
    assert anonymous.data["personal_identity_number"] == "19121212-1212"
    sign_in_directly(client, TOLVAN)
    soup = overview(client)
    assert "Anonym fråga" not in soup.text
    assert client.get(f"/mina-sidor/arenden/{anonymous.reference}/").status_code == 404


def test_a_case_whose_personal_data_is_deleted_leaves_the_list(client, contact_page):
    sign_in_directly(client, TOLVAN)
    case = send_contact(client, contact_page)
    delete_personal_data(case)
    assert not overview(client).select(".case-list__item")
    assert client.get(f"/mina-sidor/arenden/{case.reference}/").status_code == 404


def test_a_signed_in_citizens_draft_is_on_mina_sidor_and_continues_where_it_was(client, application_page):
    sign_in_directly(client, TOLVAN)
    step_one = start(client, application_page)
    client.post(step_one, {**ABOUT, "action": "save"})
    draft = ApplicationDraft.objects.get(token_hash__isnull=False, identity_hash=TOLVAN.identity_hash)
    soup = overview(client)
    item = soup.select_one("#drafts .draft-list__item")
    assert "Ansök om bygglov" in item.text
    continue_url = item.select_one("a")["href"]
    assert continue_url == f"/e/application/draft/{draft.pk}/"
    response = client.get(continue_url)
    assert response.status_code == 302
    assert token_of(response["Location"]) == token_of(step_one)


def test_the_draft_is_filled_in_from_the_identification_and_locked(client, application_page):
    sign_in_directly(client, TOLVAN)
    step_one = start(client, application_page)
    soup = BeautifulSoup(client.get(step_one).content, "html.parser")
    assert soup.select_one("#id_name")["value"] == "Tolvan Tolvansson"
    assert soup.select_one("#id_name").has_attr("disabled")
    assert soup.select_one("#id_pnr")["value"] == "19121212-1212"
    client.post(step_one, {**ABOUT, "name": "Someone Else", "pnr": "19820411-2380"})
    draft = ApplicationDraft.objects.get(identity_hash=TOLVAN.identity_hash)
    assert draft.answers["name"] == "Tolvan Tolvansson"
    assert draft.answers["pnr"] == "19121212-1212"


def test_another_citizen_cannot_open_or_delete_the_draft(client, application_page):
    sign_in_directly(client, TOLVAN)
    step_one = start(client, application_page)
    draft = ApplicationDraft.objects.get(identity_hash=TOLVAN.identity_hash)
    sara = Client()
    sign_in_directly(sara, SARA)
    assert sara.get(f"/e/application/draft/{draft.pk}/").status_code == 404
    assert sara.post(f"/e/application/draft/{draft.pk}/delete/").status_code == 404
    # Even with the link itself: the draft is Tolvan's, and Sara is told so (the sign-in page
    # would send a signed-in Sara straight back, round and round).
    response = sara.get(step_one)
    assert response.status_code == 403
    assert not overview(sara).select("#drafts .draft-list__item")
    # And nobody without sign-in.
    assert Client().get(step_one)["Location"].startswith("/logga-in/")
    assert ApplicationDraft.objects.filter(pk=draft.pk).exists()


def test_an_anonymous_draft_is_not_filled_in_for_whoever_signs_in(client, application_page):
    step_one = start(client, application_page)
    sign_in_directly(client, TOLVAN)
    soup = BeautifulSoup(client.get(step_one).content, "html.parser")
    assert not soup.select_one("#id_name").has_attr("disabled")
    assert not overview(client).select("#drafts .draft-list__item")


def test_a_draft_can_be_deleted_from_mina_sidor(client, application_page):
    sign_in_directly(client, TOLVAN)
    start(client, application_page)
    draft = ApplicationDraft.objects.get(identity_hash=TOLVAN.identity_hash)
    response = client.post(f"/e/application/draft/{draft.pk}/delete/")
    assert response.status_code == 302
    assert not ApplicationDraft.objects.filter(pk=draft.pk).exists()
    assert client.get(response["Location"]).context["sections"][0]["deleted"]


def test_a_sent_application_is_a_case_on_mina_sidor(client, application_page):
    from tests.eservice_types.application.conftest import PROJECT
    from tests.eservice_types.application.test_application import pdf

    sign_in_directly(client, TOLVAN)
    step_one = start(client, application_page)
    token = token_of(step_one)
    client.post(step_one, ABOUT)
    client.post(f"/e/application/{token}/step/2/", PROJECT)
    client.post(f"/e/application/{token}/step/3/", {"drawings": [pdf()]})
    assert client.post(f"/e/application/{token}/review/").status_code == 302
    case = Case.objects.get(page=application_page)
    assert case.identity_hash == TOLVAN.identity_hash
    assert not overview(client).select("#drafts .draft-list__item")
    assert case.reference in overview(client).select_one(".case-list").text


def test_bookings_are_listed_with_change_and_cancel(client, booking_page, day):
    sign_in_directly(client, TOLVAN)
    response = book(client, booking_page, slot_key(day, 10))
    assert response.status_code == 302
    case = Case.objects.get(page=booking_page)
    assert case.contact_name == "Tolvan Tolvansson"  # the name field is the identification's
    item = overview(client).select_one("#bookings .booking-list__item")
    assert "Bygglovsrådgivning" in item.text
    links = [a["href"] for a in item.select("a")]
    token = case.access_token
    assert f"/e/booking/{token}/change/" in links
    assert f"/e/booking/{token}/cancel/" in links
    # Cancelling from there frees the seat and the list is empty.
    client.post(f"/e/booking/{token}/cancel/")
    assert not overview(client).select("#bookings .booking-list__item")


@pytest.mark.parametrize(
    ("path", "heading"), [("/mina-sidor/", "Mina sidor"), ("/en/my-pages/", "My pages"), ("/ar/my-pages/", "صفحاتي")]
)
def test_mina_sidor_speaks_every_language(client, demo, path, heading):
    sign_in_directly(client, TOLVAN)
    response = client.get(path)
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").h1.text == heading


def test_mina_sidor_shows_what_was_sent_with_each_case(client, contact_page):
    sign_in_directly(client, TOLVAN)
    send_contact(client, contact_page, subject="Sophämtning", message="Kärlet töms inte.\nAdress: Storgatan 1")

    answers = overview(client).select_one(".case-list__item details.case-list__answers")

    assert answers.summary.get_text() == "Dina svar"
    labels, values = answers.select("dt"), answers.select("dd")
    shown = {dt.get_text(): dd.get_text() for dt, dd in zip(labels, values, strict=True)}
    assert shown["Ditt meddelande"] == "Kärlet töms inte.\nAdress: Storgatan 1"
    assert shown["Hur vill du få svar?"] == "E-post"
    assert shown["Personnummer"].endswith("-****")


def test_an_application_on_mina_sidor_shows_each_answer_and_its_files_by_name(client, application_page):
    from tests.eservice_types.application.conftest import PROJECT
    from tests.eservice_types.application.test_application import pdf

    sign_in_directly(client, TOLVAN)
    step_one = start(client, application_page)
    token = token_of(step_one)
    client.post(step_one, ABOUT)
    client.post(f"/e/application/{token}/step/2/", PROJECT)
    client.post(f"/e/application/{token}/step/3/", {"drawings": [pdf()]})
    client.post(f"/e/application/{token}/review/")
    case = Case.objects.get(page=application_page)

    shown = overview(client).select_one(".case-list__item details.case-list__answers").get_text()
    for label, value in case.answers:
        assert label in shown and value in shown
    assert len(case.answers) > 1
