"""The upcoming occurrences of an event index, filtered by dates, audience and place (a plain
GET form, so the filters work without JavaScript), grouped by day. `list_occurrences` is the one
listing for a `Choice`: the page and the API both show what it gives; the calendar export takes
the same `matching_events`."""

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
class Choice:
    """What to list: the days from `start` to `end`, events for `audience` (an audience page; its
    translations count too) and at `place` (both optional), about `page_size` occurrences a page."""

    start: datetime.date
    end: datetime.date
    audience: object | None = None
    place: str = ""
    page_size: int = PAGE_SIZE

    @classmethod
    def upcoming(cls, today: datetime.date | None = None) -> "Choice":
        """The choice before the reader makes one: the next DEFAULT_DAYS days, every event."""
        start = today or timezone.localdate()
        return cls(start, start + datetime.timedelta(days=DEFAULT_DAYS - 1))


@dataclass(frozen=True)
class Listed:
    """One occurrence of one event, as the list shows it."""

    event: object
    occurrence: Occurrence


@dataclass(frozen=True)
class Day:
    date: datetime.date
    items: list[Listed]


@dataclass(frozen=True)
class Listing:
    """The first page of what a choice selects: whole days, and whether later days were left for
    the next page."""

    days: list[Day]
    truncated: bool

    @property
    def occurrences(self) -> list[Listed]:
        return [item for day in self.days for item in day.items]


def matching_events(index, choice: Choice) -> list:
    """The index's events that match the audience and place and happen in the period."""
    queryset = index.events().filter(start_date__lte=choice.end)
    one_off = Q(recurrence_frequency="") & Q(end_on__gte=choice.start)
    repeating = ~Q(recurrence_frequency="") & (Q(recurrence_until__isnull=True) | Q(recurrence_until__gte=choice.start))
    queryset = queryset.annotate(end_on=Coalesce("end_date", "start_date")).filter(one_off | repeating)
    if choice.audience is not None:
        queryset = queryset.filter(audiences__translation_key=choice.audience.translation_key).distinct()
    if choice.place:
        queryset = queryset.filter(place_name=choice.place)
    return [
        event
        for event in queryset.order_by("start_date", "start_time", "title")
        if event.schedule.occurrences_between(choice.start, choice.end)
    ]


def list_occurrences(index, choice: Choice) -> Listing:
    """What the event index lists for a choice, on its page and in the API: the occurrences soonest
    first (all-day ones first on their day, then by time and title), grouped by day, an event that
    began earlier on the first day. The list ends with the last whole day within `page_size`
    (but shows at least one day)."""
    listed = sorted(
        (
            Listed(event, occurrence)
            for event in matching_events(index, choice)
            for occurrence in event.schedule.occurrences_between(choice.start, choice.end)
        ),
        key=lambda item: (_sort_key(item.occurrence, choice.start), item.event.title),
    )
    days: dict[datetime.date, list[Listed]] = {}
    for item in listed:
        days.setdefault(max(item.occurrence.day, choice.start), []).append(item)
    shown, count = [], 0
    for date, items in days.items():
        if count and count + len(items) > choice.page_size:
            break
        shown.append(Day(date, items))
        count += len(items)
    return Listing(shown, len(shown) < len(days))


def _sort_key(occurrence: Occurrence, first_day: datetime.date):
    day = max(occurrence.day, first_day)
    time = datetime.time() if occurrence.all_day else occurrence.start.timetz().replace(tzinfo=None)
    return (day, not occurrence.all_day, time)


@dataclass
class EventFilter:
    """The reader's choice from the filter form (checked), for one event index."""

    index: object
    form: EventFilterForm
    choice: Choice

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
        upcoming = Choice.upcoming(cleaned.get("start"))
        start, end = upcoming.start, cleaned.get("end") or upcoming.end
        if end < start or (end - start).days >= MAX_DAYS:
            end = upcoming.end
        # Show the period in effect in the date fields (what the reader typed stays when it is wrong).
        form.data = form.data.copy()
        for name, value in (("start", start), ("end", end)):
            if name not in form.errors and not form.data.get(name):
                form.data[name] = value.isoformat()
        audience = next((page for page in audiences if page.slug == cleaned.get("audience")), None)
        return cls(index, form, Choice(start, end, audience, cleaned.get("place") or ""))

    @property
    def start(self) -> datetime.date:
        return self.choice.start

    @property
    def end(self) -> datetime.date:
        return self.choice.end

    @property
    def audience(self):
        return self.choice.audience

    @property
    def place(self) -> str:
        return self.choice.place

    def matching_events(self):
        return matching_events(self.index, self.choice)

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


class EventResults:
    """The page's view of `list_occurrences`, worked out only when the page's results are not
    already in the fragment cache."""

    def __init__(self, event_filter: EventFilter):
        self.event_filter = event_filter

    @cached_property
    def _listing(self) -> Listing:
        return list_occurrences(self.event_filter.index, self.event_filter.choice)

    @property
    def days(self) -> list[Day]:
        return self._listing.days

    @property
    def truncated(self) -> bool:
        return self._listing.truncated

    @property
    def occurrence_count(self) -> int:
        return len(self._listing.occurrences)

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
