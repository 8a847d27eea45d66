"""The anonymous weekly log of searches: what was searched, how often nothing was found, how
often a result was opened. Personal data in a query (identity numbers, e-mail addresses, phone
numbers) is masked before anything is stored, and nothing ties a query to a person."""

import datetime

from django.db.models import F
from django.utils import timezone

from feedback.privacy import mask_personal_data

from .models import QueryWeek
from .text import words

#: A query searched at least this often in a week whose results were opened in fewer than this
#: share of searches is a "low-click" query.
LOW_CLICK_MIN_SEARCHES = 3
LOW_CLICK_SHARE = 0.2


def week_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def normalised(query: str) -> str:
    masked, _changed = mask_personal_data(query or "")
    return " ".join(words(masked.replace("[…]", " MASKERAT ")))[:200].replace("maskerat", "[…]")


def _row(query: str, language: str) -> QueryWeek | None:
    text = normalised(query)
    if not text:
        return None
    row, _created = QueryWeek.objects.get_or_create(week=week_of(timezone.localdate()), language=language, query=text)
    return row


def record_search(query: str, language: str, hits: int) -> None:
    row = _row(query, language)
    if row is not None:
        QueryWeek.objects.filter(pk=row.pk).update(
            searches=F("searches") + 1, zero_hits=F("zero_hits") + (1 if hits == 0 else 0)
        )


def record_click(query: str, language: str) -> None:
    row = _row(query, language)
    if row is not None:
        QueryWeek.objects.filter(pk=row.pk).update(clicks=F("clicks") + 1)


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
