"""Invisible control characters are dropped from every free-text answer at one place; right-to-
left text stays as typed."""

import pytest

from eservice_blocks.cases.forms import CitizenReplyForm
from eservice_types.contact.forms import ContactForm
from feedback.forms import DetailsForm
from foundations.free_text import clean_input, clean_text

SPOOFED = "Anna\u202ekcilc"
ARABIC = "أحمد\u200f عبد\u200cالله: هل يمكنني الحصول على موعد؟ (رقم ٢٣)"  # noqa: RUF001 - Arabic on purpose


def test_a_right_to_left_override_is_dropped_and_the_letters_kept():
    assert clean_text(SPOOFED) == "Annakcilc"


@pytest.mark.parametrize(
    "character", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
)
def test_every_bidi_embedding_override_and_isolate_is_dropped(character):
    assert clean_text(f"Anna{character} Svensson") == "Anna Svensson"


def test_other_invisible_control_characters_are_dropped_but_line_breaks_and_tabs_stay():
    assert clean_text("a\x00b\x07c\u200bd\ufeffe\x85f\ud800g") == "abcdefg"
    assert clean_text("rad ett\r\nrad två\tkolumn") == "rad ett\r\nrad två\tkolumn"


def test_arabic_text_with_its_marks_and_joiners_is_kept_intact():
    assert clean_text(ARABIC) == ARABIC


def test_nested_api_input_is_cleaned_and_files_and_numbers_are_left_alone():
    data = {"name": SPOOFED, "answers": [SPOOFED, 3, {"x\u202e": ARABIC}], "helpful": True}

    assert clean_input(data) == {"name": "Annakcilc", "answers": ["Annakcilc", 3, {"x": ARABIC}], "helpful": True}


def test_an_eservice_form_stores_the_name_without_the_override():
    form = ContactForm(
        {
            "idempotency_key": "a" * 32,
            "subject": "Fråga",
            "message": ARABIC,
            "name": SPOOFED,
            "email": "a@b.se",
            "answer_by": "email",
        }
    )

    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == "Annakcilc"
    assert form.cleaned_data["message"] == ARABIC


def test_a_feedback_comment_loses_the_override():
    form = DetailsForm({"comment": f"Sidan om {SPOOFED} är bra"})

    assert form.is_valid()
    assert form.cleaned_data["comment"] == "Sidan om Annakcilc är bra"


def test_a_citizens_reply_on_a_case_loses_the_override():
    form = CitizenReplyForm({"body": f"Hälsningar {SPOOFED}"})

    assert form.is_valid()
    assert form.cleaned_data["body"] == "Hälsningar Annakcilc"
