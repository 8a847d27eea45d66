"""A guide as a graph of questions and outcomes, and the checks editors get before publishing."""

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from django.utils.translation import gettext as _

KINDS = ("choice", "yes_no", "number")


@dataclass(frozen=True)
class Answer:
    label: str
    leads_to: str
    minimum: Decimal | None = None
    maximum: Decimal | None = None

    def accepts(self, number: Decimal) -> bool:
        return (self.minimum is None or number >= self.minimum) and (self.maximum is None or number <= self.maximum)


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: str
    answers: tuple[Answer, ...]
    help_text: str = ""


@dataclass
class Graph:
    questions: dict[str, Question] = field(default_factory=dict)
    outcomes: dict[str, object] = field(default_factory=dict)
    start: str = ""

    def node(self, key: str):
        return self.questions.get(key) or self.outcomes.get(key)

    def longest_path(self) -> int:
        """The most questions a citizen can be asked (for "question 2 of at most 4")."""
        memo: dict[str, int] = {}

        def depth(key: str, seen: frozenset) -> int:
            if key not in self.questions or key in seen:
                return 0
            if key not in memo:
                memo[key] = 1 + max(
                    (depth(answer.leads_to, seen | {key}) for answer in self.questions[key].answers), default=0
                )
            return memo[key]

        return depth(self.start, frozenset())


@dataclass(frozen=True)
class GraphError:
    question: str
    message: str

    def __str__(self):
        return f"{self.question}: {self.message}" if self.question else self.message


def validate(graph: Graph, duplicate_keys=()) -> list[GraphError]:
    """Everything that would leave a citizen stuck: unknown targets, loops, unreachable questions,
    questions without answers, bad number ranges. Each error names its question."""
    errors = [GraphError(key, _("The key is used more than once.")) for key in duplicate_keys]
    if not graph.questions:
        return [*errors, GraphError("", _("Add at least one question."))]
    for key, question in graph.questions.items():
        if not question.answers:
            errors.append(GraphError(key, _("The question has no answers.")))
        if question.kind == "yes_no" and len(question.answers) != 2:
            errors.append(GraphError(key, _("A yes/no question needs exactly two answers.")))
        for answer in question.answers:
            if graph.node(answer.leads_to) is None:
                errors.append(
                    GraphError(
                        key,
                        _("The answer “%(answer)s” leads to “%(target)s”, which is neither a question nor an outcome.")
                        % {"answer": answer.label, "target": answer.leads_to},
                    )
                )
            if question.kind == "number" and None not in (answer.minimum, answer.maximum):
                if answer.minimum > answer.maximum:
                    errors.append(
                        GraphError(
                            key, _("The range of “%(answer)s” ends before it starts.") % {"answer": answer.label}
                        )
                    )
        if question.kind == "number" and _ranges_overlap(question.answers):
            errors.append(GraphError(key, _("The number ranges of the answers overlap.")))
    errors.extend(_loops(graph))
    reachable = _reachable(graph)
    for key in graph.questions:
        if key not in reachable:
            errors.append(GraphError(key, _("No answer leads to this question.")))
    return errors


def _ranges_overlap(answers) -> bool:
    ranges = sorted(
        (
            answer.minimum if answer.minimum is not None else Decimal("-Infinity"),
            answer.maximum if answer.maximum is not None else Decimal("Infinity"),
        )
        for answer in answers
    )
    return any(later[0] <= earlier[1] for earlier, later in pairwise(ranges))


def _reachable(graph: Graph) -> set[str]:
    seen, pending = set(), [graph.start]
    while pending:
        key = pending.pop()
        if key in seen or key not in graph.questions:
            continue
        seen.add(key)
        pending.extend(answer.leads_to for answer in graph.questions[key].answers)
    return seen


def _loops(graph: Graph) -> list[GraphError]:
    errors, state = [], {}  # key -> "visiting" | "done"

    def visit(key: str):
        if key not in graph.questions or state.get(key) == "done":
            return
        if state.get(key) == "visiting":
            errors.append(GraphError(key, _("Answers lead back to this question: the guide would never end.")))
            return
        state[key] = "visiting"
        for answer in graph.questions[key].answers:
            visit(answer.leads_to)
        state[key] = "done"

    for key in graph.questions:
        visit(key)
    return errors
