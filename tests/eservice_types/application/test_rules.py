"""The rules editors set up: conditions with their comparisons, what publishing refuses, and
how each kind of question checks its answer."""

import pytest
from django.utils import translation
from wagtail.blocks.struct_block import StructBlockValidationError

from eservice_types.application.conditions import matches, plan
from eservice_types.application.eservices import ApplicationBlock
from eservice_types.application.forms import StepForm

from .conftest import STEPS, block_value, choices, question, step


def refusal(steps) -> str:
    """The editor's error messages (in English) when publishing these steps."""
    block = ApplicationBlock()
    with translation.override("en"), pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python(block_value(steps)))
    with translation.override("en"):
        return " ".join(str(message) for message in refused.value.non_block_errors)


def condition(key, value, operator="equals"):
    return {"key": key, "operator": operator, "equals": value}


PROJECT_STEP = step(
    "Projektet",
    question("choice", "project", "Vad ska du göra?", choices=choices("Tillbyggnad", "Nybyggnad")),
    question("multiple_choice", "extras", "Ingår också", required=False, choices=choices("Altan", "Garage")),
    question("checkbox", "agree", "Jag har läst detaljplanen"),
    question("file", "drawings", "Ritningar", accept="pdf", max_megabytes=1, max_files=1),
)


def test_the_demo_like_steps_publish_without_errors():
    block = ApplicationBlock()
    assert block.clean(block.to_python(block_value(STEPS)))["steps"]


@pytest.mark.parametrize(
    ("later_condition", "expected"),
    [
        (condition("project", "Rivning"), '"Rivning" is not one of the choices of "project"'),
        (condition("project", "Nybyggnad", "contains"), '"contains" works with multiple choice and text questions'),
        (condition("project", ""), 'depends on "project": write the value to compare'),
        (condition("agree", "kanske"), 'a checkbox is compared with "yes" or "no"'),
        (condition("drawings", "x"), 'depends on "drawings", a file upload'),
        (condition("nothing", "x"), 'depends on "nothing", which is not a question of an earlier step'),
    ],
)
def test_publishing_refuses_a_condition_that_can_never_work_and_names_the_question(later_condition, expected):
    later = step("Sedan", question("text", "why", "Varför?", condition=later_condition))

    messages = refusal([PROJECT_STEP, later])

    assert expected in messages
    assert 'The question "Varför?"' in messages


def test_publishing_refuses_a_step_condition_and_names_the_step():
    later = step("Grannar", question("text", "who", "Vem?"), condition=condition("project", "Rivning"))

    assert 'Step 2 (Grannar): "Rivning" is not one of the choices' in refusal([PROJECT_STEP, later])


def test_a_condition_on_a_question_of_the_same_step_is_refused():
    same_step = step(
        "Ett",
        question("choice", "project", "Vad?", choices=choices("A", "B")),
        question("text", "why", "Varför?", condition=condition("project", "A")),
    )

    assert "not a question of an earlier step" in refusal([same_step])


def test_a_choice_question_needs_choices():
    block = ApplicationBlock()
    lonely = step("Ett", question("choice", "project", "Vad?", choices=choices("Bara ett")))

    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(block_value([lonely])))


@pytest.mark.parametrize(
    ("rule", "answers", "shown"),
    [
        (condition("project", "nybyggnad"), {"project": "Nybyggnad"}, True),
        (condition("project", "Nybyggnad"), {"project": "Tillbyggnad"}, False),
        (condition("project", "Nybyggnad", "not_equals"), {"project": "Tillbyggnad"}, True),
        (condition("project", "Nybyggnad", "not_equals"), {"project": "Nybyggnad"}, False),
        (condition("extras", "Garage", "contains"), {"extras": ["Altan", "Garage"]}, True),
        (condition("extras", "Garage", "contains"), {"extras": ["Altan"]}, False),
        (condition("extras", "Garage", "not_equals"), {"extras": ["Altan"]}, True),
        (condition("agree", "yes"), {"agree": True}, True),
        (condition("agree", "no"), {"agree": True}, False),
        (condition("note", "garage", "contains"), {"note": "Ett nytt garage"}, True),
        ({"key": "", "equals": ""}, {}, True),
    ],
)
def test_conditions_compare_answers(rule, answers, shown):
    assert matches(rule, answers) is shown


def test_an_answer_to_a_hidden_question_shows_nothing_that_depends_on_it():
    steps = ApplicationBlock().to_python(
        block_value(
            [
                step("Ett", question("choice", "project", "Vad?", choices=choices("A", "B"))),
                step("Två", question("text", "room", "Rum?", condition=condition("project", "A"))),
                step("Tre", question("text", "size", "Storlek?"), condition=condition("room", "kök")),
            ]
        )
    )["steps"]

    # "room" was answered while project was A; now project is B, so "room" is hidden and so is step 3.
    shown = plan(steps, {"project": "B", "room": "kök"})

    assert [visible.title for visible in shown] == ["Ett", "Två"]
    assert shown[1].questions == []


def _form(kind, data, **extra):
    steps = ApplicationBlock().to_python(block_value([step("Ett", question(kind, "answer", "Svar", **extra))]))["steps"]
    return StepForm(data, questions=list(steps[0]["fields"]))


@pytest.mark.parametrize(
    ("kind", "bad", "good", "cleaned", "extra"),
    [
        ("text", "x" * 501, "Storgatan 1", "Storgatan 1", {}),
        ("long_text", "x" * 5001, "Ett garage", "Ett garage", {}),
        ("number", "tolv", "12,5", None, {"minimum": "1", "maximum": "100"}),
        ("number", "101", "100", None, {"minimum": "1", "maximum": "100"}),
        ("date", "2027-13-45", "2027-05-01", None, {}),
        ("choice", "Rivning", "Nybyggnad", "Nybyggnad", {"choices": choices("Tillbyggnad", "Nybyggnad")}),
        ("email", "anna@", "anna@exempel.se", "anna@exempel.se", {}),
        ("phone", "12", "070-123 45 67", "+46701234567", {}),
        ("identity_number", "19811218-0000", "198112189876", "19811218-9876", {}),
    ],
)
def test_each_kind_of_question_refuses_a_bad_answer_and_cleans_a_good_one(kind, bad, good, cleaned, extra):
    refused = _form(kind, {"answer": bad}, **extra)
    accepted = _form(kind, {"answer": good}, **extra)

    assert not refused.is_valid() and refused.errors["answer"]
    assert accepted.is_valid(), accepted.errors
    if cleaned is not None:
        assert accepted.cleaned_data["answer"] == cleaned


def test_multiple_choice_and_checkbox_questions_check_their_answers():
    options = {"choices": choices("Altan", "Garage")}
    assert not _form("multiple_choice", {"answer": ["Pool"]}, **options).is_valid()
    assert _form("multiple_choice", {"answer": ["Altan", "Garage"]}, **options).is_valid()
    assert not _form("checkbox", {}).is_valid()  # a required checkbox must be ticked
    assert _form("checkbox", {"answer": "on"}).is_valid()


def test_an_optional_question_may_be_left_empty_and_a_required_one_may_not():
    assert _form("text", {"answer": ""}, required=False).is_valid()
    required = _form("text", {"answer": ""})
    assert not required.is_valid() and required.only_missing_answers()
