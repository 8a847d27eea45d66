"""The anonymous weekly log of searches: what was searched, how often nothing was found, how
often a result was opened. Personal data in a query (identity numbers, e-mail addresses, phone
numbers) is masked before anything is stored, and nothing ties a query to a person."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from foundations.personal_data import MASK, mask_personal_data

from .models import QueryWeek
from .text import words

#: A query searched at least this often in a week whose results were opened in fewer than this
#: share of searches is a "low-click" query.
LOW_CLICK_MIN_SEARCHES = 3
LOW_CLICK_SHARE = 0.2


def week_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def normalised(query: str) -> str:
    masked = mask_personal_data(query or "")
    return " ".join(words(masked.replace(MASK, " MASKERAT ")))[:200].replace("maskerat", MASK)


def _count(query: str, language: str, **increments) -> None:
    """Add to this week's counters of the query: one UPDATE when the row exists (nearly always),
    so logging costs a search a single query."""
    text = normalised(query)
    if not text:
        return
    key = {"week": week_of(timezone.localdate()), "language": language, "query": text}
    changes = {field: F(field) + amount for field, amount in increments.items()}
    if QueryWeek.objects.filter(**key).update(**changes):
        return
    try:
        with transaction.atomic():
            QueryWeek.objects.create(**key, **increments)
    except IntegrityError:  # another request made the row in between
        QueryWeek.objects.filter(**key).update(**changes)


def record_search(query: str, language: str, hits: int) -> None:
    _count(query, language, searches=1, zero_hits=1 if hits == 0 else 0)


def record_click(query: str, language: str) -> None:
    _count(query, language, clicks=1)


def report(week: datetime.date, language: str | None = None) -> dict:
    """The week's zero-hit and low-click queries, most searched first."""
    rows = QueryWeek.objects.filter(week=week)
    if language:
        rows = rows.filter(language=language)
    zero = rows.filter(zero_hits__gt=0).order_by("-zero_hits", "query")
    low = [
        row
        for row in rows.filter(zero_hits=0, searches__gte=LOW_CLICK_MIN_SEARCHES).order_by("-searches", "query")
        if row.clicks < row.searches * LOW_CLICK_SHARE
    ]
    return {"zero_hits": list(zero), "low_clicks": low, "searches": sum(row.searches for row in rows)}
