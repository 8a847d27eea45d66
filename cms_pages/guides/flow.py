"""Walking a guide: the citizen's answers live in a signed URL parameter, not in a session, so the
guide works without JavaScript and cookies and any step or result can be bookmarked."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core import signing
from django.utils.translation import gettext as _

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
        return self.value if self.question.kind == "number" else self.answer.label


class InvalidAnswer(ValueError):
    pass


def choose(question: Question, raw: str) -> tuple[str, Answer]:
    """The stored value and the matching answer for what the citizen sent, or InvalidAnswer."""
    raw = (raw or "").strip()
    if question.kind == "number":
        number = parse_number(raw)
        for answer in question.answers:
            if answer.accepts(number):
                return str(number.normalize()), answer
        raise InvalidAnswer(_("This guide has no answer for that number. Check it and try again."))
    # isdecimal, not isdigit: "²" is a digit that int() does not read.
    if raw.isdecimal() and len(raw) <= _MAX_CHOICE_DIGITS and int(raw) < len(question.answers):
        return raw, question.answers[int(raw)]
    raise InvalidAnswer(_("Choose one of the answers."))


def parse_number(raw: str) -> Decimal:
    """The number the citizen wrote (a comma or a point before the decimals, spaces between
    thousands), or InvalidAnswer. Decimal also reads "NaN", "inf" and "1e999": none of them is
    an answer, and NaN cannot even be compared with a range."""
    try:
        number = Decimal(raw.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise InvalidAnswer(_("Enter a number, for example 25.")) from None
    if not number.is_finite():
        raise InvalidAnswer(_("Enter a number, for example 25."))
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
        value, answer = choose(question, raw)
        steps.append(Step(question, value, answer))
        key = answer.leads_to
    return steps, key
