"""A bookable resource open every day 09-12 in 30-minute slots, on a page of its own."""

import re
import uuid
from datetime import time, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from django.utils.text import slugify

from eservice_types.booking.models import BookableResource, ClosedDay, OpeningHours
from tests.factories import AudiencePageFactory, DepartmentFactory, InformationPageFactory

BLOCK_ID = "b00c1e00-0000-4000-8000-000000000001"
PREFIX = "es-b00c1e00-"


@pytest.fixture
def resource(db):
    resource = BookableResource.objects.create(
        name="Bygglovsrådgivning",
        location="Stadshuset, Storgatan 1",
        department=DepartmentFactory(name="Bygglovsenheten"),
        slot_minutes=30,
        capacity=1,
        horizon_days=30,
        notice_hours=2,
    )
    for weekday in range(7):
        OpeningHours.objects.create(resource=resource, weekday=weekday, opens=time(9), closes=time(12))
    return resource


@pytest.fixture
def day():
    """A day far enough ahead that every slot of it can be booked."""
    return timezone.localdate() + timedelta(days=3)


@pytest.fixture
def closed_day(resource, day):
    return ClosedDay.objects.create(resource=resource, date=day + timedelta(days=1), reason="Julafton")


def block_value(resource):
    return {
        "title": "Boka bygglovsrådgivning",
        "intro": "",
        "receiving_department": None,
        "confirmation_text": "Välkommen!",
        "expected_lead_time_days": 1,
        "retention_days": 90,
        "resource": resource.pk,
    }


@pytest.fixture
def booking_page(home_page, resource):
    audience = AudiencePageFactory(parent=home_page, slug="husagare")
    page = InformationPageFactory(parent=audience, slug="boka-radgivning", title="Boka rådgivning")
    page.body = [{"type": "eservice_booking", "id": BLOCK_ID, "value": block_value(resource)}]
    page.save_revision().publish()
    return page


def slot_key(day, hour, minute=0) -> str:
    return f"{day:%Y-%m-%d}T{hour:02d}:{minute:02d}"


def booking_data(client, page, slot, **fields):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    data = {"eservice_block_id": BLOCK_ID}
    for element in soup.select(f"#es-{BLOCK_ID} form input[type=hidden]"):
        data[element["name"]] = element.get("value", "")
    data[f"{PREFIX}idempotency_key"] = uuid.uuid4().hex
    values = {"slot": slot, "name": "Anna Svensson", "message": "Uterum", **fields, "email": email_of(fields)}
    data.update({f"{PREFIX}{name}": value for name, value in values.items()})
    return data


def email_of(fields) -> str:
    """The address given, else each person's own (Anna's unless another name is given)."""
    if "email" in fields:
        return fields["email"]
    return f"{slugify(fields['name'])}@exempel.se" if "name" in fields else "anna@exempel.se"


def book(client, page, slot, **fields):
    return client.post(page.url, booking_data(client, page, slot, **fields))


CONFIRMATION_LINK = re.compile(r"https?://[^/\s]+(/\S*e/booking/\S+/confirm/\S+/)")


def confirmation_link(email="anna@exempel.se") -> str:
    """The path of the link in the latest "confirm your booking" e-mail to `email` (sent, or
    still in the outbox when the test did not run the commit callbacks)."""
    from notifications.models import Notification

    for message in reversed(mail.outbox):
        found = CONFIRMATION_LINK.search(message.body)
        if email in message.to and found:
            return found.group(1)
    queued = Notification.objects.filter(kind="booking_confirm_address", recipient=email).latest("pk")
    return CONFIRMATION_LINK.search(queued.context["secret_confirm_url"]).group(1)


def book_and_confirm(client, page, slot, **fields):
    response = book(client, page, slot, **fields)
    assert response.status_code == 302, response.status_code
    assert client.post(confirmation_link(email_of(fields))).status_code == 302
    return response
