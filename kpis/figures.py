"""The channel strategy's figures, each computed by SQL aggregates over the whole period.

Every figure takes `department`: None for the whole municipality, one department, or several
(a queryset or list, such as the departments a user works for; see `access.py`).

Lead-time percentiles use PostgreSQL's `percentile_cont`; on SQLite (local development only)
the same figures come from the sorted durations.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.db.models import Aggregate, Count, F, FloatField, Func, Q, QuerySet, Sum
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms_pages.guides.figures import figures_for
from cms_pages.models import GuidePage
from eservice_blocks.cases.models import Case, CaseStatus
from eservice_blocks.registry import registry
from feedback.models import Feedback

from .models import ChannelTargets, NonDigitalContact


class Percentile(Aggregate):
    """percentile_cont(fraction) WITHIN GROUP (ORDER BY expression): PostgreSQL."""

    function = "percentile_cont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, fraction, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


class EpochSeconds(Func):
    template = "EXTRACT(EPOCH FROM %(expressions)s)"
    output_field = FloatField()


#: What the numbers a figure is based on are, in words (the rows keep stable keys).
BASIS_LABELS = {
    "digital": _("e-service cases"),
    "other": _("contacts in other channels"),
    "answers": _("answers"),
    "cases": _("decided cases"),
    "p90": _("90th percentile (days)"),
}


def basis_label(key: str) -> str:
    return str(BASIS_LABELS.get(key, key))


def _ratio(part, whole) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@dataclass
class Row:
    key: str
    label: str
    value: float | None
    target: float | None = None
    extra: dict | None = None

    @property
    def distance(self) -> float | None:
        """Percentage points above (positive) or below (negative) the target."""
        if self.value is None or self.target is None:
            return None
        return round(self.value - self.target, 1)

    @property
    def shortfall(self) -> float | None:
        """Percentage points missing to reach the target (positive), or None when it is met."""
        return -self.distance if self.distance is not None and self.distance < 0 else None

    @property
    def basis(self) -> list[tuple[str, object]]:
        """The numbers the figure is based on, each with its name in the reader's language."""
        return [(basis_label(key), number) for key, number in (self.extra or {}).items()]

    @property
    def meets_target(self) -> bool | None:
        return None if self.distance is None else self.distance >= 0


def service_label(service_type: str) -> str:
    return str(registry.get(service_type).label) if service_type in registry else service_type


def scoped(queryset, department, field: str = "department"):
    """`queryset` limited to one department or several; unchanged for None."""
    if department is None:
        return queryset
    if isinstance(department, QuerySet | list | tuple | set):
        return queryset.filter(**{f"{field}__in": department})
    return queryset.filter(**{field: department})


def _cases(since, department=None):
    return scoped(Case.objects.filter(received_at__gte=since), department)


def self_service(since, department=None) -> list[Row]:
    """Digital cases as a share of all contacts, per e-service type, with its target."""
    targets = ChannelTargets.load()
    digital = {
        row["service_type"]: row["n"]
        for row in _cases(since, department).values("service_type").annotate(n=Count("pk"))
    }
    contacts = scoped(NonDigitalContact.objects.filter(date__gte=timezone.localdate(since)), department)
    other = {row["topic"]: row["n"] for row in contacts.values("topic").annotate(n=Sum("count"))}
    rows = []
    for key in sorted(set(digital) | set(other)):
        cases, manual = digital.get(key, 0), other.get(key, 0)
        rows.append(
            Row(key, service_label(key), _ratio(cases, cases + manual), targets.self_service_target(key),
                {"digital": cases, "other": manual})
        )  # fmt: skip
    total_cases = sum(row.extra["digital"] for row in rows)
    total_other = sum(row.extra["other"] for row in rows)
    rows.append(
        Row("all", "", _ratio(total_cases, total_cases + total_other), targets.self_service_other,
            {"digital": total_cases, "other": total_other})
    )  # fmt: skip
    return rows


def satisfaction(since, by: str = "department", department=None) -> list[Row]:
    """The share of "yes, it helped" per department, e-service type or page, and in total."""
    target = ChannelTargets.load().satisfaction
    feedback = scoped(Feedback.objects.filter(created_at__gte=since), department)
    group = {"department": "department__name", "service_type": "service_type", "page": "page__title"}[by]
    rows = [
        Row(
            str(row[group] or "—"),
            _group_label(by, row[group]),
            _ratio(row["yes"], row["n"]),
            target,
            {"answers": row["n"]},
        )
        for row in feedback.values(group)
        .annotate(n=Count("pk"), yes=Count("pk", filter=Q(helpful=True)))
        .order_by(group)
    ]
    totals = feedback.aggregate(n=Count("pk"), yes=Count("pk", filter=Q(helpful=True)))
    rows.append(Row("all", "", _ratio(totals["yes"], totals["n"]), target, {"answers": totals["n"]}))
    return rows


def _group_label(by: str, value) -> str:
    """A group's name: an e-service type by its label, and feedback on pages that hold no
    e-service as "Other pages" (feedback is given on every page)."""
    if by == "service_type":
        return service_label(value) if value else str(_("Other pages"))
    return str(value or "—")


def lead_times(since, by: str = "service_type", department=None) -> list[Row]:
    """Median and 90th percentile in days from received to decided, per group."""
    group = {"service_type": "service_type", "department": "department__name"}[by]
    decided = _cases(since, department).filter(decided_at__isnull=False)
    if connection.vendor == "postgresql":
        duration = EpochSeconds(F("decided_at") - F("received_at"))
        result = (
            decided.values(group)
            .annotate(n=Count("pk"), median=Percentile(duration, 0.5), p90=Percentile(duration, 0.9))
            .order_by(group)
        )
        rows = [(row[group], row["n"], row["median"], row["p90"]) for row in result]
    else:  # pragma: no cover - SQLite, for local development only
        durations: dict = {}
        for key, received, decided_at in decided.values_list(group, "received_at", "decided_at").order_by(group):
            durations.setdefault(key, []).append((decided_at - received).total_seconds())
        rows = [(key, len(v), _percentile(v, 0.5), _percentile(v, 0.9)) for key, v in durations.items()]
    day = 86400
    return [
        Row(
            str(key),
            service_label(key) if by == "service_type" else str(key),
            round(median / day, 1),
            None,
            {"cases": n, "p90": round(p90 / day, 1)},
        )
        for key, n, median, p90 in rows
    ]


def _percentile(values, fraction):  # pragma: no cover - SQLite fallback
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low, high = int(position), min(int(position) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def weekly_trend(since, department=None) -> list[dict]:
    """Per week: digital cases, and the share of positive feedback."""
    cases = {
        row["week"].date(): row["n"]
        for row in _cases(since, department)
        .annotate(week=TruncWeek("received_at"))
        .values("week")
        .annotate(n=Count("pk"))
    }
    feedback = scoped(Feedback.objects.filter(created_at__gte=since), department)
    happy = {
        row["week"].date(): _ratio(row["yes"], row["n"])
        for row in feedback.annotate(week=TruncWeek("created_at"))
        .values("week")
        .annotate(n=Count("pk"), yes=Count("pk", filter=Q(helpful=True)))
    }
    lead = weekly_lead_times(since, department)
    weeks = sorted(set(cases) | set(happy))
    return [
        {"week": week, "cases": cases.get(week, 0), "satisfaction": happy.get(week), "median_days": lead.get(week)}
        for week in weeks
    ]


def weekly_lead_times(since, department=None) -> dict:
    """Median days from received to decided, per week the cases were received."""
    decided = _cases(since, department).filter(decided_at__isnull=False).annotate(week=TruncWeek("received_at"))
    if connection.vendor == "postgresql":
        rows = decided.values("week").annotate(median=Percentile(EpochSeconds(F("decided_at") - F("received_at")), 0.5))
        return {row["week"].date(): round(row["median"] / 86400, 1) for row in rows}
    durations: dict = {}  # pragma: no cover - SQLite, for local development only
    for week, received, decided_at in decided.values_list("week", "received_at", "decided_at"):
        durations.setdefault(week.date(), []).append((decided_at - received).total_seconds())
    return {week: round(_percentile(values, 0.5) / 86400, 1) for week, values in durations.items()}


def guide_resolution(since, department=None) -> Row:
    """Guide sessions that ended in an answer rather than an e-service, over the live guides
    (of the departments that own them, when given)."""
    resolved = finished = 0
    guides = scoped(GuidePage.objects.live().filter(locale__language_code="sv"), department, "owning_department")
    for guide in guides:
        figures = figures_for(guide, since=timezone.localdate(since))
        resolved += figures.resolved
        finished += figures.finished
    return Row("guides", "", _ratio(resolved, finished), None, {"resolved": resolved, "finished": finished})


def oldest_open_cases(limit: int = 10, department=None):
    """The longest-waiting open cases: reference, e-service, department and age. No personal data."""
    cases = scoped(Case.objects.exclude(status=CaseStatus.CLOSED), department)
    now = timezone.now()
    return [
        {**row, "age_days": (now - row["received_at"]).days}
        for row in cases.order_by("received_at").values(
            "pk", "reference", "service_title", "department__name", "received_at", "status"
        )[:limit]
    ]


def period(days: int = 90):
    return timezone.now() - timedelta(days=days)
