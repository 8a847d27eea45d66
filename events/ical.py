"""iCalendar (RFC 5545) export of events with the `icalendar` library: one VEVENT per event,
repeating ones with RRULE and EXDATE, times with TZID and the matching VTIMEZONE."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, vRecur

from .recurrence import local_zone

PRODID = "-//Kommunportal//Events//EN"


def uid(event, request) -> str:
    """Stable per event (and the same for its translations: they are the same event)."""
    return f"{event.translation_key}@{request.get_host().split(':')[0]}"


def _description(event) -> str:
    parts = [event.intro]
    if event.accessibility:
        parts.append(event.accessibility)
    if event.registration_url:
        parts.append(event.registration_url)
    return "\n\n".join(strip_tags(part) for part in parts if part)


def _location(event) -> str:
    return ", ".join(part for part in (event.place_name, event.place_address) if part)


def vevent(event, request) -> Event:
    schedule = event.schedule
    first = schedule.first_occurrence()
    component = Event()
    component.add("uid", uid(event, request))
    component.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    component.add("summary", event.title)
    if first.all_day:
        component.add("dtstart", first.start)
        component.add("dtend", first.end + datetime.timedelta(days=1))  # exclusive in iCalendar
    else:
        component.add("dtstart", first.start)
        component.add("dtend", first.end)
    if schedule.is_recurring:
        component.add("rrule", vRecur.from_ical(schedule.rfc5545()))
        for cancelled in sorted(schedule.excluded_dates):
            if first.all_day:
                component.add("exdate", cancelled)
            else:
                start = datetime.datetime.combine(cancelled, event.start_time, tzinfo=local_zone())
                component.add("exdate", start)
    description = _description(event)
    if description:
        component.add("description", description)
    location = _location(event)
    if location:
        component.add("location", location)
    component.add("url", request.build_absolute_uri(event.get_url(request=request)))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    return component


def calendar(events, request, name: str = "") -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", str(local_zone()))
    for event in events:
        cal.add_component(vevent(event, request))
    # Transitions from a year before the first event on (not since 1970): a much smaller file.
    first = min((event.start_date for event in events), default=timezone.localdate())
    cal.add_missing_timezones(first_date=first - datetime.timedelta(days=366))
    return cal


def calendar_response(events, request, *, filename: str, name: str = "") -> HttpResponse:
    body = calendar(list(events), request, name).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
