"""Opening hours become slots; closed days, notice, horizon and full slots are respected."""

from datetime import datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from eservice_types.booking.models import Booking
from eservice_types.booking.slots import check_slot, days_from, slots_on

from .conftest import slot_key

pytestmark = pytest.mark.django_db


def at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute)).replace(tzinfo=timezone.get_current_timezone())


def test_opening_hours_are_cut_into_slots_of_the_resources_length(resource, day):
    slots = slots_on(resource, day)

    assert [timezone.localtime(slot.starts_at).strftime("%H:%M") for slot in slots] == [
        "09:00", "09:30", "10:00", "10:30", "11:00", "11:30"
    ]  # fmt: skip
    assert all(slot.free == 1 for slot in slots)


def test_a_closed_day_and_a_day_beyond_the_horizon_have_no_slots(resource, day, closed_day):
    assert slots_on(resource, closed_day.date) == []
    assert slots_on(resource, timezone.localdate() + timedelta(days=31)) == []
    marked = {item.date: item for item in days_from(resource, day, 3)}
    assert marked[closed_day.date].closed_reason == "Julafton"
    assert not marked[closed_day.date].bookable


def test_times_sooner_than_the_notice_cannot_be_booked(resource, day):
    now = at(day, 9, 40)  # two hours' notice: 11:40 is the earliest

    assert [timezone.localtime(s.starts_at).strftime("%H:%M") for s in slots_on(resource, day, now)] == []
    with pytest.raises(ValidationError) as too_soon:
        check_slot(resource, slot_key(day, 11, 0), now)
    assert too_soon.value.code == "past"
    assert len(slots_on(resource, day, at(day, 8, 10))) == 3  # 10:30 onwards


def test_a_full_slot_shows_no_free_seats_and_the_day_counts_it(resource, day):
    Booking.objects.create(resource=resource, starts_at=at(day, 9), ends_at=at(day, 9, 30), seat=1)

    assert slots_on(resource, day)[0].free == 0
    assert {d.date: d.free_slots for d in days_from(resource, day, 1)}[day] == 5
    with pytest.raises(ValidationError) as full:
        check_slot(resource, slot_key(day, 9), None)
    assert full.value.code == "full"


@pytest.mark.parametrize(
    ("value", "code"),
    [("nonsense", "required"), ("{day}T10:15", "closed"), ("{day}T12:00", "closed"), ("{far}T10:00", "too_far")],
)
def test_a_posted_time_must_be_one_of_the_real_slots(resource, day, value, code):
    far = timezone.localdate() + timedelta(days=40)

    with pytest.raises(ValidationError) as refused:
        check_slot(resource, value.format(day=f"{day:%Y-%m-%d}", far=f"{far:%Y-%m-%d}"))

    assert refused.value.code == code
