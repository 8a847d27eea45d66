"""When an event happens: its first occurrence, an optional RFC 5545 recurrence rule built from
the editor's plain fields with python-dateutil, and cancelled dates.

Occurrences are computed in local (wall-clock) time and only then given the municipality's time
zone, so a weekly 18:00 event stays at 18:00 across the changes to and from summer time; only
its UTC offset changes. This is what RFC 5545 prescribes for a DTSTART with a TZID.
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings

NONE, DAILY, WEEKLY, MONTHLY = "", "DAILY", "WEEKLY", "MONTHLY"
FREQUENCIES = {DAILY: rrule.DAILY, WEEKLY: rrule.WEEKLY, MONTHLY: rrule.MONTHLY}
#: RFC 5545 weekday codes, Monday first (Python's `date.weekday()` order).
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MONTHLY_BY_DATE, MONTHLY_BY_WEEKDAY = "date", "weekday"


def local_zone() -> ZoneInfo:
    """The municipality's time zone (settings.TIME_ZONE, Europe/Stockholm)."""
    return ZoneInfo(settings.TIME_ZONE)


def week_of_month(day: datetime.date) -> int:
    """1 to 4 for the first to fourth such weekday of its month, -1 for the last (a fifth one)."""
    number = (day.day - 1) // 7 + 1
    return -1 if number > 4 else number


@dataclass(frozen=True)
class Occurrence:
    """One time an event happens, as aware datetimes in the local zone (or dates when all day)."""

    start: datetime.datetime | datetime.date
    end: datetime.datetime | datetime.date
    all_day: bool

    @property
    def day(self) -> datetime.date:
        return self.start if self.all_day else self.start.date()

    @property
    def last_day(self) -> datetime.date:
        return self.end if self.all_day else self.end.date()


@dataclass(frozen=True)
class Schedule:
    """An event's times: the first occurrence and how (whether) it repeats."""

    start_date: datetime.date
    start_time: datetime.time | None = None
    end_date: datetime.date | None = None
    end_time: datetime.time | None = None
    frequency: str = NONE
    interval: int = 1
    weekdays: tuple[str, ...] = ()
    monthly_by: str = MONTHLY_BY_DATE
    until: datetime.date | None = None
    count: int | None = None
    excluded_dates: frozenset[datetime.date] = field(default_factory=frozenset)

    # --- the first occurrence ------------------------------------------------------------------

    @property
    def all_day(self) -> bool:
        return self.start_time is None

    @property
    def is_recurring(self) -> bool:
        return self.frequency in FREQUENCIES

    def _local_start(self) -> datetime.datetime:
        return datetime.datetime.combine(self.start_date, self.start_time or datetime.time())

    def _local_end(self) -> datetime.datetime:
        """End of the first occurrence (naive local). Without an end: the same day, and for a
        timed event one hour later (an end time alone is on the start day)."""
        end_date = self.end_date or self.start_date
        if self.all_day:
            return datetime.datetime.combine(end_date, datetime.time())
        if self.end_time is None:
            if self.end_date is None or self.end_date == self.start_date:
                return self._local_start() + datetime.timedelta(hours=1)
            return datetime.datetime.combine(end_date, self.start_time)
        return datetime.datetime.combine(end_date, self.end_time)

    @property
    def duration(self) -> datetime.timedelta:
        return self._local_end() - self._local_start()

    # --- the rule ------------------------------------------------------------------------------

    def effective_weekdays(self) -> tuple[str, ...]:
        """The weekdays of a weekly event; without any, the start's weekday."""
        if self.frequency != WEEKLY:
            return ()
        chosen = tuple(day for day in WEEKDAYS if day in self.weekdays)
        return chosen or (WEEKDAYS[self.start_date.weekday()],)

    def _rule_arguments(self) -> dict:
        arguments = {"interval": max(1, self.interval or 1)}
        if self.frequency == WEEKLY:
            arguments["byweekday"] = [getattr(rrule, day) for day in self.effective_weekdays()]
        elif self.frequency == MONTHLY and self.monthly_by == MONTHLY_BY_WEEKDAY:
            weekday = getattr(rrule, WEEKDAYS[self.start_date.weekday()])
            arguments["byweekday"] = [weekday(week_of_month(self.start_date))]
        if self.count:
            arguments["count"] = self.count
        elif self.until:
            arguments["until"] = datetime.datetime.combine(self.until, datetime.time.max)
        return arguments

    def rule(self) -> rrule.rrule | None:
        """The dateutil rule over naive local datetimes, or None for a one-off event."""
        if not self.is_recurring:
            return None
        return rrule.rrule(FREQUENCIES[self.frequency], dtstart=self._local_start(), **self._rule_arguments())

    def rfc5545(self) -> str:
        """The RRULE value (without the `RRULE:` name), e.g. `FREQ=WEEKLY;INTERVAL=1;BYDAY=WE`.

        UNTIL is in UTC for a timed event (its DTSTART has a TZID) and a date for an all-day one.
        """
        if not self.is_recurring:
            return ""
        parts = [f"FREQ={self.frequency}", f"INTERVAL={max(1, self.interval or 1)}"]
        if self.frequency == WEEKLY:
            parts.append("BYDAY=" + ",".join(self.effective_weekdays()))
        elif self.frequency == MONTHLY and self.monthly_by == MONTHLY_BY_WEEKDAY:
            parts.append(f"BYDAY={week_of_month(self.start_date)}{WEEKDAYS[self.start_date.weekday()]}")
        if self.count:
            parts.append(f"COUNT={self.count}")
        elif self.until:
            if self.all_day:
                parts.append(f"UNTIL={self.until:%Y%m%d}")
            else:
                last = datetime.datetime.combine(self.until, datetime.time(23, 59, 59), tzinfo=local_zone())
                parts.append(f"UNTIL={last.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}")
        return ";".join(parts)

    # --- occurrences ---------------------------------------------------------------------------

    def _occurrence(self, local_start: datetime.datetime) -> Occurrence:
        local_end = local_start + self.duration
        if self.all_day:
            return Occurrence(local_start.date(), local_end.date(), True)
        zone = local_zone()
        # Wall-clock time first, then the zone: the offset is the one in force on that day.
        return Occurrence(local_start.replace(tzinfo=zone), local_end.replace(tzinfo=zone), False)

    def occurrences_between(self, first_day: datetime.date, last_day: datetime.date) -> list[Occurrence]:
        """Occurrences that take place (at least partly) on the days from `first_day` to `last_day`."""
        # Start early enough to catch an occurrence that began before the window and still runs.
        earliest_start = datetime.datetime.combine(first_day, datetime.time()) - self.duration
        latest_start = datetime.datetime.combine(last_day, datetime.time.max)
        found = []
        rule = self.rule()
        if rule is None:
            candidates = [self._local_start()]
        else:
            candidates = rule.between(earliest_start, latest_start, inc=True)
        for start in candidates:
            if start.date() in self.excluded_dates and rule is not None:
                continue
            occurrence = self._occurrence(start)
            if occurrence.last_day >= first_day and occurrence.day <= last_day:
                if not self.all_day and occurrence.end.date() == first_day and occurrence.end.time() == datetime.time():
                    continue  # ended at midnight, as the window began
                found.append(occurrence)
        return found

    def next_occurrences(self, after: datetime.datetime, limit: int = 5) -> list[Occurrence]:
        """The next `limit` occurrences that have not ended by `after` (an aware datetime)."""
        local_after = after.astimezone(local_zone()).replace(tzinfo=None)
        if self.all_day:
            # An all-day event runs until the end of its last day.
            local_after = datetime.datetime.combine(local_after.date(), datetime.time())
            since = local_after - self.duration
            inclusive = True
        else:
            since, inclusive = local_after - self.duration, False
        rule = self.rule()
        if rule is None:
            starts = (
                [self._local_start()]
                if self._local_start() > since or (inclusive and self._local_start() == since)
                else []
            )
        else:
            starts = rule.xafter(since, inc=inclusive)
        found = []
        for start in starts:
            if rule is not None and start.date() in self.excluded_dates:
                continue
            found.append(self._occurrence(start))
            if len(found) >= limit:
                break
        return found

    def first_occurrence(self) -> Occurrence:
        return self._occurrence(self._local_start())

    def last_day(self) -> datetime.date | None:
        """The last day on which the event happens; None when it repeats without end."""
        if not self.is_recurring:
            return self._local_end().date()
        if self.count or self.until:
            starts = list(self.rule())
            if not starts:
                return self.start_date
            return (starts[-1] + self.duration).date()
        return None
