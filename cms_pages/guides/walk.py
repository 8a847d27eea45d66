"""A citizen's walk through a guide, the same on the guide page and in the API: the answers so far
are replayed, the next answer is checked, and each answer is counted in the guide's figures once.

The functions take the guide's graph and the answers as plain values; the page keeps the answers
in its signed link, an API client sends them all in each call.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from . import figures, flow
from .graph import Graph, Question

#: Answers are rate-limited under this scope with the budget in this setting: one budget per
#: client for the guide page and the API together, so switching channel does not double it.
RATE_LIMIT_SCOPE = "guide"
RATE_LIMIT_SETTING = "API_GUIDE_ANSWERS_PER_MINUTE"


@dataclass(frozen=True)
class Position:
    """Where answers lead: the steps taken and the key of the question or outcome reached."""

    graph: Graph
    steps: tuple[flow.Step, ...]
    key: str

    @property
    def values(self) -> list[str]:
        """The answers as stored (numbers as plain decimal strings), for the guide's link."""
        return [step.value for step in self.steps]

    @property
    def question(self) -> Question | None:
        return self.graph.questions.get(self.key)

    @property
    def outcome(self):
        return self.graph.outcomes.get(self.key)


def replay(graph: Graph, answers: Sequence[str]) -> Position:
    """Where the answers lead from the first question, counting nothing; InvalidAnswer when they
    no longer fit the guide."""
    steps, key = flow.walk(graph, list(answers))
    return Position(graph, tuple(steps), key)


def start(guide_id: int, graph: Graph) -> Position:
    """The first question, counted as reached."""
    if graph.start:
        figures.count(guide_id, figures.GuideCount.REACHED, graph.start)
    return Position(graph, (), graph.start)


def answer(
    guide_id: int, graph: Graph, answers: Sequence[str], question_key: str | None, raw: str, *, typed: bool = True
) -> Position:
    """Take the answer `raw` to the question `question_key` (None: the question the answers so far
    lead to), and count it: the question as answered, and the next question as reached or the
    outcome as ended in. `raw` is read as the citizen typed it (`typed`), or as a stored value
    first (an API client's answers); see `flow.choose`.

    InvalidAnswer, with nothing counted, when the answers so far no longer fit the guide, when
    they do not lead to that question, or when `raw` is not one of its answers.
    """
    here = replay(graph, answers)
    question = here.question
    if question is None or question_key not in (None, here.key):
        raise flow.InvalidAnswer(_("The guide has changed since these answers were given."))
    value, chosen = flow.choose(question, raw, typed=typed)
    there = Position(graph, (*here.steps, flow.Step(question, value, chosen)), chosen.leads_to)
    figures.count(guide_id, figures.GuideCount.ANSWERED, question.key)
    kind = figures.GuideCount.REACHED if there.question is not None else figures.GuideCount.OUTCOME
    figures.count(guide_id, kind, there.key)
    return there
