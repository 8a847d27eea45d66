"""An appointment as an iCalendar file (RFC 5545), for the citizen's calendar app.

Calendars are shared, synchronised to other services and shown on other devices, so the file
carries no secret: not the case link (its token opens the case and cancels the booking), only
the reference and the address of the page the time was booked on.
"""

from datetime import UTC

from django.conf import settings
from django.utils import timezone


def _escape(text: str) -> str:
    return (str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")).replace(
        "\n", "\\n"
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    data = line.encode()
    parts = []
    while len(data) > 75:
        cut = 75 if not parts else 74
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(data[:cut].decode())
        data = data[cut:]
    parts.append(data.decode())
    return "\r\n ".join(parts)


def _utc(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def appointment_ics(booking, case, page_url: str, description: str) -> str:
    """The appointment as an event; `page_url` is a public, token-free address."""
    host = settings.SITE_BASE_URL.split("//")[-1].split("/")[0] or "kommunportal"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kommunportal//Tidsbokning//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:booking-{booking.pk}@{host}",
        f"DTSTAMP:{_utc(timezone.now())}",
        f"DTSTART:{_utc(booking.starts_at)}",
        f"DTEND:{_utc(booking.ends_at)}",
        f"SUMMARY:{_escape(booking.resource.name)}",
    ]
    if booking.resource.location:
        lines.append(f"LOCATION:{_escape(booking.resource.location)}")
    lines += [
        f"DESCRIPTION:{_escape(description)}",
        *([f"URL:{page_url}"] if page_url else []),
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape(booking.resource.name)}",
        "TRIGGER:-PT1H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
