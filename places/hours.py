"""Opening hours as real time: a place's week and its exceptions (holidays, special hours) turned
into the moments it is open, in the municipality's time zone (settings.TIME_ZONE), across
daylight-saving changes. Plain functions over plain data, so the page, the list, the API and
the tests all compute "open now" the same way.

Wall-clock rules (Europe/Stockholm):
* an interval never crosses midnight; `closes` 00:00 means midnight at the end of the day, and
  an interval ending at midnight joins one starting at 00:00 the next day;
* a time that does not exist (02:00-03:00 on the last Sunday of March) is read as the first
  time that does (03:00): a place open 01:00-04:00 that night is open 01:00-03:00 wall time;
* a time that exists twice (02:00-03:00 on the last Sunday of October): a place opens the
  first time the clock shows `opens` and closes the last time it shows `closes`, so it is
  open throughout the repeated hour.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

MIDNIGHT = datetime.time(0, 0)
ONE_DAY = datetime.timedelta(days=1)
#: How far ahead "opens ..." looks for the next opening.
LOOKAHEAD_DAYS = 14


@dataclass(frozen=True)
class WeeklyHours:
    """One interval of a weekday (0 = Monday); several per day are allowed."""

    weekday: int
    opens: datetime.time
    closes: datetime.time


@dataclass(frozen=True)
class SpecialDays:
    """A date or date range that is closed (`closed`) or open at special hours (`opens`-`closes`).
    Several rows for the same days give several intervals."""

    start: datetime.date
    end: datetime.date | None
    closed: bool
    opens: datetime.time | None = None
    closes: datetime.time | None = None
    reason: str = ""

    @property
    def last_day(self) -> datetime.date:
        return self.end or self.start

    def covers(self, day: datetime.date) -> bool:
        return self.start <= day <= self.last_day


@dataclass(frozen=True)
class DayHours:
    """What holds on one date: its intervals, and the exception that set them, if any."""

    day: datetime.date
    intervals: tuple[tuple[datetime.time, datetime.time], ...]
    is_exception: bool = False
    reason: str = ""

    @property
    def closed(self) -> bool:
        return not self.intervals


@dataclass(frozen=True)
class Opening:
    """A stretch of real time the place is open (aware datetimes in UTC: Python compares and
    subtracts two datetimes of the same zone by their wall times, ignoring DST)."""

    starts: datetime.datetime
    ends: datetime.datetime


@dataclass(frozen=True)
class Status:
    """Open or closed at `moment`, and when that changes (datetimes in the local time zone,
    for display; compare them after `.astimezone(datetime.UTC)`)."""

    moment: datetime.datetime
    is_open: bool
    closes_at: datetime.datetime | None
    opens_at: datetime.datetime | None
    today: DayHours
    changes_at: datetime.datetime | None = field(default=None)


@dataclass(frozen=True)
class Schedule:
    """A place's hours: the ordinary week and the exceptions."""

    weekly: tuple[WeeklyHours, ...]
    special: tuple[SpecialDays, ...] = ()

    def day(self, day: datetime.date) -> DayHours:
        found = [row for row in self.special if row.covers(day)]
        if found:
            reason = next((row.reason for row in found if row.reason), "")
            if any(row.closed for row in found):
                return DayHours(day, (), True, next((row.reason for row in found if row.closed and row.reason), reason))
            intervals = sorted((row.opens, row.closes) for row in found if row.opens is not None and row.closes)
            return DayHours(day, tuple(intervals), True, reason)
        intervals = sorted((row.opens, row.closes) for row in self.weekly if row.weekday == day.weekday())
        return DayHours(day, tuple(intervals))

    def week(self, first_day: datetime.date) -> list[DayHours]:
        return [self.day(first_day + ONE_DAY * offset) for offset in range(7)]

    def openings(self, first_day: datetime.date, days: int) -> list[Opening]:
        """The open stretches of `days` days from `first_day`, joined where one ends as the next starts."""
        found: list[Opening] = []
        for offset in range(days):
            day = first_day + ONE_DAY * offset
            for opens, closes in self.day(day).intervals:
                starts, ends = start_instant(day, opens), end_instant(day, closes)
                if ends <= starts:
                    continue  # wholly inside the spring gap
                if found and starts <= found[-1].ends:
                    if ends > found[-1].ends:
                        found[-1] = Opening(found[-1].starts, ends)
                    continue
                found.append(Opening(starts, ends))
        return found

    def status(self, moment: datetime.datetime) -> Status:
        zone = local_zone()
        now = moment.astimezone(datetime.UTC)
        today = now.astimezone(zone).date()
        openings = self.openings(today - ONE_DAY, LOOKAHEAD_DAYS + 1)
        current = next((opening for opening in openings if opening.starts <= now < opening.ends), None)
        upcoming = next((opening.starts for opening in openings if opening.starts > now), None)
        changes = [instant for instant in (current.ends if current else upcoming, next_midnight(now)) if instant]
        return Status(
            moment=now.astimezone(zone),
            is_open=current is not None,
            closes_at=current.ends.astimezone(zone) if current else None,
            opens_at=upcoming.astimezone(zone) if upcoming else None,
            today=self.day(today),
            changes_at=min(changes).astimezone(zone),
        )

    def states(self, moment: datetime.datetime, hours: int) -> list[Status]:
        """The status at `moment` and at every change (opening, closing, midnight) in the next
        `hours` hours: what a page cached at `moment` should say later."""
        found = [self.status(moment)]
        limit = moment.astimezone(datetime.UTC) + datetime.timedelta(hours=hours)
        while found[-1].changes_at and found[-1].changes_at.astimezone(datetime.UTC) < limit:
            found.append(self.status(found[-1].changes_at))
        return found


def local_zone() -> datetime.tzinfo:
    return timezone.get_default_timezone()


def _existing(day: datetime.date, clock: datetime.time, fold: int) -> datetime.datetime:
    """The wall time `clock` on `day`, or the first existing one after it when the clock skips it."""
    zone = local_zone()
    naive = datetime.datetime.combine(day, clock)
    for _minute in range(24 * 60):
        aware = naive.replace(tzinfo=zone, fold=fold)
        if aware.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None) == naive:
            return aware
        naive += datetime.timedelta(minutes=1)
    raise ValueError(f"No existing wall time after {day} {clock}")  # pragma: no cover


def start_instant(day: datetime.date, opens: datetime.time) -> datetime.datetime:
    """The first moment the clock shows `opens` on `day` (in UTC)."""
    return _existing(day, opens, fold=0).astimezone(datetime.UTC)


def end_instant(day: datetime.date, closes: datetime.time) -> datetime.datetime:
    """The last moment the clock shows `closes` on `day` (00:00: midnight at the end of the day), in UTC."""
    if closes == MIDNIGHT:
        return _existing(day + ONE_DAY, MIDNIGHT, fold=0).astimezone(datetime.UTC)
    return _existing(day, closes, fold=1).astimezone(datetime.UTC)


def next_midnight(moment: datetime.datetime) -> datetime.datetime:
    """The next local midnight after `moment`, in UTC."""
    return _existing(moment.astimezone(local_zone()).date() + ONE_DAY, MIDNIGHT, fold=0).astimezone(datetime.UTC)


# --- words -------------------------------------------------------------------------------------


def clock(value: datetime.time | datetime.datetime) -> str:
    return value.strftime("%H:%M")


def when(moment: datetime.datetime, now: datetime.datetime) -> str:
    """A later moment as a reader at `now` says it: "16:00", "tomorrow 09:00", "Monday 09:00",
    "7 January 09:00"."""
    moment, now = moment.astimezone(local_zone()), now.astimezone(local_zone())
    days = (moment.date() - now.date()).days
    time = clock(moment)
    if days <= 0:
        return time
    if days == 1:
        return _("tomorrow %(time)s") % {"time": time}
    if days < 7:
        return pgettext("weekday and time", "%(day)s %(time)s") % {
            "day": formats.date_format(moment, "l"),
            "time": time,
        }
    return pgettext("date and time", "%(date)s %(time)s") % {
        "date": formats.date_format(moment, "j F"),
        "time": time,
    }


def describe(status: Status) -> str:
    """ "Open now, closes 16:00" / "Closed, opens tomorrow 09:00" / "Closed today (Julafton)"."""
    now = status.moment
    if status.is_open:
        return _("Open now, closes %(when)s") % {"when": when(status.closes_at, now)}
    today = status.today
    opens_later_today = status.opens_at is not None and status.opens_at.date() == now.date()
    if today.is_exception and today.closed and today.reason and not opens_later_today:
        if status.opens_at is None:
            return _("Closed today (%(reason)s)") % {"reason": today.reason}
        return _("Closed today (%(reason)s), opens %(when)s") % {
            "reason": today.reason,
            "when": when(status.opens_at, now),
        }
    if status.opens_at is None:
        return _("Closed")
    if opens_later_today:
        return _("Closed, opens today %(when)s") % {"when": when(status.opens_at, now)}
    return _("Closed, opens %(when)s") % {"when": when(status.opens_at, now)}
