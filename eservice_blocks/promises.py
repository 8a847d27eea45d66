"""Service promises: what an e-service promises (its lead time in working days) beside what it
has kept lately (median and 90th percentile of the cases decided in the last 90 days), and a
new estimate for a case that has passed its promise.

Working days are Monday to Friday; public holidays are not counted out (the estimate errs a day
early over a holiday, which the text presents as an estimate).
"""

import math
from dataclasses import dataclass
from datetime import date, timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format

from notifications.outbox import notify

from .cases.models import Case, CaseStatus

WINDOW_DAYS = 90
#: Fewer decided cases than this in the window say too little to show.
MIN_CASES = 5
CACHE_SECONDS = 3600
#: The clock runs while the municipality works on the case, not while it waits for the citizen.
RUNNING = (CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS)


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    if end <= start:
        return 0
    weeks, rest = divmod((end - start).days, 7)
    days = weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            days += 1
    return days


def add_working_days(start: date, days: int) -> date:
    """The date `days` working days after `start`."""
    weeks, rest = divmod(max(days, 0), 5)
    current = start + timedelta(weeks=weeks)
    while rest:
        current += timedelta(days=1)
        if current.weekday() < 5:
            rest -= 1
    return current


@dataclass(frozen=True)
class Promise:
    """An e-service's promise and the lead times it kept in the last 90 days (working days)."""

    promised_days: int
    cases: int
    median_days: int | None
    p90_days: int | None

    @property
    def has_figures(self) -> bool:
        return self.median_days is not None


def _percentile(ordered: list[int], fraction: float) -> int:
    # Nearest rank: a lead time some case really had, rounded up as a promise should be.
    return ordered[max(math.ceil(fraction * len(ordered)) - 1, 0)]


def kept(page_id: int | None, block_id: str, now=None) -> tuple[int, int | None, int | None]:
    """(cases, median, p90) in working days for the cases of one e-service decided in the
    window, from received to decided. Cached for an hour: it changes slowly."""
    key = f"service-promise:{page_id}:{block_id}"
    cached = cache.get(key)
    if cached is not None and now is None:
        return cached
    now = now or timezone.now()
    rows = Case.objects.filter(
        page_id=page_id, block_id=block_id, decided_at__isnull=False, decided_at__gte=now - timedelta(days=WINDOW_DAYS)
    ).values_list("received_at", "decided_at")
    tz = timezone.get_current_timezone()
    lead = sorted(
        working_days_between(timezone.localtime(received, tz).date(), timezone.localtime(decided, tz).date())
        for received, decided in rows
    )
    if len(lead) >= MIN_CASES:
        result = (len(lead), _percentile(lead, 0.5), _percentile(lead, 0.9))
    else:
        result = (len(lead), None, None)
    cache.set(key, result, CACHE_SECONDS)
    return result


def for_eservice(page_id, block_id: str, promised_days: int) -> Promise:
    cases, median, p90 = kept(page_id, block_id)
    return Promise(promised_days=promised_days, cases=cases, median_days=median, p90_days=p90)


@dataclass(frozen=True)
class Estimate:
    """A case past its promise: when it was due, and when it is now likely to be decided."""

    due: date
    new_estimate: date
    based_on_cases: int  # 0: no recent figures, the estimate is the promise again from today


def promised_by(case: Case) -> date:
    received = timezone.localtime(case.received_at).date()
    return add_working_days(received, case.expected_lead_time_days)


def estimate(case: Case, today: date | None = None) -> Estimate | None:
    """A new estimate for a case whose promised time has passed while the municipality works on
    it; None while the promise holds, or once it is decided or waits for the citizen."""
    if case.status not in RUNNING or case.decided_at is not None:
        return None
    today = today or timezone.localdate()
    due = promised_by(case)
    if today <= due:
        return None
    cases, median, p90 = kept(case.page_id, case.block_id)
    received = timezone.localtime(case.received_at).date()
    if p90 is not None and add_working_days(received, p90) > today:
        # Nine in ten recent cases were decided within this: the honest estimate.
        return Estimate(due=due, new_estimate=add_working_days(received, p90), based_on_cases=cases)
    # Slower than nine in ten: from today, the typical time a case still takes, at least a week.
    remaining = max(5, math.ceil((p90 - median) if p90 is not None else case.expected_lead_time_days / 2))
    return Estimate(due=due, new_estimate=add_working_days(today, remaining), based_on_cases=cases if p90 else 0)


def overdue_cases(today: date | None = None):
    """Open cases not yet told a new estimate whose promised time may have passed (checked
    exactly by `estimate`; the query only narrows by the longest promise)."""
    today = today or timezone.localdate()
    return Case.objects.filter(
        status__in=RUNNING,
        decided_at__isnull=True,
        estimate_sent_at__isnull=True,
        personal_data_deleted_at__isnull=True,
        received_at__lt=timezone.now() - timedelta(days=1),
    ).exclude(contact_email="")


def send_estimates(today: date | None = None) -> int:
    """Queue one message per case past its promise; idempotent (a case is marked in the same
    transaction as its message is queued)."""
    sent = 0
    for case in overdue_cases(today).iterator():
        new = estimate(case, today)
        if new is None:
            continue
        with transaction.atomic():
            marked = Case.objects.filter(pk=case.pk, estimate_sent_at__isnull=True).update(
                estimate_sent_at=timezone.now()
            )
            if not marked:  # another run got there first
                continue
            notify(
                "case_estimate",
                case.contact_email,
                language=case.language,
                subject=case,
                context={"case_link": True, **_dates_in(case.language, new)},
            )
        sent += 1
    return sent


def _dates_in(language: str, new: Estimate) -> dict:
    # The message is read in the case's language: its dates are written that way once, here.
    with translation.override(language):
        return {"due": date_format(new.due, "j F Y"), "new_estimate": date_format(new.new_estimate, "j F Y")}
