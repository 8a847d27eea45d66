"""Anonymous figures per guide: how many start, where they drop off, how they end.

Nothing about the citizen is stored: only counters per guide, day, kind and key.
"""

from dataclasses import dataclass

from django.db import IntegrityError, models, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class GuideCount(models.Model):
    REACHED = "reached"  # a question was shown to someone on their way through the guide
    ANSWERED = "answered"  # a question was answered
    OUTCOME = "outcome"  # the guide ended in this outcome
    KINDS = [(REACHED, _("Reached")), (ANSWERED, _("Answered")), (OUTCOME, _("Ended in"))]

    guide = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField(default=timezone.localdate)
    kind = models.CharField(max_length=16, choices=KINDS)
    key = models.CharField(max_length=50)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        app_label = "cms_pages"
        constraints = [models.UniqueConstraint(fields=["guide", "day", "kind", "key"], name="guide_count_once_per_day")]

    def __str__(self):
        return f"{self.guide_id} {self.day} {self.kind} {self.key}: {self.count}"


def count(guide_id: int, kind: str, key: str) -> None:
    """Add one to a counter, safe when many citizens answer at once."""
    lookup = {"guide_id": guide_id, "day": timezone.localdate(), "kind": kind, "key": key}
    if GuideCount.objects.filter(**lookup).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            GuideCount.objects.create(**lookup, count=1)
    except IntegrityError:  # someone else created it in between
        GuideCount.objects.filter(**lookup).update(count=F("count") + 1)


@dataclass(frozen=True)
class QuestionFigures:
    key: str
    text: str
    reached: int
    answered: int

    @property
    def dropped(self) -> int:
        return max(self.reached - self.answered, 0)


@dataclass(frozen=True)
class GuideFigures:
    started: int
    finished: int
    resolved: int
    sent_to_eservice: int
    questions: list[QuestionFigures]
    outcomes: list[tuple[str, str, int]]

    @property
    def resolution_rate(self) -> float | None:
        return self.resolved / self.finished if self.finished else None


def figures_for(guide, since=None) -> GuideFigures:
    """Totals for a guide in SQL aggregates (one query)."""
    counts = GuideCount.objects.filter(guide_id=guide.pk)
    if since is not None:
        counts = counts.filter(day__gte=since)
    totals = {
        (row["kind"], row["key"]): row["total"] for row in counts.values("kind", "key").annotate(total=Sum("count"))
    }
    graph = guide.graph()
    questions = [
        QuestionFigures(
            key, question.text, totals.get((GuideCount.REACHED, key), 0), totals.get((GuideCount.ANSWERED, key), 0)
        )
        for key, question in graph.questions.items()
    ]
    outcomes = [
        (key, outcome["title"], totals.get((GuideCount.OUTCOME, key), 0)) for key, outcome in graph.outcomes.items()
    ]
    resolved = sum(total for key, _title, total in outcomes if graph.outcomes[key].get("resolves", True))
    finished = sum(total for _key, _title, total in outcomes)
    return GuideFigures(
        started=totals.get((GuideCount.ANSWERED, graph.start), 0),
        finished=finished,
        resolved=resolved,
        sent_to_eservice=finished - resolved,
        questions=questions,
        outcomes=outcomes,
    )
