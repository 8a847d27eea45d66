import pytest

from tests.factories import AudiencePageFactory, DepartmentFactory, InformationPageFactory

CONTACT_SETTINGS = {
    "title": "Kontakta oss",
    "intro": "Ställ din fråga här.",
    "receiving_department": None,
    "confirmation_text": "Vi svarar inom tio arbetsdagar.",
    "expected_lead_time_days": 10,
    "retention_days": 365,
    "ask_for_name": True,
    "ask_for_phone": True,
    "ask_for_identity_number": True,
}


@pytest.fixture
def contact_page(home_page):
    """An information page with a Contact e-service in its body."""
    audience = AudiencePageFactory(parent=home_page, slug="husagare")
    page = InformationPageFactory(parent=audience, slug="kontakt", title="Kontakt")
    page.body = [
        {"type": "rich_text", "value": "<p>Vi hjälper dig.</p>"},
        {"type": "eservice_contact", "value": CONTACT_SETTINGS, "id": "5b1a3c1e-0000-4000-8000-000000000001"},
    ]
    page.save_revision().publish()
    return page


@pytest.fixture
def other_department(db):
    return DepartmentFactory(name="Testförvaltningen som tar emot")
