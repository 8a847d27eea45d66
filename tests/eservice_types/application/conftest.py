"""A building-permit application of four steps; the fourth, and one question of the third,
appear only for some projects."""

import re
import uuid

import pytest

from tests.factories import AudiencePageFactory, InformationPageFactory

BLOCK_ID = "a0011ca7-0000-4000-8000-000000000001"


def question(kind, key, label, required=True, condition=None, **extra):
    value = {
        "key": key,
        "label": label,
        "help_text": "",
        "required": required,
        "condition": condition or {"key": "", "equals": ""},
    }
    value.update(extra)
    return {"type": kind, "id": str(uuid.uuid4()), "value": value}


def step(title, *questions, condition=None):
    return {
        "type": "item",
        "id": str(uuid.uuid4()),
        "value": {
            "title": title,
            "intro": "",
            "condition": condition or {"key": "", "equals": ""},
            "fields": list(questions),
        },
    }


def choices(*labels):
    return [{"type": "item", "id": str(uuid.uuid4()), "value": label} for label in labels]


STEPS = [
    step(
        "Om dig",
        question("text", "name", "Namn"),
        question("email", "email", "E-post"),
        question("identity_number", "pnr", "Personnummer", required=False),
    ),
    step(
        "Projektet",
        question(
            "choice", "project", "Vad ska du göra?", choices=choices("Tillbyggnad", "Nybyggnad", "Ändrad användning")
        ),
        question("number", "area", "Yta (kvm)", minimum="1", maximum="1000"),
        question("date", "start", "Byggstart", required=False),
        question("multiple_choice", "extras", "Ingår också", required=False, choices=choices("Altan", "Garage")),
        question("checkbox", "agree", "Jag har läst detaljplanen"),
    ),
    step(
        "Ritningar",
        question("file", "drawings", "Ritningar", accept="documents", max_megabytes=1, max_files=3),
        question(
            "long_text", "change", "Beskriv ändringen", condition={"key": "project", "equals": "Ändrad användning"}
        ),
    ),
    step(
        "Grannar",
        question("text", "neighbours", "Grannarnas namn"),
        condition={"key": "project", "equals": "Nybyggnad"},
    ),
]


def block_value(steps=None):
    return {
        "title": "Ansök om bygglov",
        "intro": "",
        "receiving_department": None,
        "confirmation_text": "Vi återkommer.",
        "expected_lead_time_days": 20,
        "retention_days": 365,
        "steps": steps or STEPS,
    }


@pytest.fixture
def application_page(home_page):
    audience = AudiencePageFactory(parent=home_page, slug="husagare")
    page = InformationPageFactory(parent=audience, slug="ansok-om-bygglov", title="Ansök om bygglov")
    page.body = [{"type": "eservice_application", "id": BLOCK_ID, "value": block_value()}]
    page.save_revision().publish()
    return page


def start(client, page) -> str:
    """Start a draft from the page; return the URL of step 1."""
    response = client.post(page.url, {"eservice_block_id": BLOCK_ID})
    assert response.status_code == 302
    return response["Location"]


def token_of(url: str) -> str:
    return re.search(r"/e/application/([^/]+)/", url).group(1)


ABOUT = {"name": "Anna Svensson", "email": "anna@exempel.se", "pnr": "19811218-9876"}
PROJECT = {"project": "Tillbyggnad", "area": "24", "start": "2027-05-01", "extras": ["Altan"], "agree": "on"}
