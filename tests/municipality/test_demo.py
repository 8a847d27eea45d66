"""The demo municipality has its identity and one page of each legal type in every language."""

import pytest
from wagtail.models import Site
from wagtail_localize.models import TranslationSource

from municipality.models import AccessibilityStatementPage, CookiesPage, MunicipalitySettings, PersonalDataPage
from municipality.validation import validate_organisation_number

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(demo):
    return MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))


def test_the_demo_settings_name_the_municipality_in_every_language(setting):
    names = {text.language: text.name for text in setting.texts.all()}

    assert names == {"sv": "Sjöviks kommun", "en": "Sjövik Municipality", "ar": "بلدية شوفيك"}
    validate_organisation_number(setting.organisation_number)
    assert setting.organisation_number.startswith("212000-")
    assert setting.social_links.count() == 3


def test_the_demo_takes_its_opening_hours_from_the_citizen_office(setting):
    assert setting.opening_hours_place.slug == "medborgarkontoret"


def test_the_demo_logo_is_a_coat_of_arms_drawn_as_plain_svg(setting):
    setting.full_clean()  # the logo passes the same check as an editor's upload

    with setting.logo.open("rb") as logo:
        content = logo.read()
    assert setting.logo.name.endswith(".svg")
    assert b"<path" in content and b"<script" not in content
    assert setting.icon is not None and setting.icon.file.name.endswith(".png")


@pytest.mark.parametrize("page_type", [AccessibilityStatementPage, PersonalDataPage, CookiesPage])
def test_the_demo_has_one_live_page_of_each_legal_type_per_language_translated_with_wagtail_localize(demo, page_type):
    pages = page_type.objects.live()

    assert sorted(pages.values_list("locale__language_code", flat=True)) == ["ar", "en", "sv"]
    swedish = pages.get(locale__language_code="sv")
    assert TranslationSource.objects.filter(object_id=swedish.translation_key).exists()
    assert len({page.title for page in pages}) == 3


def test_the_footers_opening_hours_are_read_in_one_query_not_one_per_weekday(setting):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from foundations.tree_cache import invalidate
    from municipality.identity import SETTINGS, identity

    invalidate(SETTINGS)  # as after an editor changes the settings or the place
    with CaptureQueriesContext(connection) as captured:
        footer = identity(Site.objects.get(is_default_site=True), "sv")

    reads = [query["sql"] for query in captured.captured_queries if "places_openinghours" in query["sql"]]
    assert len(reads) == 1
    assert footer["hours_place"]["title"] == setting.opening_hours_place.title
    assert len(footer["hours_rows"]) >= 2  # weekdays joined, the weekend apart
