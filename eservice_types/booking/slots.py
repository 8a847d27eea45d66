"""Which times a resource can be booked: opening hours cut into slots, minus closed days, times
too soon or too far ahead, and slots whose seats are all taken. Times are in the site's zone."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Booking


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime
    free: int

    @property
    def key(self) -> str:
        """The slot as the form sends it: local time, minutes precision."""
        return timezone.localtime(self.starts_at).strftime("%Y-%m-%dT%H:%M")


@dataclass(frozen=True)
class Day:
    date: date
    free_slots: int
    closed_reason: str = ""
    bookable: bool = True


def _starts_on(resource, day: date) -> list[datetime]:
    starts = []
    length = timedelta(minutes=resource.slot_minutes)
    zone = timezone.get_current_timezone()
    for hours in resource.opening_hours.all():
        if hours.weekday != day.weekday():
            continue
        start = datetime.combine(day, hours.opens).replace(tzinfo=zone)
        closes = datetime.combine(day, hours.closes).replace(tzinfo=zone)
        while start + length <= closes:
            starts.append(start)
            start += length
    return sorted(set(starts))


def bookable_window(resource, now=None) -> tuple[datetime, date]:
    """The earliest bookable moment and the last bookable day."""
    now = now or timezone.now()
    return now + timedelta(hours=resource.notice_hours), timezone.localdate(now) + timedelta(days=resource.horizon_days)


def taken(resource, first: datetime, last: datetime) -> dict[datetime, int]:
    rows = (
        Booking.objects.occupying()
        .filter(resource=resource, starts_at__gte=first, starts_at__lte=last)
        .values("starts_at")
        .annotate(count=Count("pk"))
    )
    return {row["starts_at"]: row["count"] for row in rows}


def slots_on(resource, day: date, now=None) -> list[Slot]:
    """Every slot of the day that can still be booked, with its free seats (0 when full)."""
    earliest, last_day = bookable_window(resource, now)
    closed = {closed.date for closed in resource.closed_days.all()}
    if day in closed or day > last_day:
        return []
    starts = [start for start in _starts_on(resource, day) if start >= earliest]
    if not starts:
        return []
    counts = taken(resource, starts[0], starts[-1])
    length = timedelta(minutes=resource.slot_minutes)
    return [Slot(start, start + length, max(resource.capacity - counts.get(start, 0), 0)) for start in starts]


def days_from(resource, first: date, count: int = 7, now=None) -> list[Day]:
    """`count` days from `first`, each with how many free slots it has (one query for all)."""
    earliest, last_day = bookable_window(resource, now)
    closed = {closed.date: closed.reason for closed in resource.closed_days.all()}
    days = [first + timedelta(days=offset) for offset in range(count)]
    starts_by_day = {day: [s for s in _starts_on(resource, day) if s >= earliest] for day in days}
    all_starts = [start for starts in starts_by_day.values() for start in starts]
    counts = taken(resource, min(all_starts), max(all_starts)) if all_starts else {}
    result = []
    for day in days:
        if day in closed:
            result.append(Day(day, 0, closed_reason=closed[day] or str(_("Closed")), bookable=False))
            continue
        if day > last_day or day < timezone.localdate(now or timezone.now()):
            result.append(Day(day, 0, bookable=False))
            continue
        free = sum(1 for start in starts_by_day[day] if counts.get(start, 0) < resource.capacity)
        result.append(Day(day, free, bookable=bool(starts_by_day[day])))
    return result


def parse_slot(value: str) -> datetime | None:
    try:
        naive = datetime.strptime(value, "%Y-%m-%dT%H:%M")
    except (TypeError, ValueError):
        return None
    return naive.replace(tzinfo=timezone.get_current_timezone())


def check_slot(resource, value: str, now=None) -> Slot:
    """The slot the citizen chose, if it is a real, bookable slot; else a clear error. Whether a
    seat is still free is decided by the database when booking."""
    start = parse_slot(value)
    if start is None:
        raise ValidationError(_("Choose a time."), code="required")
    earliest, last_day = bookable_window(resource, now)
    if start < earliest:
        raise ValidationError(_("That time has passed or is too soon to book. Choose a later time."), code="past")
    if timezone.localdate(start) > last_day:
        raise ValidationError(_("That time is too far ahead to book. Choose an earlier time."), code="too_far")
    for slot in slots_on(resource, timezone.localdate(start), now):
        if slot.starts_at == start:
            if slot.free <= 0:
                raise ValidationError(_("That time is fully booked. Choose another time."), code="full")
            return slot
    raise ValidationError(_("We are not open at that time. Choose one of the times shown."), code="closed")
