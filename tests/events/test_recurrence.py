"""Recurrence: expansion of daily, weekly and monthly rules in local time, counts, end dates,
cancelled dates, and the changes to and from summer time."""

import datetime
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from events.recurrence import Schedule

STOCKHOLM = ZoneInfo("Europe/Stockholm")
D = datetime.date


def starts(schedule, first, last):
    return [occurrence.start for occurrence in schedule.occurrences_between(first, last)]


def test_a_one_off_event_happens_once():
    schedule = Schedule(D(2026, 5, 4), datetime.time(18), end_time=datetime.time(20))
    assert starts(schedule, D(2026, 5, 1), D(2026, 5, 31)) == [datetime.datetime(2026, 5, 4, 18, tzinfo=STOCKHOLM)]
    assert starts(schedule, D(2026, 5, 5), D(2026, 5, 31)) == []


def test_a_weekly_event_repeats_on_its_weekdays():
    schedule = Schedule(D(2026, 5, 4), datetime.time(9), frequency="WEEKLY", weekdays=("MO", "TH"))
    days = [start.date() for start in starts(schedule, D(2026, 5, 1), D(2026, 5, 14))]
    assert days == [D(2026, 5, 4), D(2026, 5, 7), D(2026, 5, 11), D(2026, 5, 14)]


def test_a_weekly_event_without_weekdays_uses_the_start_weekday():
    schedule = Schedule(D(2026, 5, 6), datetime.time(10), frequency="WEEKLY")
    assert schedule.effective_weekdays() == ("WE",)
    assert [start.day for start in starts(schedule, D(2026, 5, 1), D(2026, 5, 31))] == [6, 13, 20, 27]


def test_an_interval_skips_weeks():
    schedule = Schedule(D(2026, 5, 7), datetime.time(14), frequency="WEEKLY", interval=2)
    assert [start.day for start in starts(schedule, D(2026, 5, 1), D(2026, 5, 31))] == [7, 21]


def test_a_monthly_event_on_the_same_date():
    schedule = Schedule(D(2026, 1, 14), datetime.time(18), frequency="MONTHLY", count=3)
    assert [start.date() for start in starts(schedule, D(2026, 1, 1), D(2026, 12, 31))] == [
        D(2026, 1, 14),
        D(2026, 2, 14),
        D(2026, 3, 14),
    ]


def test_a_monthly_event_on_the_same_weekday_of_the_month():
    # 2026-01-20 is the third Tuesday of January.
    schedule = Schedule(D(2026, 1, 20), datetime.time(18), frequency="MONTHLY", monthly_by="weekday", count=3)
    assert [start.date() for start in starts(schedule, D(2026, 1, 1), D(2026, 12, 31))] == [
        D(2026, 1, 20),
        D(2026, 2, 17),
        D(2026, 3, 17),
    ]
    assert "BYDAY=3TU" in schedule.rfc5545()


def test_until_is_the_last_possible_day():
    schedule = Schedule(D(2026, 5, 1), datetime.time(10), frequency="DAILY", until=D(2026, 5, 3))
    assert [start.day for start in starts(schedule, D(2026, 4, 1), D(2026, 6, 30))] == [1, 2, 3]
    assert schedule.last_day() == D(2026, 5, 3)


def test_count_limits_the_number_of_occurrences():
    schedule = Schedule(D(2026, 5, 1), datetime.time(10), frequency="WEEKLY", count=4)
    assert len(starts(schedule, D(2026, 1, 1), D(2027, 1, 1))) == 4
    assert schedule.last_day() == D(2026, 5, 22)


def test_cancelled_dates_are_left_out():
    schedule = Schedule(
        D(2026, 5, 5), datetime.time(10), frequency="WEEKLY", excluded_dates=frozenset({D(2026, 5, 12)})
    )
    assert [start.day for start in starts(schedule, D(2026, 5, 1), D(2026, 5, 20))] == [5, 19]
    after = datetime.datetime(2026, 5, 6, tzinfo=STOCKHOLM)
    assert [o.start.day for o in schedule.next_occurrences(after, limit=2)] == [19, 26]


def test_a_weekly_18_oclock_event_stays_at_18_across_the_spring_change():
    # Summer time starts on 2026-03-29 at 02:00: UTC+1 before, UTC+2 after.
    schedule = Schedule(D(2026, 3, 18), datetime.time(18), frequency="WEEKLY")
    before, after = starts(schedule, D(2026, 3, 25), D(2026, 4, 1))
    assert before.date() == D(2026, 3, 25) and after.date() == D(2026, 4, 1)
    assert before.hour == after.hour == 18
    assert before.utcoffset() == datetime.timedelta(hours=1)
    assert after.utcoffset() == datetime.timedelta(hours=2)
    assert before.astimezone(datetime.UTC).hour == 17
    assert after.astimezone(datetime.UTC).hour == 16


def test_a_weekly_18_oclock_event_stays_at_18_across_the_autumn_change():
    # Summer time ends on 2026-10-25 at 03:00: UTC+2 before, UTC+1 after.
    schedule = Schedule(D(2026, 10, 7), datetime.time(18), end_time=datetime.time(19), frequency="WEEKLY")
    before, after = starts(schedule, D(2026, 10, 21), D(2026, 10, 28))
    assert (before.hour, after.hour) == (18, 18)
    assert before.utcoffset() == datetime.timedelta(hours=2)
    assert after.utcoffset() == datetime.timedelta(hours=1)
    occurrence = schedule.occurrences_between(D(2026, 10, 28), D(2026, 10, 28))[0]
    assert occurrence.end - occurrence.start == datetime.timedelta(hours=1)


def test_next_occurrences_skip_what_has_ended():
    schedule = Schedule(D(2026, 5, 4), datetime.time(9), end_time=datetime.time(12), frequency="DAILY")
    during = datetime.datetime(2026, 5, 6, 11, tzinfo=STOCKHOLM)
    assert [o.start.day for o in schedule.next_occurrences(during, limit=2)] == [6, 7]
    after = datetime.datetime(2026, 5, 6, 12, tzinfo=STOCKHOLM)
    assert [o.start.day for o in schedule.next_occurrences(after, limit=1)] == [7]


def test_an_all_day_event_spanning_two_days():
    schedule = Schedule(D(2026, 12, 12), end_date=D(2026, 12, 13))
    assert schedule.all_day
    (occurrence,) = schedule.occurrences_between(D(2026, 12, 13), D(2026, 12, 20))
    assert (occurrence.start, occurrence.end) == (D(2026, 12, 12), D(2026, 12, 13))
    late_sunday = datetime.datetime(2026, 12, 13, 22, tzinfo=STOCKHOLM)
    assert schedule.next_occurrences(late_sunday) == [occurrence]


def test_the_rfc5545_rule_expands_to_the_same_occurrences():
    schedule = Schedule(
        D(2026, 3, 4),
        datetime.time(18),
        frequency="WEEKLY",
        weekdays=("WE", "FR"),
        until=D(2026, 11, 6),
    )
    rule = schedule.rfc5545()
    assert rule.startswith("FREQ=WEEKLY;INTERVAL=1;BYDAY=WE,FR;UNTIL=")
    assert rule.endswith("Z")  # UTC, as RFC 5545 requires with a TZID start
    dtstart = datetime.datetime(2026, 3, 4, 18, tzinfo=STOCKHOLM)
    parsed = list(rrulestr(rule, dtstart=dtstart))
    ours = starts(schedule, D(2026, 1, 1), D(2027, 1, 1))
    assert [value.replace(tzinfo=None) for value in parsed] == [value.replace(tzinfo=None) for value in ours]
    assert ours[-1].date() == D(2026, 11, 6)
