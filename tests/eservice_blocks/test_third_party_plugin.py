"""A plugin from an app outside this project is discovered and used end to end."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from cms_pages.blocks import ContentStreamBlock
from eservice_blocks.cases.models import Case
from eservice_blocks.registry import registry
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db

BLOCK_ID = "7c0ffee0-0000-4000-8000-000000000002"


@pytest.fixture
def callback_page(home_page):
    page = InformationPageFactory(parent=home_page, slug="ring-mig")
    page.body = [
        {
            "type": "eservice_callback",
            "id": BLOCK_ID,
            "value": {
                "title": "Ring mig",
                "intro": "",
                "receiving_department": None,
                "confirmation_text": "Vi ringer dig.",
                "expected_lead_time_days": 1,
                "retention_days": 90,
                "team": "Kontaktcenter",
            },
        }
    ]
    page.save_revision().publish()
    return page


def test_the_example_apps_plugin_is_discovered_and_offered_to_editors():
    assert "callback" in registry
    assert "eservice_callback" in ContentStreamBlock().child_blocks


def test_a_citizen_uses_the_third_party_eservice_and_a_handler_sees_the_case(client, admin_client, callback_page):
    page = BeautifulSoup(client.get(callback_page.url).content, "html.parser")
    form = page.select_one(f"#es-{BLOCK_ID} form")
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    prefix = "es-7c0ffee0-"
    data.update(
        {f"{prefix}phone": "08-123 456 78", f"{prefix}when": "morning", f"{prefix}topic": "Parkeringstillstånd"}
    )

    response = client.post(callback_page.url, data)

    assert response.status_code == 302
    case = Case.objects.get(page=callback_page)
    assert case.service_type == "callback"
    assert case.subject == "Parkeringstillstånd"
    assert case.data["team"] == "Kontaktcenter"
    assert case.data["phone"] == "+46812345678"
    detail = admin_client.get(reverse("eservice_blocks_case", args=[case.pk])).content.decode()
    assert "Parkeringstillstånd" in detail
