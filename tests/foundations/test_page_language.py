"""`lang_attrs`: what a page shows in another language than the reader's carries `lang` and
`dir`; what is in the reader's language carries nothing."""

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Locale

from cms_pages.navigation import ListedPage
from foundations.pages import foreign_language
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


def render(item, language: str) -> str:
    with translation.override(language):
        return Template("{% load page_language %}<a{{ item|lang_attrs }}>").render(Context({"item": item}))


def test_a_swedish_page_in_an_english_list_is_marked_swedish_left_to_right(home_page):
    page = InformationPageFactory(parent=home_page, title="Hemtjänst")

    assert render(page, "en") == '<a lang="sv" dir="ltr">'
    assert render(ListedPage.of(page), "ar") == '<a lang="sv" dir="ltr">'


def test_a_page_in_the_readers_language_is_not_marked(home_page):
    page = InformationPageFactory(parent=home_page, title="Hemtjänst")

    assert render(page, "sv") == "<a>"
    assert render(ListedPage.of(page), "sv") == "<a>"


def test_arabic_shown_on_a_swedish_page_is_right_to_left():
    assert render("ar", "sv") == '<a lang="ar" dir="rtl">'


def test_an_untranslated_top_task_keeps_its_language_and_an_editors_label_takes_the_home_pages(home_page):
    swedish = InformationPageFactory(parent=home_page, title="Hemtjänst")
    english_home = home_page.copy_for_translation(Locale.objects.get(language_code="en"))
    english_home.top_tasks = [("task", {"page": swedish}), ("task", {"page": swedish, "label": "Home care"})]
    english_home.save_revision().publish()

    untranslated, labelled = english_home.localized_top_tasks()

    with translation.override("en"):
        assert (untranslated["text"], foreign_language(untranslated)) == ("Hemtjänst", "sv")
        assert (labelled["text"], foreign_language(labelled)) == ("Home care", "")
