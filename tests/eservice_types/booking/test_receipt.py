"""The receipt (the page after booking and the e-mail) leads with when and where the appointment
is, and what to bring, in the citizen's language and the municipality's time zone."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone, translation
from django.utils.formats import date_format

from notifications.models import Notification
from notifications.outbox import render

from .conftest import BLOCK_ID, block_value, book, book_and_confirm, slot_key

BRING = "Id-handling och ritningar"


@pytest.fixture
def page_with_what_to_bring(booking_page, resource):
    booking_page.body = [
        {"type": "eservice_booking", "id": BLOCK_ID, "value": {**block_value(resource), "what_to_bring": BRING}}
    ]
    booking_page.save_revision().publish()
    return booking_page


@pytest.fixture
def a_tuesday():
    today = timezone.localdate()
    return today + timedelta(days=7 + (1 - today.weekday()) % 7)


def test_the_receipt_page_leads_with_the_time_the_place_and_what_to_bring(
    client, page_with_what_to_bring, a_tuesday, django_capture_on_commit_callbacks
):
    from tests.citizens.helpers import identity, sign_in_directly

    sign_in_directly(client, identity())
    response = book(client, page_with_what_to_bring, slot_key(a_tuesday, 10))
    assert "/kvitto/" in response["Location"]

    soup = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    appointment = soup.select_one(".booking-appointment")
    text = " ".join(appointment.get_text(" ").split())
    assert f"tisdag {a_tuesday.day}" in text.lower() and "10:00\u201310:30" in text
    assert "Bygglovsrådgivning, Stadshuset, Storgatan 1" in text
    assert f"Ta med {BRING}" in text
    # It comes before "What happens next".
    assert soup.find("h2").get_text() == "Din bokade tid"


def test_the_receipt_e_mail_leads_with_the_time_in_stockholm_the_place_and_what_to_bring(
    client, page_with_what_to_bring, a_tuesday, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book_and_confirm(client, page_with_what_to_bring, slot_key(a_tuesday, 10))

    [receipt] = [message for message in mail.outbox if message.subject.startswith("Din tid är bokad")]
    first_lines = receipt.body.splitlines()[:3]
    with translation.override("sv"):
        day = date_format(a_tuesday, "l j F Y")
    assert day.lower().startswith("tisdag ")
    assert first_lines[0] == f"När: {day}, 10:00\u201310:30"
    assert first_lines[1] == "Plats: Bygglovsrådgivning, Stadshuset, Storgatan 1"
    assert first_lines[2] == f"Ta med: {BRING}"


def test_the_reminder_in_english_gives_the_time_in_stockholm_time(
    client, page_with_what_to_bring, a_tuesday, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        book_and_confirm(client, page_with_what_to_bring, slot_key(a_tuesday, 10))
    reminder = Notification.objects.get(kind="booking_reminder")
    reminder.language = "en"

    with timezone.override("UTC"):  # the worker's zone does not matter: the site's is used
        _, body = render(reminder)

    assert body.startswith(f"When: Tuesday {a_tuesday.day} {a_tuesday:%B} {a_tuesday.year}, 10:00\u201310:30\n")
    assert "What to bring: Id-handling och ritningar" in body


def test_without_what_to_bring_the_receipt_says_when_and_where_only(
    client, booking_page, a_tuesday, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book_and_confirm(client, booking_page, slot_key(a_tuesday, 10))

    [receipt] = [message for message in mail.outbox if message.subject.startswith("Din tid är bokad")]
    assert receipt.body.splitlines()[1] == "Plats: Bygglovsrådgivning, Stadshuset, Storgatan 1"
    assert "Ta med" not in receipt.body
