"""Schema.org `Event` (JSON-LD) and Open Graph metadata of event pages, for search engines and
link previews."""

import datetime
import json

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Site

from cms_pages.navigation import site_tree

from . import recurrence

SCHEMA_DAYS = {
    "MO": "https://schema.org/Monday",
    "TU": "https://schema.org/Tuesday",
    "WE": "https://schema.org/Wednesday",
    "TH": "https://schema.org/Thursday",
    "FR": "https://schema.org/Friday",
    "SA": "https://schema.org/Saturday",
    "SU": "https://schema.org/Sunday",
}
REPEAT_FREQUENCY = {recurrence.DAILY: "D", recurrence.WEEKLY: "W", recurrence.MONTHLY: "M"}
OG_LOCALES = {"sv": "sv_SE", "en": "en_GB", "ar": "ar_AR"}


def _iso(value) -> str:
    return value.isoformat()


def _schedule(event) -> dict:
    schedule = event.schedule
    data = {
        "@type": "Schedule",
        "startDate": schedule.start_date.isoformat(),
        "repeatFrequency": f"P{max(1, schedule.interval)}{REPEAT_FREQUENCY[schedule.frequency]}",
        "scheduleTimezone": str(recurrence.local_zone()),
    }
    if schedule.frequency == recurrence.WEEKLY:
        data["byDay"] = [SCHEMA_DAYS[day] for day in schedule.effective_weekdays()]
    if schedule.frequency == recurrence.MONTHLY and schedule.monthly_by == recurrence.MONTHLY_BY_DATE:
        data["byMonthDay"] = schedule.start_date.day
    if not schedule.all_day:
        data["startTime"] = schedule.start_time.strftime("%H:%M:%S")
        end = datetime.datetime.combine(schedule.start_date, schedule.start_time) + schedule.duration
        data["endTime"] = end.strftime("%H:%M:%S")
    if schedule.count:
        data["repeatCount"] = schedule.count
    last_day = schedule.last_day()
    if last_day:
        data["endDate"] = last_day.isoformat()
    if schedule.excluded_dates:
        data["exceptDate"] = [day.isoformat() for day in sorted(schedule.excluded_dates)]
    return data


def event_data(event, request, occurrences, audience_pages=None, place_page=None) -> dict:
    """The Schema.org Event as a dict: the next occurrence's dates (the first when none is left)."""
    occurrence = occurrences[0] if occurrences else event.schedule.first_occurrence()
    url = request.build_absolute_uri(event.get_url(request=request))
    place = {"@type": "Place", "name": event.place_name}
    if event.place_address:
        place["address"] = {"@type": "PostalAddress", "streetAddress": event.place_address, "addressCountry": "SE"}
    if place_page is not None:
        place["url"] = request.build_absolute_uri(place_page.get_url(request=request))
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": strip_tags(event.intro),
        "url": url,
        "inLanguage": translation.get_language(),
        "startDate": _iso(occurrence.start),
        "endDate": _iso(occurrence.end),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
        "isAccessibleForFree": event.is_free,
    }
    if event.is_recurring:
        data["eventSchedule"] = _schedule(event)
    if event.is_free or event.price is not None or event.registration_url:
        offer = {"@type": "Offer", "price": "0" if event.is_free else f"{event.price:.2f}", "priceCurrency": "SEK"}
        offer["url"] = event.registration_url or url
        data["offers"] = offer
    audiences = [page.title for page in (event.audience_pages() if audience_pages is None else audience_pages)]
    if audiences:
        data["audience"] = [{"@type": "Audience", "audienceType": title} for title in audiences]
    home = _home(request)
    if home is not None:
        data["organizer"] = {
            "@type": "GovernmentOrganization",
            "name": home.title,
            "url": request.build_absolute_uri(home.url),
        }
    return data


def _home(request):
    """The home page in the active language, from the cached navigation (no query)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    trees = site_tree(site)
    tree = trees.get(translation.get_language()) or trees.get(settings.LANGUAGE_CODE)
    return tree.home if tree else None


def event_json_ld(event, request, occurrences, audience_pages=None, place_page=None) -> str:
    """The JSON-LD for a `<script type="application/ld+json">` data block (safe to embed)."""
    return json_script_text(event_data(event, request, occurrences, audience_pages, place_page))


def json_script_text(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Nothing in the data may end the script element early.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 - escaped above, like django's json_script


def open_graph(page, request) -> dict:
    """Open Graph properties of a page (title, description, url, locale, site name)."""
    home = _home(request)
    return {
        "og:type": "website",
        "og:title": page.seo_title or page.title,
        "og:description": page.search_description or strip_tags(getattr(page, "intro", "") or ""),
        "og:url": request.build_absolute_uri(page.get_url(request=request)),
        "og:locale": OG_LOCALES.get(translation.get_language(), translation.get_language()),
        "og:site_name": home.title if home is not None else "",
    }
