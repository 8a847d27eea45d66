"""Question kinds as plugins: the registry holds the built-in kinds, each kind carries an answer
from the form through the draft to the review, and a kind from outside is offered and used."""

import json

import pytest
from django import forms
from django.utils import translation

from eservice_types.application.blocks import FieldsBlock
from eservice_types.application.conditions import EQUALS
from eservice_types.application.eservices import ApplicationBlock
from eservice_types.application.forms import StepForm, initial_from
from eservice_types.application.questions.base import QuestionKind
from eservice_types.application.questions.blocks import FieldBlock
from eservice_types.application.questions.registry import QuestionRegistry, kind_of
from tests.factories.files import pdf

from .conftest import block_value, choices, question, step

BUILT_IN = [
    "text",
    "long_text",
    "number",
    "date",
    "choice",
    "multiple_choice",
    "checkbox",
    "email",
    "phone",
    "identity_number",
    "file",
]

#: A typical answer of each kind as the citizen gives it, and as the review shows it in Swedish.
TYPICAL = [
    ("text", "Storgatan 1", "Storgatan 1", {}),
    ("long_text", "Garaget blir ett rum.\nMed fönster mot gatan.", "Garaget blir ett rum.\nMed fönster mot gatan.", {}),
    ("number", "24", "24", {"minimum": "1", "maximum": "1000"}),
    ("date", "2027-05-01", "1 maj 2027", {}),
    ("choice", "Nybyggnad", "Nybyggnad", {"choices": choices("Tillbyggnad", "Nybyggnad")}),
    ("multiple_choice", ["Altan", "Garage"], "Altan, Garage", {"choices": choices("Altan", "Garage", "Pool")}),
    ("checkbox", "on", "Ja", {}),
    ("email", "anna@exempel.se", "anna@exempel.se", {}),
    # Kept and shown in international form (E.164).
    ("phone", "070-123 45 67", "+46701234567", {}),
    # Masked wherever an answer is shown; the case's data keeps the full number.
    ("identity_number", "19811218-9876", "19811218-****", {}),
]


def questions_of(kind, **extra):
    steps = ApplicationBlock().to_python(block_value([step("Ett", question(kind, "answer", "Svar", **extra))]))["steps"]
    return list(steps[0]["fields"])


class PropertyDesignationFieldBlock(FieldBlock):
    class Meta:
        label = "Property designation"


class PropertyDesignationKind(QuestionKind):
    """A kind from outside the application app: a property designation such as "Sjövik Eken 4:12"."""

    id = "property_designation"
    operators = (EQUALS,)

    def get_block(self):
        return PropertyDesignationFieldBlock()

    def form_field(self, value, *, attached=()):
        return forms.RegexField(regex=r"^\w[\w ]* \d+:\d+$", **self.field_options(value))


def registry_with_outside_kind() -> QuestionRegistry:
    fresh = QuestionRegistry()
    fresh(PropertyDesignationKind)
    return fresh


def test_a_fresh_registry_holds_exactly_the_eleven_built_in_kinds():
    assert sorted(kind.id for kind in QuestionRegistry()) == sorted(BUILT_IN)


def test_editors_are_offered_the_built_in_kinds_in_the_order_of_their_menu():
    assert list(FieldsBlock(kinds=QuestionRegistry()).child_blocks) == BUILT_IN


@pytest.mark.parametrize(("kind", "typed", "shown", "extra"), TYPICAL)
def test_a_typical_answer_of_each_kind_goes_from_the_form_through_the_draft_to_the_review(kind, typed, shown, extra):
    questions = questions_of(kind, **extra)
    form = StepForm({"answer": typed}, questions=questions)
    assert form.is_valid(), form.errors

    stored = json.loads(json.dumps(form.to_draft("answer")))

    with translation.override("sv"):
        assert kind_of(questions[0]).display(stored) == shown


@pytest.mark.parametrize(("kind", "typed", "_shown", "extra"), TYPICAL)
def test_an_answer_kept_in_the_draft_fills_in_the_form_again_unchanged(kind, typed, _shown, extra):
    questions = questions_of(kind, **extra)
    first = StepForm({"answer": typed}, questions=questions)
    first.is_valid()
    stored = json.loads(json.dumps(first.to_draft("answer")))

    again = StepForm(initial_from({"answer": stored}, questions), questions=questions)

    assert again.is_valid(), again.errors
    assert again.to_draft("answer") == stored


def test_a_file_question_keeps_its_files_beside_the_draft_and_shows_their_names_on_the_review():
    questions = questions_of("file", accept="pdf", max_megabytes=1, max_files=2)
    form = StepForm({}, {"answer": [pdf("fasad.pdf"), pdf("plan.pdf")]}, questions=questions)
    assert form.is_valid(), form.errors

    held = form.cleaned_data["answer"]

    assert form.file_keys == ["answer"]
    assert kind_of(questions[0]).display(None, held) == "fasad.pdf, plan.pdf"


def test_an_outside_kind_registered_in_a_fresh_registry_is_offered_to_editors():
    fields = FieldsBlock(kinds=registry_with_outside_kind())

    assert isinstance(fields.child_blocks["property_designation"], PropertyDesignationFieldBlock)


def test_an_outside_kind_registered_in_a_fresh_registry_asks_the_citizen_with_its_own_field():
    fresh = registry_with_outside_kind()
    raw = [{"type": "property_designation", "value": question("", "fastighet", "Fastighet")["value"]}]
    questions = list(FieldsBlock(kinds=fresh).to_python(raw))

    form = StepForm({"fastighet": "Sjövik Eken 4:12"}, questions=questions, kinds=fresh)

    assert isinstance(form.fields["fastighet"], forms.RegexField)
    assert form.is_valid(), form.errors


def test_a_condition_with_a_comparison_the_kind_does_not_offer_is_refused_with_what_to_do():
    condition = {"key": "fastighet", "operator": "not_equals", "equals": "Sjövik Eken 4:12"}
    names = {"subject": 'The question "Varför?"', "key": "fastighet"}

    with translation.override("en"):
        errors = PropertyDesignationKind().condition_errors({}, condition, names)

    assert errors == [
        'The question "Varför?": the answer to "fastighet" cannot be compared with "does not equal". '
        "Choose another comparison."
    ]
