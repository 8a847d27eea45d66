"""The server-rendered calendar: a week of days with free times, and the chosen day's slots."""

from datetime import date, timedelta
from urllib.parse import urlencode

from django.utils import timezone

from .slots import days_from, slots_on


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def calendar_context(resource, params, prefix: str = "", now=None) -> dict:
    """Everything the calendar template needs, from the GET parameters `<prefix>week` and
    `<prefix>day` (links, so choosing a day works without JavaScript)."""
    today = timezone.localdate(now or timezone.now())
    last_day = today + timedelta(days=resource.horizon_days)
    week = _date(params.get(f"{prefix}week")) or today
    week = min(max(week, today), last_day)
    week = week - timedelta(days=week.weekday()) if week - timedelta(days=week.weekday()) >= today else today
    days = days_from(resource, week, 7, now)
    chosen = _date(params.get(f"{prefix}day"))
    if chosen is None:
        chosen = next((day.date for day in days if day.free_slots), None)

    def link(**values) -> str:
        return "?" + urlencode({f"{prefix}{key}": value.isoformat() for key, value in values.items()})

    previous_week = week - timedelta(days=7)
    next_week = week + timedelta(days=7 - week.weekday()) if week.weekday() else week + timedelta(days=7)
    return {
        "resource": resource,
        "days": [{"day": day, "url": link(week=week, day=day.date), "chosen": day.date == chosen} for day in days],
        "chosen_day": chosen,
        "slots": slots_on(resource, chosen, now) if chosen else [],
        "previous_url": link(week=max(previous_week, today)) if week > today else "",
        "next_url": link(week=next_week) if next_week <= last_day else "",
    }
