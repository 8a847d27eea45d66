"""The legal pages in the JSON API carry what the site fills in, in the asked language."""

import pytest
from django.conf import settings

from municipality.models import AccessibilityStatementPage, CookiesPage, PersonalDataPage

pytestmark = pytest.mark.django_db


def api_of(client, page_type, language: str) -> dict:
    page = page_type.objects.live().get(locale__language_code=language)
    response = client.get(f"/api/v1/pages/{page.pk}/")
    assert response.status_code == 200
    return response.json()


def test_the_personal_data_page_gives_the_retention_of_each_eservice(client, demo):
    data = api_of(client, PersonalDataPage, "en")

    assert data["type"] == "personaldatapage"
    assert any(row["days"] == 3650 for row in data["retention"])
    assert all(row["url"].startswith("http://testserver/en/") for row in data["retention"] if row["url"])


def test_the_cookies_page_names_the_session_cookie(client, demo):
    names = [cookie["name"] for cookie in api_of(client, CookiesPage, "sv")["cookies"]]

    assert settings.SESSION_COOKIE_NAME in names


def test_the_accessibility_statement_gives_its_compliance_and_shortcomings(client, demo):
    data = api_of(client, AccessibilityStatementPage, "ar")

    assert data["compliance"]["key"] == "partially"
    assert len(data["shortcomings"]) == 2
    assert data["supervisory_authority_url"].startswith("https://www.digg.se/")
