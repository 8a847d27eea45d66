"""Places in the JSON API: a place with its address, position, contact, accessibility, services,
opening hours, coming exceptions and "open now" (with the moment it was computed); the place
list with its places. Registered with the API's page type registry when the app is ready."""

import datetime

from django.utils import timezone

from cms_pages.api import blocks
from cms_pages.api.pages import PAGE_SUMMARY, PageType, register
from foundations.api import links
from foundations.api.schema import component, nullable
from foundations.weekdays import Weekday

from . import hours
from .models import ACCESSIBILITY_FACTS, PlaceIndexPage, PlacePage, PlaceType

TIME = {"type": "string", "pattern": "^([01][0-9]|2[0-4]):[0-5][0-9]$", "description": "Local time, HH:MM."}

PLACE_TYPE = component(
    "PlaceType",
    {
        "type": "object",
        "properties": {"key": {"type": "string", "enum": list(PlaceType.values)}, "label": {"type": "string"}},
        "required": ["key", "label"],
    },
)
ADDRESS = component(
    "PlaceAddress",
    {
        "type": "object",
        "properties": {
            "street_address": {"type": "string"},
            "postcode": {"type": "string"},
            "city": {"type": "string"},
        },
        "required": ["street_address", "postcode", "city"],
    },
)
GEO = component(
    "PlaceGeo",
    {
        "type": "object",
        "properties": {"latitude": {"type": "number"}, "longitude": {"type": "number"}},
        "required": ["latitude", "longitude"],
    },
)
OPEN_NOW = component(
    "PlaceOpenNow",
    {
        "type": "object",
        "description": "Open or closed at `computed_at`, in the municipality's time zone, honouring exceptions.",
        "properties": {
            "computed_at": {"type": "string", "format": "date-time"},
            "is_open": {"type": "boolean"},
            "closes_at": {"type": "string", "format": "date-time", "nullable": True},
            "opens_at": {
                "type": "string",
                "format": "date-time",
                "nullable": True,
                "description": "The next opening within two weeks, if any.",
            },
            "changes_at": {
                "type": "string",
                "format": "date-time",
                "nullable": True,
                "description": "When this answer may change next (an opening, a closing or midnight).",
            },
            "text": {"type": "string", "description": "The status in words, in the asked language."},
        },
        "required": ["computed_at", "is_open", "closes_at", "opens_at", "changes_at", "text"],
    },
)
PLACE_SUMMARY = component(
    "PlaceSummary",
    {
        "type": "object",
        "properties": {
            **links.PAGE_SUMMARY_SCHEMA["properties"],
            "place_type": PLACE_TYPE,
            "address": ADDRESS,
            "geo": nullable(GEO),
            "open_now": OPEN_NOW,
        },
        "required": [*links.PAGE_SUMMARY_SCHEMA["required"], "place_type", "address", "geo", "open_now"],
    },
)

PLACE_PROPERTIES = {
    "intro": {"type": "string"},
    "body": lambda: blocks.stream_schema(PlacePage._meta.get_field("body").stream_block),
    "place_type": PLACE_TYPE,
    "address": ADDRESS,
    "geo": nullable(GEO),
    "contact": {
        "type": "object",
        "properties": {
            "phone": {"type": "string", "description": "E.164, for example +46123456789; empty when none."},
            "phone_display": {"type": "string"},
            "email": {"type": "string"},
            "website": {"type": "string"},
        },
        "required": ["phone", "phone_display", "email", "website"],
    },
    "accessibility": {
        "type": "object",
        "properties": {
            **{name: {"type": "boolean"} for name, _label in ACCESSIBILITY_FACTS},
            "facts": {"type": "array", "items": {"type": "string"}, "description": "The true facts, in words."},
            "note": {"type": "string"},
        },
        "required": [*(name for name, _label in ACCESSIBILITY_FACTS), "facts", "note"],
    },
    "services": {"type": "array", "items": {"type": "string"}},
    "opening_hours": {
        "type": "array",
        "description": "The ordinary week; several intervals a day are possible. `closes` 24:00 is midnight.",
        "items": {
            "type": "object",
            "properties": {
                "weekday": {"type": "integer", "minimum": 0, "maximum": 6, "description": "0 is Monday."},
                "weekday_name": {"type": "string"},
                "opens": TIME,
                "closes": TIME,
            },
            "required": ["weekday", "weekday_name", "opens", "closes"],
        },
    },
    "exceptions": {
        "type": "array",
        "description": "Coming days (today on) when the place is closed or keeps special hours.",
        "items": {
            "type": "object",
            "properties": {
                "start_date": {"type": "string", "format": "date"},
                "end_date": {"type": "string", "format": "date"},
                "closed": {"type": "boolean"},
                "opens": nullable(TIME),
                "closes": nullable(TIME),
                "reason": {"type": "string"},
            },
            "required": ["start_date", "end_date", "closed", "opens", "closes", "reason"],
        },
    },
    "open_now": OPEN_NOW,
    "audiences": {"type": "array", "items": PAGE_SUMMARY, "description": "Audience pages that list this place."},
}


def _time(value) -> str | None:
    if value is None:
        return None
    return "24:00" if value == hours.MIDNIGHT else hours.clock(value)


def _stamp(value) -> str | None:
    return value.isoformat() if value else None


def open_now(page, moment: datetime.datetime) -> dict:
    status = page.schedule().status(moment)
    return {
        "computed_at": status.moment.isoformat(),
        "is_open": status.is_open,
        "closes_at": _stamp(status.closes_at),
        "opens_at": _stamp(status.opens_at),
        "changes_at": _stamp(status.changes_at),
        "text": hours.describe(status),
    }


def _address(page) -> dict:
    return {"street_address": page.street_address, "postcode": page.postcode, "city": page.city}


def _geo(page) -> dict | None:
    return {"latitude": float(page.latitude), "longitude": float(page.longitude)} if page.has_position else None


def place_fields(page, context) -> dict:
    now = timezone.now()
    today = now.astimezone(hours.local_zone()).date()
    return {
        "intro": page.intro,
        "body": blocks.stream_representation(page.body, {**context, "page": page}),
        "place_type": {"key": page.place_type, "label": str(page.get_place_type_display())},
        "address": _address(page),
        "geo": _geo(page),
        "contact": {
            "phone": page.phone,
            "phone_display": page.phone_display,
            "email": page.email,
            "website": page.website,
        },
        "accessibility": {
            **{name: getattr(page, name) for name, _label in ACCESSIBILITY_FACTS},
            "facts": [str(label) for _name, label in page.accessibility_facts()],
            "note": page.accessibility_note,
        },
        "services": page.service_list(),
        "opening_hours": [
            {
                "weekday": row.weekday,
                "weekday_name": str(Weekday(row.weekday).label),
                "opens": _time(row.opens),
                "closes": _time(row.closes),
            }
            for row in sorted(page.opening_hours.all(), key=lambda row: (row.weekday, row.opens))
        ],
        "exceptions": [
            {
                "start_date": row.start_date.isoformat(),
                "end_date": (row.end_date or row.start_date).isoformat(),
                "closed": row.closed,
                "opens": _time(row.opens),
                "closes": _time(row.closes),
                "reason": row.reason,
            }
            for row in page.coming_exceptions(today, days=366)
        ],
        "open_now": open_now(page, now),
        "audiences": [links.page_summary(audience, context) for audience in page.audience_pages()],
    }


def place_summary(page, context, moment) -> dict:
    return {
        **links.page_summary(page, context),
        "place_type": {"key": page.place_type, "label": str(page.get_place_type_display())},
        "address": _address(page),
        "geo": _geo(page),
        "open_now": open_now(page, moment),
    }


def index_fields(page, context) -> dict:
    now = timezone.now()
    return {
        "intro": page.intro,
        "places": [place_summary(place, context, now) for place in page.places()],
    }


PLACE = PageType(
    PlacePage,
    place_fields,
    PLACE_PROPERTIES,
    "A place citizens visit: address, contact, accessibility, services and opening hours.",
)
PLACE_INDEX = PageType(
    PlaceIndexPage,
    index_fields,
    {"intro": {"type": "string"}, "places": {"type": "array", "items": PLACE_SUMMARY}},
    "The list of places in one language.",
)


for _page_type in (PLACE, PLACE_INDEX):
    register(_page_type)
