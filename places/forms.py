"""The place editor's form: opening intervals of one day (or one exception) must not overlap."""

import datetime
import itertools
from collections import defaultdict

from django.utils.translation import gettext as _

from cms_pages.forms import OwnedPageForm
from foundations.weekdays import Weekday


def _end(closes: datetime.time) -> tuple[int, int]:
    # 00:00 as a closing time is midnight at the end of the day: after every other time.
    return (24, 0) if closes == datetime.time(0, 0) else (closes.hour, closes.minute)


def overlapping(intervals) -> bool:
    """Whether any two (opens, closes) intervals share time."""
    ordered = sorted(((opens.hour, opens.minute), _end(closes)) for opens, closes in intervals)
    return any(later[0] < earlier[1] for earlier, later in itertools.pairwise(ordered))


def _rows(formset):
    return [
        form.cleaned_data
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


def weekly_overlaps(rows) -> list[int]:
    """The weekdays whose intervals overlap."""
    by_day = defaultdict(list)
    for row in rows:
        if row.get("opens") and row.get("closes") and row.get("weekday") is not None:
            by_day[int(row["weekday"])].append((row["opens"], row["closes"]))
    return sorted(day for day, intervals in by_day.items() if overlapping(intervals))


def exception_overlaps(rows) -> list[datetime.date]:
    """Dates on which special hours overlap, or that are both closed and open at special hours."""
    by_day = defaultdict(list)
    for row in rows:
        start = row.get("start_date")
        if not start:
            continue
        end = row.get("end_date") or start
        day = start
        while day <= end and (day - start).days < 366:
            by_day[day].append(row)
            day += datetime.timedelta(days=1)
    found = []
    for day, day_rows in sorted(by_day.items()):
        closed = [row for row in day_rows if row.get("closed")]
        open_rows = [
            (row["opens"], row["closes"])
            for row in day_rows
            if not row.get("closed") and row.get("opens") and row.get("closes")
        ]
        if (closed and open_rows) or overlapping(open_rows):
            found.append(day)
    return found


class PlacePageForm(OwnedPageForm):
    def clean(self):
        cleaned = super().clean()

        weekly = self.formsets.get("opening_hours")
        if weekly is not None and weekly.is_valid():
            days = weekly_overlaps(_rows(weekly))
            if days:
                names = ", ".join(str(Weekday(day).label) for day in days)
                self.add_error(
                    None,
                    _("Opening hours overlap on %(days)s. Make each interval end before the next one starts.")
                    % {"days": names},
                )
        exceptions = self.formsets.get("exceptions")
        if exceptions is not None and exceptions.is_valid():
            dates = exception_overlaps(_rows(exceptions))
            if dates:
                self.add_error(
                    None,
                    _(
                        "Exceptions overlap on %(dates)s: a day is either closed or open at special hours "
                        "that do not overlap."
                    )
                    % {"dates": ", ".join(day.isoformat() for day in dates[:5])},
                )
        return cleaned
