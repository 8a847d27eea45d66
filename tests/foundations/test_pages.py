"""`public_page`: the page with an id or its translation, as an anonymous reader may see it, telling
"no such page" apart from "not in that language"."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from cms_pages.models import AudiencePage, InformationPage
from foundations.pages import NotTranslated, public_page
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish(home_page):
    return InformationPageFactory(parent=home_page, title="Bygglov")


def translate(page, language: str):
    copy = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    copy.save_revision().publish()
    return copy


def test_a_public_page_is_found_as_its_specific_type(swedish):
    found = public_page(swedish.pk)

    assert isinstance(found, InformationPage) and found.pk == swedish.pk


def test_a_page_of_another_type_is_not_found(swedish):
    assert public_page(swedish.pk, page_type=AudiencePage) is None


def test_a_page_behind_a_view_restriction_is_not_found(swedish):
    PageViewRestriction.objects.create(page=swedish, restriction_type=PageViewRestriction.LOGIN)

    assert public_page(swedish.pk) is None


def test_a_draft_is_not_found(home_page):
    draft = InformationPageFactory(parent=home_page, title="Utkast", live=False)

    assert public_page(draft.pk) is None


def test_the_translation_into_the_language_asked_for_is_found(swedish):
    english = translate(swedish, "en")

    assert public_page(swedish.pk, "en").pk == english.pk


def test_the_page_itself_is_found_in_its_own_language(swedish):
    assert public_page(swedish.pk, "sv").pk == swedish.pk


def test_a_page_without_a_translation_into_the_language_asked_for_is_not_translated(swedish):
    with pytest.raises(NotTranslated):
        public_page(swedish.pk, "ar")
