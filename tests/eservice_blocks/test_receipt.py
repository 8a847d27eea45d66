"""The receipt says each thing once: one promise of time (the e-service's lead time), no
default text repeating it in other words, the right way to find the case again, and a case
title that does not say the e-service twice."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from eservice_blocks.cases.models import Case
from tests.citizens.helpers import identity, sign_in_directly
from tests.eservice_blocks.conftest import CONTACT_SETTINGS
from tests.eservice_blocks.test_submission import form_data, open_form

pytestmark = pytest.mark.django_db


def publish_contact(page, **settings):
    page.body = [
        {
            "type": "eservice_contact",
            "value": {**CONTACT_SETTINGS, **settings},
            "id": "5b1a3c1e-0000-4000-8000-000000000001",
        }
    ]
    page.save_revision().publish()


def send(client, page, **fields):
    response = client.post(page.url, form_data(open_form(client, page), email="anna@example.com", **fields))
    assert response.status_code == 302
    return BeautifulSoup(client.get(response["Location"]).content, "html.parser")


def test_the_receipt_promises_one_time_only_the_lead_time(client, contact_page, django_capture_on_commit_callbacks):
    publish_contact(contact_page, confirmation_text="En handläggare läser din fråga.", expected_lead_time_days=50)

    with django_capture_on_commit_callbacks(execute=True):
        receipt = send(client, contact_page)

    text = receipt.select_one("main").get_text(" ")
    assert text.count(" inom ") == 1 and "inom 50 arbetsdagar" in text
    assert "En handläggare läser din fråga." in text
    [email] = mail.outbox
    assert email.body.count(" inom ") == 1 and "Vi svarar oftast inom 50 arbetsdagar." in email.body


def test_the_old_default_text_does_not_repeat_the_receipt_in_other_words(client, contact_page):
    publish_contact(contact_page, confirmation_text="Vi har tagit emot ditt ärende och svarar så snart vi kan.")

    text = send(client, contact_page).select_one("main").get_text(" ")

    assert "så snart vi kan" not in text
    assert "inom 10 arbetsdagar" in text


def test_the_default_of_a_new_block_promises_nothing_of_its_own(contact_page):
    from eservice_types.contact.eservices import ContactBlock

    assert ContactBlock().get_default()["confirmation_text"] == ""


def test_without_sign_in_the_link_is_the_only_way_to_the_case(client, contact_page):
    follow = send(client, contact_page).select_one(".receipt__follow").get_text()

    assert "det enda sättet" in follow


def test_a_signed_in_citizen_is_told_the_case_is_on_mina_sidor(client, contact_page):
    sign_in_directly(client, identity())

    follow = send(client, contact_page).select_one(".receipt__follow").get_text()

    assert "det enda sättet" not in follow and "Mina sidor" in follow


@pytest.mark.parametrize(
    ("service", "subject", "title"),
    [
        ("Ansökan om bygglov", "Ansökan om bygglov", "Ansökan om bygglov"),
        ("Ansökan om bygglov", "ansökan om bygglov för Storgatan 1", "ansökan om bygglov för Storgatan 1"),
        ("Kontakta oss", "Sophämtning", "Kontakta oss: Sophämtning"),
        ("Kontakta oss", "", "Kontakta oss"),
    ],
)
def test_a_case_title_says_the_e_service_once(service, subject, title):
    assert Case(service_title=service, subject=subject).title == title


def test_the_case_page_of_an_application_is_not_titled_twice(client, contact_page):
    send(client, contact_page, subject="Kontakt")
    case = Case.objects.get(page=contact_page)  # the demo may hold cases of its own
    case.service_title = case.subject = "Ansökan om bygglov"
    case.save()

    page = BeautifulSoup(client.get(f"/arende/{case.access_token}/").content, "html.parser")

    assert page.h1.get_text() == "Ansökan om bygglov"
