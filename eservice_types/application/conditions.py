"""Which steps and questions a citizen sees, given the answers so far.

Visibility is worked out in the editor's order, and a condition only looks at answers to
questions that are visible themselves: an answer given before the citizen changed an earlier
answer (and so hid its question) neither shows nor hides anything.
"""

from dataclasses import dataclass, field

EQUALS, NOT_EQUALS, CONTAINS = "equals", "not_equals", "contains"
YES_WORDS = {"yes", "ja", "true", "1", "on", "نعم"}


def matches(condition, answers: dict) -> bool:
    """Whether `answers` meet the condition (no condition: always). For a multiple choice
    "equals" and "contains" both mean "is one of the chosen"; for a checkbox the value is
    "yes" or "no"; "contains" on a text looks for the words in it."""
    condition = condition or {}
    key = condition.get("key")
    if not key:
        return True
    operator = condition.get("operator") or EQUALS
    expected = str(condition.get("equals") or "").strip().casefold()
    answer = answers.get(key)
    if isinstance(answer, list):
        hit = expected in {str(item).strip().casefold() for item in answer}
    elif isinstance(answer, bool):
        hit = (expected in YES_WORDS) == answer
    else:
        given = str(answer if answer is not None else "").strip().casefold()
        hit = expected in given if operator == CONTAINS else given == expected
    return not hit if operator == NOT_EQUALS else hit


@dataclass
class VisibleStep:
    """A step the citizen sees: its position in the editor's list, its value, and its questions."""

    index: int
    step: object
    questions: list = field(default_factory=list)

    @property
    def title(self):
        return self.step["title"]


def plan(steps, answers: dict) -> list[VisibleStep]:
    """The steps and questions shown for these answers, in order."""
    effective: dict = {}
    result = []
    for index, step in enumerate(steps):
        if not matches(step["condition"], effective):
            continue
        questions = [question for question in step["fields"] if matches(question.value["condition"], effective)]
        result.append(VisibleStep(index, step, questions))
        for question in questions:
            key = question.value["key"]
            if key in answers:
                effective[key] = answers[key]
    return result


def visible_keys(steps, answers: dict) -> dict:
    """Key -> question of every visible question."""
    return {question.value["key"]: question for shown in plan(steps, answers) for question in shown.questions}
