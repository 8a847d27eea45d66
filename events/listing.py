"""The upcoming occurrences of an event index, filtered by dates, audience and place (a plain
GET form, so the filters work without JavaScript), grouped by day. The page, its calendar
export and the API use the same filter."""

import datetime
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django import forms
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .recurrence import Occurrence

#: Days shown when the reader has not chosen dates.
DEFAULT_DAYS = 60
#: The longest period one request may ask for.
MAX_DAYS = 366
#: Occurrences on one page of the list; later days are behind the "later events" link.
PAGE_SIZE = 50


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class EventFilterForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=DateInput(), input_formats=["%Y-%m-%d"])
    end = forms.DateField(label=_("To"), required=False, widget=DateInput(), input_formats=["%Y-%m-%d"])
    audience = forms.ChoiceField(label=_("For"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)

    def __init__(self, data, *, audiences, places):
        super().__init__(data)
        self.fields["audience"].choices = [("", _("Everyone")), *((page.slug, page.title) for page in audiences)]
        self.fields["place"].choices = [("", _("All places")), *((name, name) for name in places)]
        for name in ("start", "end"):
            self.fields[name].error_messages["invalid"] = _("Enter a date as year-month-day, e.g. 2026-05-31.")
        self.fields["audience"].error_messages["invalid_choice"] = _("Choose an audience from the list.")
        self.fields["place"].error_messages["invalid_choice"] = _("Choose a place from the list.")

    def mark_errors(self):
        """Tie each error message to its field for screen readers."""
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"}
                )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("Choose an end date on or after the start date."))
        elif start and end and (end - start).days >= MAX_DAYS:
            self.add_error("end", _("Choose at most a year at a time."))
        return cleaned


@dataclass(frozen=True)
class Listed:
    """One occurrence of one event, as the list shows it."""

    event: object
    occurrence: Occurrence


@dataclass
class EventFilter:
    """The reader's choices (checked) and what they select from one event index."""

    index: object
    form: EventFilterForm
    start: datetime.date
    end: datetime.date
    audience: object | None
    place: str

    @classmethod
    def from_request(cls, index, request) -> "EventFilter":
        audiences = list(index.audiences_beside("id", "title", "slug", "translation_key", "path", "locale_id"))
        places = sorted(
            set(index.events().exclude(place_name="").values_list("place_name", flat=True)), key=str.casefold
        )
        form = EventFilterForm(request.GET, audiences=audiences, places=places)
        form.is_valid()
        form.mark_errors()
        cleaned = {name: value for name, value in getattr(form, "cleaned_data", {}).items() if name not in form.errors}
        today = timezone.localdate()
        start = cleaned.get("start") or today
        end = cleaned.get("end") or start + datetime.timedelta(days=DEFAULT_DAYS - 1)
        if end < start or (end - start).days >= MAX_DAYS:
            end = start + datetime.timedelta(days=DEFAULT_DAYS - 1)
        # Show the period in effect in the date fields (what the reader typed stays when it is wrong).
        form.data = form.data.copy()
        for name, value in (("start", start), ("end", end)):
            if name not in form.errors and not form.data.get(name):
                form.data[name] = value.isoformat()
        audience = next((page for page in audiences if page.slug == cleaned.get("audience")), None)
        return cls(index, form, start, end, audience, cleaned.get("place") or "")

    # --- what it selects -----------------------------------------------------------------------

    def matching_events(self):
        """Events that match the audience and place, and may happen in the period."""
        queryset = self.index.events().filter(start_date__lte=self.end)
        one_off = Q(recurrence_frequency="") & Q(end_on__gte=self.start)
        repeating = ~Q(recurrence_frequency="") & (
            Q(recurrence_until__isnull=True) | Q(recurrence_until__gte=self.start)
        )
        queryset = queryset.annotate(end_on=Coalesce("end_date", "start_date")).filter(one_off | repeating)
        if self.audience is not None:
            queryset = queryset.filter(audiences__translation_key=self.audience.translation_key).distinct()
        if self.place:
            queryset = queryset.filter(place_name=self.place)
        return [event for event in queryset.order_by("start_date", "start_time", "title") if self._happens(event)]

    def _happens(self, event) -> bool:
        return bool(event.schedule.occurrences_between(self.start, self.end))

    def occurrences(self) -> list[Listed]:
        listed = [
            Listed(event, occurrence)
            for event in self.matching_events()
            for occurrence in event.schedule.occurrences_between(self.start, self.end)
        ]
        return sorted(listed, key=lambda item: (_sort_key(item.occurrence, self.start), item.event.title))

    # --- links -----------------------------------------------------------------------------------

    def query(self, **changes) -> str:
        """The query string of these choices, with `changes` (None drops a parameter)."""
        values = {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "audience": self.audience.slug if self.audience else "",
            "place": self.place,
        }
        values.update(changes)
        return urlencode({key: value for key, value in values.items() if value})


def _sort_key(occurrence: Occurrence, first_day: datetime.date):
    day = max(occurrence.day, first_day)
    time = datetime.time() if occurrence.all_day else occurrence.start.timetz().replace(tzinfo=None)
    return (day, not occurrence.all_day, time)


@dataclass(frozen=True)
class Day:
    date: datetime.date
    items: list[Listed]


def by_day(listed: list[Listed], first_day: datetime.date) -> list[Day]:
    days: dict[datetime.date, list[Listed]] = {}
    for item in listed:
        days.setdefault(max(item.occurrence.day, first_day), []).append(item)
    return [Day(date, items) for date, items in days.items()]


class EventResults:
    """The days of occurrences an event filter shows, worked out only when the page's results
    are not already in the fragment cache."""

    def __init__(self, event_filter: EventFilter):
        self.event_filter = event_filter

    @cached_property
    def _pages(self) -> tuple[list[Day], bool]:
        days = by_day(self.event_filter.occurrences(), self.event_filter.start)
        shown, count = [], 0
        for day in days:
            if count and count + len(day.items) > PAGE_SIZE:
                break
            shown.append(day)
            count += len(day.items)
        return shown, len(shown) < len(days)

    @property
    def days(self) -> list[Day]:
        return self._pages[0]

    @property
    def truncated(self) -> bool:
        return self._pages[1]

    @property
    def occurrence_count(self) -> int:
        return sum(len(day.items) for day in self.days)

    @property
    def shown_until(self) -> datetime.date:
        return self.days[-1].date if self.truncated else self.event_filter.end

    @property
    def later_query(self) -> str:
        start, end = self.event_filter.start, self.event_filter.end
        later_start = self.shown_until + datetime.timedelta(days=1)
        later_end = end if self.truncated else later_start + datetime.timedelta(days=(end - start).days)
        return self.event_filter.query(start=later_start.isoformat(), end=later_end.isoformat())


def listing_context(index, request) -> dict:
    """What the event index shows for this request: the form, the results and the links."""
    event_filter = EventFilter.from_request(index, request)
    filtered = bool(event_filter.audience or event_filter.place or request.GET.get("start") or request.GET.get("end"))
    return {
        "event_filter": event_filter,
        "filter_form": event_filter.form,
        "results": EventResults(event_filter),
        # The results depend on these choices only (the start defaults to today), and are cached by them.
        "results_key": event_filter.query(),
        "ical_query": event_filter.query(),
        "is_filtered": filtered,
    }
