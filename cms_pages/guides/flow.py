"""Walking a guide: the citizen's answers live in a signed URL parameter, not in a session, so the
guide works without JavaScript and cookies and any step or result can be bookmarked."""

from dataclasses import dataclass
from decimal import Decimal

from django.core import signing
from django.utils.translation import gettext as _

from foundations import numbers

from .graph import Answer, Graph, Question

_SALT = "kommunportal.guide"
#: Digits a number answer may have before the decimal point: more than any guide asks about, few
#: enough that every comparison and stored value stays small.
MAX_WHOLE_DIGITS = 12
#: Digits of a choice (the answer's position in the list).
_MAX_CHOICE_DIGITS = 4


def encode(guide_id: int, answers: list[str]) -> str:
    return signing.dumps(answers, salt=f"{_SALT}:{guide_id}", compress=True)


def decode(guide_id: int, state: str) -> list[str] | None:
    """The answers in a state parameter, or None when it was not made by us for this guide."""
    try:
        answers = signing.loads(state, salt=f"{_SALT}:{guide_id}")
    except signing.BadSignature:
        return None
    if not isinstance(answers, list) or not all(isinstance(answer, str) for answer in answers):
        return None
    return answers


@dataclass(frozen=True)
class Step:
    question: Question
    value: str
    answer: Answer

    @property
    def shown_answer(self) -> str:
        """The answer as the citizen reads it: a number in the active language's way of writing
        numbers ("12,5" in Swedish), a choice by its label."""
        return numbers.display(self.value) if self.question.kind == "number" else self.answer.label


class InvalidAnswer(ValueError):
    pass


def choose(question: Question, raw: str, *, typed: bool = True) -> tuple[str, Answer]:
    """The stored value and the matching answer for what the citizen sent, or InvalidAnswer.

    A number is stored as its exact digits in plain form ("40", "12.5"): `typed` reads `raw`
    as the citizen wrote it in the active language; otherwise a stored value (from the link or
    an API client's earlier answers) is read as stored first."""
    raw = (raw or "").strip()
    if question.kind == "number":
        number = parse_number(raw, typed=typed)
        for answer in question.answers:
            if answer.accepts(number):
                return numbers.plain(number), answer
        raise InvalidAnswer(_("This guide has no answer for that number. Check it and try again."))
    # isdecimal, not isdigit: "²" is a digit that int() does not read.
    if raw.isdecimal() and len(raw) <= _MAX_CHOICE_DIGITS and int(raw) < len(question.answers):
        return raw, question.answers[int(raw)]
    raise InvalidAnswer(_("Choose one of the answers."))


def parse_number(raw: str, *, typed: bool = True) -> Decimal:
    """The number the citizen wrote, read by `foundations.numbers` (a comma or a point before
    the decimals, spaces between thousands, Arabic-Indic digits), or InvalidAnswer. "NaN",
    "inf" and exponents ("1e999") are not numbers a citizen types, and are refused."""
    number = None if typed else numbers.kept(raw)
    if number is None:
        try:
            number = numbers.parse(raw)
        except numbers.NumberError as refused:
            if refused.code == "invalid":
                raise InvalidAnswer(_("Enter a number, for example 25.")) from None
            raise InvalidAnswer(refused.messages[0]) from None
    if number and number.adjusted() >= MAX_WHOLE_DIGITS:
        raise InvalidAnswer(
            _("Enter a number with at most %(digits)d digits before the decimal point.") % {"digits": MAX_WHOLE_DIGITS}
        )
    return number


def walk(graph: Graph, answers: list[str]) -> tuple[list[Step], str]:
    """Replay the answers from the first question: the steps taken and the key where they end."""
    steps, key = [], graph.start
    for raw in answers:
        question = graph.questions.get(key)
        if question is None:
            raise InvalidAnswer(_("The guide has changed since these answers were given."))
        value, answer = choose(question, raw, typed=False)
        steps.append(Step(question, value, answer))
        key = answer.leads_to
    return steps, key
