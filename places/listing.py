"""The place list's filters (type, audience, open now) from a plain GET form: the options with
their counts, the matching places, and when the list next changes by itself."""

import datetime
from dataclasses import dataclass

from django.utils import translation

from foundations.tree_cache import cached

from . import hours
from .presentation import status_data

#: The list's places carry their later states this far ahead for the script.
LIST_STATES_AHEAD_HOURS = 12


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool


def cached_listing(index_page, params, now: datetime.datetime) -> dict:
    """`listing()`, kept in the page-tree cache for the rest of the minute: opening hours change
    on whole minutes, so within one minute the list, its counts and "open now" stay the same
    (and a publish starts afresh)."""
    choices = ":".join(params.get(name, "")[:100] for name in ("type", "audience", "open"))
    minute = now.astimezone(hours.local_zone()).strftime("%Y%m%d%H%M")
    key = f"places:list:{index_page.pk}:{translation.get_language()}:{minute}:{choices}"
    return cached(key, lambda: listing(index_page, params, now), shared=False)


def listing(index_page, params, now: datetime.datetime) -> dict:
    from .models import PlaceType

    places = index_page.places()
    audiences = list(
        index_page.audiences_beside("id", "title", "slug", "url_path", "path", "depth", "locale_id", "translation_key")
    )
    keys_by_slug = {audience.slug: str(audience.translation_key) for audience in audiences}

    chosen_type = params.get("type", "")
    chosen_type = chosen_type if chosen_type in PlaceType.values else ""
    chosen_audience = params.get("audience", "")
    chosen_audience = chosen_audience if chosen_audience in keys_by_slug else ""
    only_open = params.get("open") == "1"

    entries = []
    for place in places:
        state = status_data(place.schedule(), now, LIST_STATES_AHEAD_HOURS)
        entries.append(
            {
                "page": place,
                "type": place.place_type,
                "type_label": place.get_place_type_display(),
                "audience_keys": {str(audience.translation_key) for audience in place.audiences.all()},
                "url": place.get_url(),
                **state,
            }
        )

    def matches(entry, *, type_=None, audience=None, open_=None) -> bool:
        type_ = chosen_type if type_ is None else type_
        audience = chosen_audience if audience is None else audience
        open_ = only_open if open_ is None else open_
        return (
            (not type_ or entry["type"] == type_)
            and (not audience or keys_by_slug[audience] in entry["audience_keys"])
            and (not open_ or entry["status"].is_open)
        )

    present_types = [choice for choice in PlaceType if any(entry["type"] == choice.value for entry in entries)]
    type_options = [
        Option(
            choice.value,
            str(choice.label),
            sum(matches(e, type_=choice.value) for e in entries),
            choice.value == chosen_type,
        )
        for choice in present_types
    ]
    audience_options = [
        Option(
            audience.slug,
            audience.title,
            sum(matches(e, audience=audience.slug) for e in entries),
            audience.slug == chosen_audience,
        )
        for audience in audiences
    ]
    results = [entry for entry in entries if matches(entry)]
    changes = [entry["status"].changes_at for entry in entries if entry["status"].changes_at]
    return {
        "places": results,
        "place_count": len(entries),
        "type_options": type_options,
        "type_all_count": sum(matches(e, type_="") for e in entries),
        "audience_options": audience_options,
        "audience_all_count": sum(matches(e, audience="") for e in entries),
        "open_count": sum(matches(e, open_=True) for e in entries),
        "chosen_type": chosen_type,
        "chosen_audience": chosen_audience,
        "only_open": only_open,
        "filtered": bool(chosen_type or chosen_audience or only_open),
        "status_time": hours.clock(now.astimezone(hours.local_zone())),
        "changes_at": min(changes) if changes else hours.next_midnight(now),
        "mapped_places": [entry for entry in results if entry["page"].has_position],
    }
