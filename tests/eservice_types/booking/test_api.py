"""Booking through the API: the free times to show, and a booked time that cannot be taken twice."""

import pytest

from eservice_blocks.cases.models import Case

from .conftest import BLOCK_ID, slot_key

pytestmark = pytest.mark.django_db


def book(client, page, slot, email="anna@exempel.se"):
    return client.post(
        f"/api/v1/eservices/{page.pk}/{BLOCK_ID}/submissions/",
        {"slot": slot, "name": "Anna Svensson", "email": email},
        content_type="application/json",
    )


def test_the_eservice_lists_the_free_times(client, booking_page, day, closed_day):
    details = client.get(f"/api/v1/eservices/{booking_page.pk}/{BLOCK_ID}/").json()["details"]

    assert details["slot_minutes"] == 30
    days = {entry["date"]: entry for entry in details["days"]}
    assert [slot["slot"] for slot in days[day.isoformat()]["slots"]] == [
        slot_key(day, 9),
        slot_key(day, 9, 30),
        slot_key(day, 10),
        slot_key(day, 10, 30),
        slot_key(day, 11),
        slot_key(day, 11, 30),
    ]
    assert days[closed_day.date.isoformat()] == {
        "date": closed_day.date.isoformat(),
        "closed_reason": "Julafton",
        "slots": [],
    }


def test_a_time_is_booked_once_and_then_refused_with_the_web_message(client, booking_page, day):
    first = book(client, booking_page, slot_key(day, 9))
    second = book(client, booking_page, slot_key(day, 9), email="bo@exempel.se")

    assert first.status_code == 201
    assert Case.objects.get(reference=first.json()["reference"]).bookings.count() == 1
    assert second.status_code == 400
    assert second.json()["errors"]["slot"][0]["message"] == "Den tiden är fullbokad. Välj en annan tid."
    free = client.get(f"/api/v1/eservices/{booking_page.pk}/{BLOCK_ID}/").json()["details"]["days"]
    taken = [slot["slot"] for entry in free for slot in entry["slots"]]
    assert slot_key(day, 9) not in taken
