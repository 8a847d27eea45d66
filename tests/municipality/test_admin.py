"""Editors edit the municipality's settings in the admin; a refusal says why in their language."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from municipality.models import MunicipalitySettings

pytestmark = pytest.mark.django_db


def edit_url() -> str:
    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=["municipality", "municipalitysettings", site.pk])


def form_data(**overrides) -> dict:
    data = {
        "texts-TOTAL_FORMS": "1",
        "texts-INITIAL_FORMS": "0",
        "texts-MIN_NUM_FORMS": "0",
        "texts-MAX_NUM_FORMS": "1000",
        "texts-0-language": "sv",
        "texts-0-name": "Sjöviks kommun",
        "texts-0-visiting_address": "Stadshustorget 1",
        "texts-0-opening_hours": "Vardagar 8-17",
        "texts-0-ORDER": "1",
        "social_links-TOTAL_FORMS": "0",
        "social_links-INITIAL_FORMS": "0",
        "social_links-MIN_NUM_FORMS": "0",
        "social_links-MAX_NUM_FORMS": "8",
        "organisation_number": "212000-0142",
        "contact_phone": "0123-456 100",
        "email": "kontaktcenter@kommun.example",
        "primary_colour": "#0b4f8a",
        "on_primary_colour": "#ffffff",
    }
    return {**data, **overrides}


@pytest.fixture
def fresh_settings(home_page):
    """No settings yet for the site (the demo's, loaded for the session, are set aside)."""
    MunicipalitySettings.objects.all().delete()


def test_an_editor_saves_the_municipalitys_identity(admin_client, fresh_settings):
    assert admin_client.get(edit_url()).status_code == 200

    response = admin_client.post(edit_url(), form_data())

    assert response.status_code == 302
    setting = MunicipalitySettings.objects.get()
    assert setting.organisation_number == "212000-0142"
    assert setting.texts.get().name == "Sjöviks kommun"


def test_colours_without_enough_contrast_are_refused_with_a_translated_message(admin_client, fresh_settings):
    admin_client.cookies["django_language"] = "sv"
    admin_client.get(edit_url())  # the settings exist

    response = admin_client.post(edit_url(), form_data(on_primary_colour="#3f7fbf"), HTTP_ACCEPT_LANGUAGE="sv")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Textfärgen har kontrasten" in page and "4.5:1" in page
    assert MunicipalitySettings.objects.get().on_primary_colour == "#ffffff"


def test_a_second_row_for_the_same_language_is_refused(admin_client, fresh_settings):
    data = form_data(
        **{
            "texts-TOTAL_FORMS": "2",
            "texts-1-language": "sv",
            "texts-1-name": "Sjöviks kommun igen",
            "texts-1-ORDER": "2",
        }
    )

    response = admin_client.post(edit_url(), data, HTTP_ACCEPT_LANGUAGE="sv")

    assert response.status_code == 200
    assert "Korrigera duplikatdata för setting och language" in response.content.decode()
    assert not MunicipalitySettings.objects.filter(texts__isnull=False).exists()
