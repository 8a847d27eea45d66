"""What a place's page shows: the week's hours, the coming exceptions, "open now" with the moment
it was computed (and the states it will have later, for the small script that keeps a cached
page current), Open Graph and Schema.org data."""

import datetime
import json

from django.db.models import prefetch_related_objects
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from foundations import tree_cache
from foundations.weekdays import Weekday

from . import hours
from .structured_data import json_ld

EN_DASH = "\u2013"
#: How far ahead a page carries its later states for the script.
STATES_AHEAD_HOURS = 48


def interval_text(intervals) -> str:
    if not intervals:
        return _("Closed")
    return ", ".join(
        f"{hours.clock(opens)}{EN_DASH}{'24:00' if closes == hours.MIDNIGHT else hours.clock(closes)}"
        for opens, closes in intervals
    )


def status_data(schedule: hours.Schedule, now: datetime.datetime, ahead_hours: int = STATES_AHEAD_HOURS) -> dict:
    """The status now, in words, and the later states as JSON for `data-states`."""
    states = schedule.states(now, ahead_hours)
    status = states[0]
    return {
        "status": status,
        "status_text": hours.describe(status),
        "status_time": hours.clock(status.moment),
        "status_states": json.dumps(
            [
                {
                    "from": state.moment.isoformat(),
                    "until": state.changes_at.isoformat() if state.changes_at else None,
                    "open": state.is_open,
                    "text": hours.describe(state),
                }
                for state in states
            ],
            ensure_ascii=False,
        ),
    }


def week_rows(page, schedule: hours.Schedule, today: datetime.date) -> list[dict]:
    """The ordinary week, Monday first, with today marked."""

    rows = []
    for weekday in Weekday:
        intervals = sorted((row.opens, row.closes) for row in schedule.weekly if row.weekday == weekday.value)
        rows.append(
            {
                "label": capfirst(str(weekday.label)),
                "hours": interval_text(intervals),
                "today": weekday.value == today.weekday(),
            }
        )
    return rows


def exception_rows(page, today: datetime.date) -> list[dict]:
    rows = []
    for row in page.coming_exceptions(today):
        if row.end_date and row.end_date != row.start_date:
            dates = _("%(first)s – %(last)s") % {  # noqa: RUF001 - a typographic range dash, as translated
                "first": formats.date_format(row.start_date, "j F"),
                "last": formats.date_format(row.end_date, "j F Y"),
            }
        else:
            dates = formats.date_format(row.start_date, "l j F Y")
        rows.append(
            {
                "dates": dates,
                "start": row.start_date,
                "hours": _("Closed") if row.closed else interval_text([(row.opens, row.closes)]),
                "closed": row.closed,
                "reason": row.reason,
            }
        )
    return rows


def place_context(page, request, now: datetime.datetime) -> dict:
    schedule = page.schedule()
    today = now.astimezone(hours.local_zone()).date()
    state = status_data(schedule, now)
    return {
        **state,
        "place_state": state,
        "week": week_rows(page, schedule, today),
        "coming_exceptions": exception_rows(page, today),
        "json_ld": json_ld(page, request),
        "og_url": request.build_absolute_uri(page.get_url(request) or ""),
    }


def linked_facts(page, request) -> dict:
    """What a place page shows from other tables (hours, exceptions, the list it sits in, its
    audiences): the same for every reader until the next publish, so cached with the page tree
    (a preview reads them afresh). "Open now" is worked out from them per request."""

    def build():
        # Read several times (status, week, JSON-LD): once from the database.
        prefetch_related_objects([page], "opening_hours", "exceptions")
        parent = page.get_parent()
        return {
            "opening_hours": list(page.opening_hours.all()),
            "exceptions": list(page.exceptions.all()),
            "places_list_url": parent.url if parent else "",
            "audience_pages": list(page.audience_pages()),
        }

    if getattr(request, "is_preview", False) or not page.pk:
        return build()
    return tree_cache.cached(f"place-page:{page.pk}:{page.latest_revision_id}", build, shared=False)
