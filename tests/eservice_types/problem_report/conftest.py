"""A report-a-problem e-service with two categories, each with its own department."""

import re
import uuid

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from tests.factories import AudiencePageFactory, DepartmentFactory, InformationPageFactory

BLOCK_ID = "fe11a000-0000-4000-8000-000000000001"
PREFIX = "es-fe11a000-"
#: Storgatan 12, Sjövik, and a spot about 30 m north of it.
SPOT = (59.3300, 18.0700)
NEAR_SPOT = (59.33027, 18.0700)


@pytest.fixture
def departments(db):
    return {"gata": DepartmentFactory(name="Gatuenheten"), "park": DepartmentFactory(name="Parkenheten")}


@pytest.fixture
def report_page(home_page, departments):
    audience = AudiencePageFactory(parent=home_page, slug="husagare")
    page = InformationPageFactory(parent=audience, slug="felanmalan", title="Felanmälan")
    page.body = [
        {
            "type": "eservice_problem_report",
            "id": BLOCK_ID,
            "value": {
                "title": "Felanmälan",
                "intro": "",
                "receiving_department": None,
                "confirmation_text": "Tack för din anmälan.",
                "expected_lead_time_days": 5,
                "retention_days": 365,
                "duplicate_radius_m": 50,
                "show_public_list": True,
                "categories": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "key": "gatubelysning",
                            "label": "Gatubelysning",
                            "department": departments["gata"].pk,
                        },
                    },
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {"key": "lekplats", "label": "Lekplats", "department": departments["park"].pk},
                    },
                ],
            },
        }
    ]
    page.save_revision().publish()
    return page


def report_data(client, page, **fields):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    data = {"eservice_block_id": BLOCK_ID}
    for element in soup.select(f"#es-{BLOCK_ID} form input[type=hidden]"):
        data[element["name"]] = element.get("value", "")
    data[f"{PREFIX}idempotency_key"] = uuid.uuid4().hex
    values = {
        "category": "gatubelysning",
        "description": "Lampan är släckt sedan i måndags.",
        "address": "Storgatan 12",
    }
    values.update(fields)
    data.update({f"{PREFIX}{name}": value for name, value in values.items() if value is not None})
    return data


def send(client, page, **fields):
    return client.post(page.url, report_data(client, page, **fields))


FOLLOW_LINK = re.compile(r"https?://[^/\s]+(/\S*e/problem_report/follow/confirm/\S+/)")


def follow_link(email="b@exempel.se") -> str:
    """The path of the link in the latest "confirm that you follow" e-mail to `email`."""
    for message in reversed(mail.outbox):
        found = FOLLOW_LINK.search(message.body)
        if email in message.to and found:
            return found.group(1)
    raise AssertionError(f"No confirmation link was e-mailed to {email}")


def confirm_link(client, email="b@exempel.se"):
    return client.post(follow_link(email))
