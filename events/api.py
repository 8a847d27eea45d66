"""Event pages and event indexes in the JSON API (registered with the page type registry)."""

from cms_pages.api.pages import PAGE_LINK, PAGE_SUMMARY, PageType, body, body_schema, register
from foundations.api import links
from foundations.api.schema import component, nullable

from .listing import DEFAULT_DAYS, PAGE_SIZE, Choice, list_occurrences
from .models import EventIndexPage, EventPage
from .recurrence import Occurrence, local_zone

OCCURRENCE = component(
    "EventOccurrence",
    {
        "type": "object",
        "description": "One time an event happens. Local time with its UTC offset, or dates for all-day events "
        "(`end` is then the last day, inclusive).",
        "properties": {
            "start": {"type": "string", "description": "ISO 8601 date-time with offset, or a date when all day."},
            "end": {"type": "string", "description": "ISO 8601 date-time with offset, or a date when all day."},
            "all_day": {"type": "boolean"},
        },
        "required": ["start", "end", "all_day"],
    },
)
RECURRENCE = {
    "type": "object",
    "nullable": True,
    "description": "How the event repeats; null for a one-off event.",
    "properties": {
        "rule": {"type": "string", "description": "The RFC 5545 RRULE value, e.g. FREQ=WEEKLY;INTERVAL=1;BYDAY=WE."},
        "text": {"type": "string", "description": "The rule in words, in the page's language."},
        "frequency": {"type": "string", "enum": ["DAILY", "WEEKLY", "MONTHLY"]},
        "interval": {"type": "integer", "minimum": 1},
        "weekdays": {"type": "array", "items": {"type": "string", "enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}},
        "until": {"type": "string", "format": "date", "nullable": True},
        "count": {"type": "integer", "nullable": True},
        "excluded_dates": {"type": "array", "items": {"type": "string", "format": "date"}},
    },
    "required": ["rule", "text", "frequency", "interval", "weekdays", "until", "count", "excluded_dates"],
}
PLACE = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "address": {"type": "string"},
        "page": nullable(PAGE_LINK),
    },
    "required": ["name", "address", "page"],
}
REGISTRATION = {
    "type": "object",
    "properties": {
        "url": {"type": "string", "format": "uri", "nullable": True},
        "not_needed": {"type": "boolean", "description": "The page says that no registration is needed."},
    },
    "required": ["url", "not_needed"],
}
EVENT_SUMMARY = {
    "type": "object",
    "properties": {
        **links.PAGE_SUMMARY_SCHEMA["properties"],
        "place": {"type": "string"},
        "occurrence": OCCURRENCE,
    },
    "required": [*links.PAGE_SUMMARY_SCHEMA["required"], "place", "occurrence"],
}


def occurrence(value: Occurrence) -> dict:
    return {"start": value.start.isoformat(), "end": value.end.isoformat(), "all_day": value.all_day}


def _recurrence(page) -> dict | None:
    schedule = page.schedule
    if not schedule.is_recurring:
        return None
    return {
        "rule": schedule.rfc5545(),
        "text": page.recurrence_text,
        "frequency": schedule.frequency,
        "interval": max(1, schedule.interval),
        "weekdays": list(schedule.effective_weekdays()),
        "until": schedule.until.isoformat() if schedule.until else None,
        "count": schedule.count,
        "excluded_dates": [day.isoformat() for day in sorted(schedule.excluded_dates)],
    }


def _ical_url(page, context) -> str:
    return links.absolute(context, (page.get_url() or "") + "ical/")


def _event(page, context) -> dict:
    return {
        "intro": page.intro,
        "body": body(page, context),
        "audiences": [links.page_summary(audience, context) for audience in page.audience_pages()],
        "time_zone": str(local_zone()),
        "first_occurrence": occurrence(page.schedule.first_occurrence()),
        "recurrence": _recurrence(page),
        "next_occurrences": [occurrence(value) for value in page.next_occurrences()],
        "place": {
            "name": page.place_name,
            "address": page.place_address,
            "page": links.page_link(page.place_page, context) if page.place_page_id else None,
        },
        "accessibility": page.accessibility,
        "registration": {"url": page.registration_url or None, "not_needed": page.no_registration_needed},
        "is_free": page.is_free,
        "price": f"{page.price:.2f}" if page.price is not None and not page.is_free else None,
        "ical_url": _ical_url(page, context),
    }


def _event_index(page, context) -> dict:
    # What the index page lists before the reader chooses anything: the same occurrences, in the same order.
    listing = list_occurrences(page, Choice.upcoming())
    return {
        "intro": page.intro,
        "upcoming": [
            {
                **links.page_summary(item.event, context),
                "place": item.event.place_name,
                "occurrence": occurrence(item.occurrence),
            }
            for item in listing.occurrences
        ],
        "ical_url": _ical_url(page, context),
    }


EVENT_TYPE = PageType(
    EventPage,
    _event,
    {
        "intro": {"type": "string"},
        "body": body_schema(EventPage),
        "audiences": {"type": "array", "items": PAGE_SUMMARY, "description": "Audience pages this event is for."},
        "time_zone": {"type": "string", "description": "The time zone of the event's local times."},
        "first_occurrence": OCCURRENCE,
        "recurrence": RECURRENCE,
        "next_occurrences": {
            "type": "array",
            "items": OCCURRENCE,
            "description": "The next occurrences that have not ended (at most five).",
        },
        "place": PLACE,
        "accessibility": {"type": "string", "description": "Accessibility information, plain text."},
        "registration": REGISTRATION,
        "is_free": {"type": "boolean"},
        "price": {"type": "string", "nullable": True, "description": "In SEK, when not free."},
        "ical_url": {"type": "string", "format": "uri", "description": "The event as iCalendar (text/calendar)."},
    },
    "An event, one-off or repeating: when, where, for whom, accessibility and registration.",
)
EVENT_INDEX_TYPE = PageType(
    EventIndexPage,
    _event_index,
    {
        "intro": {"type": "string"},
        "upcoming": {
            "type": "array",
            "items": EVENT_SUMMARY,
            "description": (
                f"Occurrences in the next {DEFAULT_DAYS} days, soonest first, as the index page lists them: "
                f"whole days, at most {PAGE_SIZE} occurrences unless the first day alone has more."
            ),
        },
        "ical_url": {
            "type": "string",
            "format": "uri",
            "description": "All events as iCalendar; takes the filters start, end, audience and place.",
        },
    },
    "The events of one language: upcoming occurrences and the calendar export.",
)

for _page_type in (EVENT_TYPE, EVENT_INDEX_TYPE):
    register(_page_type)
