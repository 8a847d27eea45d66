""" "Open now" in Europe/Stockholm: holidays, special hours, several intervals a day, midnight and
both daylight-saving changes of 2026 (29 March 02:00 -> 03:00, 25 October 03:00 -> 02:00)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from places.hours import Schedule, SpecialDays, WeeklyHours, describe

STOCKHOLM = ZoneInfo("Europe/Stockholm")
UTC = datetime.UTC


def t(text):
    return datetime.time.fromisoformat(text)


def local(text, fold=0):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=STOCKHOLM, fold=fold)


def utc(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=UTC)


def weekdays(opens, closes, days=range(7)):
    return tuple(WeeklyHours(day, t(opens), t(closes)) for day in days)


LIBRARY = weekdays("10:00", "19:00", range(5)) + (WeeklyHours(5, t("11:00"), t("15:00")),)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_a_weekday_during_the_hours_is_open_until_closing_time():
    status = Schedule(LIBRARY).status(local("2026-12-22T14:05"))  # a Tuesday

    assert status.is_open
    assert status.closes_at == local("2026-12-22T19:00")
    assert describe(status) == "Open now, closes 19:00"


def test_after_closing_it_opens_tomorrow():
    status = Schedule(LIBRARY).status(local("2026-12-22T19:30"))

    assert not status.is_open
    assert status.opens_at == local("2026-12-23T10:00")
    assert describe(status) == "Closed, opens tomorrow 10:00"


def test_julafton_closes_the_place_although_it_is_a_weekday():
    schedule = Schedule(LIBRARY, (SpecialDays(datetime.date(2026, 12, 24), None, True, reason="Julafton"),))

    status = schedule.status(local("2026-12-24T12:00"))  # a Thursday

    assert not status.is_open
    assert status.today.is_exception and status.today.reason == "Julafton"
    assert status.opens_at == local("2026-12-25T10:00")  # an ordinary Friday here
    assert describe(status) == "Closed today (Julafton), opens tomorrow 10:00"


def test_julafton_closed_and_juldagen_closed_skip_to_the_next_ordinary_day():
    schedule = Schedule(
        LIBRARY,
        (
            SpecialDays(datetime.date(2026, 12, 24), None, True, reason="Julafton"),
            SpecialDays(datetime.date(2026, 12, 25), datetime.date(2026, 12, 26), True, reason="Jul"),
        ),
    )

    status = schedule.status(local("2026-12-23T19:30"))

    assert status.opens_at == local("2026-12-28T10:00")
    assert describe(status) == "Closed, opens Monday 10:00"


def test_special_hours_on_the_day_before_a_holiday_replace_the_ordinary_ones():
    schedule = Schedule(
        LIBRARY,
        (SpecialDays(datetime.date(2027, 1, 5), None, False, t("10:00"), t("15:00"), "Trettondagsafton"),),
    )

    assert schedule.status(local("2027-01-05T14:59")).is_open
    late = schedule.status(local("2027-01-05T16:00"))  # ordinarily open until 19:00
    assert not late.is_open
    assert schedule.status(local("2027-01-05T12:00")).closes_at == local("2027-01-05T15:00")


def test_several_intervals_a_day_close_for_lunch():
    schedule = Schedule((WeeklyHours(0, t("08:00"), t("12:00")), WeeklyHours(0, t("13:00"), t("16:30"))))

    lunch = schedule.status(local("2026-11-23T12:30"))  # a Monday

    assert not lunch.is_open
    assert describe(lunch) == "Closed, opens today 13:00"
    assert schedule.status(local("2026-11-23T13:00")).is_open
    assert schedule.status(local("2026-11-23T11:59")).closes_at == local("2026-11-23T12:00")


def test_an_interval_ending_at_midnight_joins_the_next_days_early_hours():
    schedule = Schedule((WeeklyHours(4, t("18:00"), t("00:00")), WeeklyHours(5, t("00:00"), t("02:00"))))

    status = schedule.status(local("2026-11-27T23:30"))  # Friday night

    assert status.is_open
    assert status.closes_at == local("2026-11-28T02:00")
    assert describe(status) == "Open now, closes tomorrow 02:00"


def test_spring_forward_a_place_open_0100_0400_is_open_on_both_sides_of_the_missing_hour():
    schedule = Schedule(weekdays("01:00", "04:00"))

    before = schedule.status(utc("2026-03-29T00:59"))  # 01:59 CET
    after = schedule.status(utc("2026-03-29T01:00"))  # 03:00 CEST: 02:00-02:59 never happens

    assert before.is_open and after.is_open
    assert before.closes_at == after.closes_at == local("2026-03-29T04:00")
    # Three hours of wall time were only two real hours that night.
    opening = schedule.openings(datetime.date(2026, 3, 29), 1)[0]
    assert opening.ends - opening.starts == datetime.timedelta(hours=2)


def test_spring_forward_a_check_at_the_missing_0230_is_answered_for_0330():
    schedule = Schedule(weekdays("03:15", "05:00"))

    # 02:30 does not exist on 29 March; the moment after 01:59:59 CET is 03:00 CEST.
    status = schedule.status(utc("2026-03-29T01:30"))

    assert status.moment.hour == 3 and status.moment.minute == 30
    assert status.is_open


def test_spring_forward_hours_wholly_in_the_missing_hour_never_open():
    schedule = Schedule(weekdays("02:00", "02:45"))

    status = schedule.status(utc("2026-03-29T00:30"))  # 01:30 CET

    assert not status.is_open
    assert status.opens_at == local("2026-03-30T02:00")  # the next day's, not a time that does not exist


def test_spring_forward_an_opening_inside_the_missing_hour_starts_at_0300():
    schedule = Schedule(weekdays("02:30", "06:00"))

    status = schedule.status(utc("2026-03-29T00:30"))

    assert status.opens_at == utc("2026-03-29T01:00")  # 03:00 CEST


def test_fall_back_the_repeated_hour_is_open_twice_and_closes_the_second_time():
    schedule = Schedule(weekdays("01:00", "02:30"))

    first = schedule.status(utc("2026-10-25T00:15"))  # 02:15 CEST
    between = schedule.status(utc("2026-10-25T00:45"))  # 02:45 CEST: the clock shows 02:30 again later
    second = schedule.status(utc("2026-10-25T01:15"))  # 02:15 CET
    after = schedule.status(utc("2026-10-25T01:31"))  # 02:31 CET

    assert first.is_open and between.is_open and second.is_open
    assert not after.is_open
    # (An ambiguous local time never equals a time of another zone in Python: compare in UTC.)
    assert first.closes_at.astimezone(UTC) == utc("2026-10-25T01:30")  # 02:30 CET
    opening = schedule.openings(datetime.date(2026, 10, 25), 1)[0]
    assert opening.ends - opening.starts == datetime.timedelta(hours=2, minutes=30)


def test_fall_back_an_opening_in_the_repeated_hour_starts_the_first_time():
    schedule = Schedule(weekdays("02:30", "09:00"))

    status = schedule.status(utc("2026-10-25T00:00"))  # 02:00 CEST

    assert status.opens_at.astimezone(UTC) == utc("2026-10-25T00:30")  # 02:30 CEST, the first 02:30


def test_open_across_the_autumn_night_reports_closing_in_local_time():
    schedule = Schedule(weekdays("00:00", "04:00"))

    status = schedule.status(utc("2026-10-25T00:30"))  # 02:30 CEST

    assert status.closes_at == local("2026-10-25T04:00")
    assert status.closes_at.utcoffset() == datetime.timedelta(hours=1)


def test_states_change_at_openings_closings_and_midnight():
    states = Schedule(LIBRARY).states(local("2026-12-22T18:00"), 24)

    assert [state.moment for state in states] == [
        local("2026-12-22T18:00"),
        local("2026-12-22T19:00"),
        local("2026-12-23T00:00"),
        local("2026-12-23T10:00"),  # the next change (19:00) is more than 24 hours away
    ]
    assert [state.is_open for state in states] == [True, False, False, True]
    assert describe(states[2]) == "Closed, opens today 10:00"


def test_a_place_without_hours_is_simply_closed():
    status = Schedule(()).status(local("2026-12-22T12:00"))

    assert not status.is_open and status.opens_at is None
    assert describe(status) == "Closed"


def test_a_closed_range_with_no_opening_in_two_weeks_says_only_the_reason():
    schedule = Schedule(
        LIBRARY, (SpecialDays(datetime.date(2027, 7, 1), datetime.date(2027, 7, 31), True, reason="Sommarstängt"),)
    )

    assert describe(schedule.status(local("2027-07-05T12:00"))) == "Closed today (Sommarstängt)"


def test_a_weekday_mid_sentence_is_lower_case_in_swedish():
    schedule = Schedule(
        LIBRARY,
        (
            SpecialDays(datetime.date(2026, 12, 24), None, True, reason="Julafton"),
            SpecialDays(datetime.date(2026, 12, 25), datetime.date(2026, 12, 26), True, reason="Jul"),
        ),
    )

    with translation.override("sv"):
        text = describe(schedule.status(local("2026-12-23T19:30")))

    assert text.endswith("öppnar måndag 10:00"), text


def test_the_week_table_starts_each_row_with_a_capital_letter_in_swedish():
    from places.presentation import week_rows

    with translation.override("sv"):
        rows = week_rows(None, Schedule(LIBRARY), datetime.date(2026, 12, 21))

    assert [row["label"] for row in rows][:2] == ["Måndag", "Tisdag"]
