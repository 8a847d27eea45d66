"""Text questions with a format: Swedish registration numbers and postal codes tidied to one
form, and the editor's own regular expression with the editor's own message; checked on the
server, told to API clients as a JSON Schema `pattern`, and a bad expression refused on save."""

import re

import pytest
from django.utils import translation
from wagtail.blocks import StructBlockValidationError

from eservice_types.application.api import ApplicationSubmissionForm, form_schema
from eservice_types.application.eservices import ApplicationBlock
from eservice_types.application.forms import StepForm
from eservice_types.application.questions.text import TextFieldBlock

from .conftest import block_value, question, step

PLATE = {"pattern": "vehicle_registration"}
CUSTOM = {"pattern": "custom", "custom_pattern": "[0-9]{4}-[0-9]{4}", "pattern_message": "Skriv som 1234-5678."}


def value_with(**rules):
    value = block_value([step("Ett", question("text", "answer", "Svar", **rules))])
    return ApplicationBlock().to_python(value)


def text_form(typed: str, **rules):
    questions = list(value_with(**rules)["steps"][0]["fields"])
    return StepForm({"answer": typed}, questions=questions)


@pytest.mark.parametrize(
    ("typed", "kept"), [("ABC123", "ABC123"), ("abc 123", "ABC123"), ("ABC12A", "ABC12A"), (" mlb-84c ", "MLB84C")]
)
def test_a_registration_number_is_accepted_in_any_case_and_kept_upper_case_without_space(typed, kept):
    form = text_form(typed, **PLATE)
    assert form.is_valid(), form.errors
    assert form.to_draft("answer") == kept


@pytest.mark.parametrize("typed", ["AB123", "ABC1234", "ÅÄÖ123", "ABI123", "ABC12O", "123ABC"])
def test_a_malformed_registration_number_is_refused_with_a_translated_message(typed):
    with translation.override("sv"):
        form = text_form(typed, **PLATE)
        assert not form.is_valid()
        assert "registreringsnummer" in form.errors["answer"][0]
    with translation.override("en"):
        assert "registration number" in text_form(typed, **PLATE).errors["answer"][0]


@pytest.mark.parametrize(("typed", "kept"), [("12345", "123 45"), ("123 45", "123 45"), (" 981 31", "981 31")])
def test_a_postal_code_is_kept_as_three_and_two_digits(typed, kept):
    form = text_form(typed, pattern="postal_code")
    assert form.is_valid(), form.errors
    assert form.to_draft("answer") == kept


@pytest.mark.parametrize("typed", ["1234", "023 45", "12 345 6", "abcde"])
def test_a_malformed_postal_code_is_refused(typed):
    assert not text_form(typed, pattern="postal_code").is_valid()


def test_a_custom_pattern_must_match_the_whole_answer_and_shows_the_editors_message():
    assert text_form("1234-5678", **CUSTOM).is_valid()
    form = text_form("x1234-5678", **CUSTOM)
    assert not form.is_valid()
    assert form.errors["answer"] == ["Skriv som 1234-5678."]


def test_a_long_answer_to_a_catastrophic_pattern_is_refused_at_once_without_matching():
    form = text_form("a" * 5000 + "!", pattern="custom", custom_pattern="(a+)+", pattern_message="Bara a.")
    assert not form.is_valid()


def test_an_unpatterned_text_question_takes_any_text():
    assert text_form("vad som helst 123").is_valid()


def test_the_json_schema_tells_api_clients_the_pattern_and_the_message():
    with translation.override("en"):
        plate = form_schema(value_with(**PLATE))["properties"]["answer"]
        custom = form_schema(value_with(**CUSTOM))["properties"]["answer"]
    assert re.fullmatch(plate["pattern"], "ABC12A")
    assert not re.fullmatch(plate["pattern"], "ABI123")
    assert "registration number" in plate["x-pattern-message"]
    assert custom["pattern"] == "^(?:[0-9]{4}-[0-9]{4})$"
    assert custom["x-pattern-message"] == "Skriv som 1234-5678."
    assert "pattern" not in form_schema(value_with())["properties"]["answer"]


def block_errors(**rules):
    block = TextFieldBlock()
    raw = {"key": "answer", "label": "Svar", "help_text": "", "required": True, "condition": {}, **rules}
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python(raw))
    return {name: [str(message) for message in error.messages] for name, error in raised.value.block_errors.items()}


def test_an_invalid_regular_expression_is_refused_when_the_editor_saves_with_a_translated_error():
    with translation.override("sv"):
        errors = block_errors(pattern="custom", custom_pattern="[0-9", pattern_message="Fel.")
    assert "reguljärt uttryck" in errors["custom_pattern"][0]


def test_a_custom_format_needs_an_expression_and_a_message():
    errors = block_errors(pattern="custom", custom_pattern="", pattern_message="")
    assert set(errors) == {"custom_pattern", "pattern_message"}


def test_python_only_syntax_is_refused_since_api_clients_could_not_use_it():
    errors = block_errors(pattern="custom", custom_pattern="(?P<n>[0-9]+)", pattern_message="Fel.")
    assert "custom_pattern" in errors


def test_a_valid_custom_format_is_saved():
    block = TextFieldBlock()
    raw = {"key": "answer", "label": "Svar", "help_text": "", "required": True, "condition": {}, **CUSTOM}
    assert block.clean(block.to_python(raw))["custom_pattern"] == "[0-9]{4}-[0-9]{4}"


@pytest.mark.parametrize("regex", ["(a+)+", "(a*)*", r"(\w+\s?)+"])
def test_a_pattern_with_a_repetition_inside_a_repetition_is_refused_on_save(regex):
    errors = block_errors(pattern="custom", custom_pattern=regex, pattern_message="Fel.")
    assert "custom_pattern" in errors


def test_an_api_submission_gets_the_same_pattern_check_and_message():
    with translation.override("en"):
        form = ApplicationSubmissionForm(
            {"answer": "ABI123", "idempotency_key": "0" * 32}, steps=value_with(**PLATE)["steps"]
        )
        assert not form.is_valid()
        assert "registration number" in form.errors["answer"][0]
    form = ApplicationSubmissionForm(
        {"answer": "abc 123", "idempotency_key": "0" * 32}, steps=value_with(**PLATE)["steps"]
    )
    assert form.is_valid()
    assert form.cleaned_data["answers"] == {"answer": "ABC123"}
