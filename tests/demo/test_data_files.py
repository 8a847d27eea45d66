"""The demo's data files (`demo/data/**/*.yaml`) read as meant. YAML 1.1 reads an unquoted 10:00 as
the number 600, yes/no/on/off as booleans and 2026-03-01 as a date: none of that may slip in."""

import datetime
import re

import pytest

from demo.data import FOLDER, load, weekly_hours

FILES = sorted(path.relative_to(FOLDER).with_suffix("").as_posix() for path in FOLDER.rglob("*.yaml"))
TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
#: Keys whose values are text however much they look like numbers.
TEXT_KEYS = {"phone", "postcode", "position", "slug", "en_slug", "department", "page", "start_time", "end_time"}


def walk(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, (*path, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from walk(item, (*path, n))


def test_the_data_files_are_found():
    assert {"site", "guides", "news", "events", "places", "audiences/husagare", "eservices/booking"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_a_data_file_says_what_it_holds_and_holds_only_plain_values(name):
    assert (FOLDER / f"{name}.yaml").read_text(encoding="utf-8").startswith("# ")
    for path, value in walk(load(name)):
        assert not isinstance(value, datetime.date | datetime.time), path
        if isinstance(value, dict):
            assert all(isinstance(key, str) for key in value), path
            if set(value) == {"sv", "en", "ar"}:
                assert all(isinstance(text, str) and text for text in value.values()), path
        if path and path[-1] in TEXT_KEYS and value is not None:
            texts = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else [value]
            assert all(isinstance(text, str) for text in texts), path
        if path and path[-1] in ("start_time", "end_time"):
            assert TIME.fullmatch(value), path


@pytest.mark.parametrize(("name", "key"), [("places", "hours"), ("eservices/booking", "resources")])
def test_weekly_hours_are_quoted_times(name, key):
    data = load(name)[key]
    for days in data.values():
        days = days.get("hours", days)
        assert all(isinstance(text, str) for text in days.values())
        for _weekday, opens, closes in weekly_hours(days):
            assert TIME.fullmatch(opens) and TIME.fullmatch(closes), days


def test_holiday_hours_are_closed_or_quoted_times():
    for holidays in load("places")["holiday_hours"].values():
        for text in holidays.values():
            assert text == "closed" or all(TIME.fullmatch(part) for part in text.split("-")), text


def test_weekly_hours_keep_the_order_of_the_file():
    assert weekly_hours({"wed": "10:00-12:00,13:00-16:00", "mon": "08:00-09:00"}) == [
        (2, "10:00", "12:00"),
        (2, "13:00", "16:00"),
        (0, "08:00", "09:00"),
    ]


def test_each_load_is_a_copy_of_its_own():
    first = load("site")
    first["departments"].clear()
    assert load("site")["departments"]
