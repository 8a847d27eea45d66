"""No double booking, ever: many citizens confirm the last free seat at the same moment on
PostgreSQL, each in their own connection and transaction; exactly one wins."""

import threading
import uuid

import pytest
from django.db import connection, connections

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.cases.models import Case
from eservice_blocks.registry import registry
from eservice_blocks.services import submit
from eservice_types.booking.models import Booking
from tests.conftest import service_missing

from .conftest import BLOCK_ID, slot_key

CITIZENS = 24


def needs_postgresql():
    if connection.vendor != "postgresql":
        service_missing("the concurrent booking test needs PostgreSQL (set DATABASE_URL)")


@pytest.mark.django_db(transaction=True)
def test_many_citizens_confirm_the_last_free_seat_at_once_and_exactly_one_gets_it(booking_page, resource, day):
    needs_postgresql()
    plugin = registry.get("booking")
    page = booking_page.specific
    value = page.body[0].value
    start = threading.Barrier(CITIZENS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def citizen(number: int):
        try:
            form = plugin.get_form_class(value)(
                {
                    "idempotency_key": uuid.uuid4().hex,
                    "slot": slot_key(day, 11, 30),
                    "name": f"Invånare {number}",
                    "email": f"invanare{number}@exempel.se",
                }
            )
            assert form.is_valid(), form.errors  # every form sees the seat as free
            start.wait(timeout=30)
            try:
                submit(plugin=plugin, form=form, block_value=value, page=page, block_id=BLOCK_ID)
                outcome = "booked"
            except SubmissionRejected:
                outcome = "refused"
            with lock:
                outcomes.append(outcome)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=citizen, args=(number,)) for number in range(CITIZENS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == ["booked"] + ["refused"] * (CITIZENS - 1)
    assert Booking.objects.active().filter(resource=resource).count() == 1
    assert Case.objects.filter(page=booking_page).count() == 1  # the refused left nothing behind
