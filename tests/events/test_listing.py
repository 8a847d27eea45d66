"""One listing of occurrences for a choice, used by the event index page and by the API: the same
events come in the same order and are cut at the same day."""

import datetime

import pytest
from bs4 import BeautifulSoup

from events.listing import Choice, list_occurrences

pytestmark = pytest.mark.django_db


def listed_on_the_page(client) -> list[tuple[str, str]]:
    """(event path, start) of each occurrence the index page shows before the reader chooses."""
    soup = BeautifulSoup(client.get("/evenemang/").content, "html.parser")
    return [
        (item.select_one("a")["href"], item.select_one("time")["datetime"])
        for item in soup.select("li.event-list__item")
    ]


def listed_in_the_api(client, index) -> list[tuple[str, str]]:
    upcoming = client.get(f"/api/v1/pages/{index.pk}/").json()["upcoming"]
    return [(item["url"].removeprefix("http://testserver"), item["occurrence"]["start"]) for item in upcoming]


@pytest.fixture
def today():
    return datetime.date.today()


def test_the_api_lists_the_same_occurrences_in_the_same_order_as_the_index_page(client, index, make_event, today):
    make_event(
        title="Marknad", start_date=today - datetime.timedelta(days=1), end_date=today, start_time=None, end_time=None
    )
    make_event(title="Öppet hus", start_date=today + datetime.timedelta(days=1), start_time=datetime.time(10))
    make_event(title="Boklån", start_date=today + datetime.timedelta(days=1), start_time=datetime.time(10))
    make_event(title="Heldag", start_date=today + datetime.timedelta(days=1), start_time=None, end_time=None)
    make_event(title="Sagostund", start_date=today, start_time=datetime.time(18), recurrence_frequency="WEEKLY")

    on_the_page = listed_on_the_page(client)

    assert listed_in_the_api(client, index) == on_the_page
    assert len(on_the_page) == 4 + 9  # the weekly event on 9 of the 60 days


def test_the_api_cuts_the_list_at_the_same_day_as_the_index_page(client, index, make_event, today):
    for hour in (9, 12, 15):
        make_event(
            title=f"Simskola {hour}", start_date=today, start_time=datetime.time(hour), recurrence_frequency="DAILY"
        )

    on_the_page = listed_on_the_page(client)

    assert listed_in_the_api(client, index) == on_the_page
    assert len(on_the_page) == 48  # 16 whole days of three: a 17th would pass 50


def test_a_choice_of_audience_and_place_lists_only_what_matches_both(index, make_event, families, today):
    make_event(title="Sagostund", start_date=today, place_name="Biblioteket", audiences=[families])
    make_event(title="Bokcirkel", start_date=today, place_name="Biblioteket")
    make_event(title="Babysim", start_date=today, place_name="Badhuset", audiences=[families])

    listing = list_occurrences(index, Choice(today, today, audience=families, place="Biblioteket"))

    assert [item.event.title for item in listing.occurrences] == ["Sagostund"]


def test_a_smaller_page_size_ends_the_list_after_the_last_whole_day_that_fits(index, make_event, today):
    for hour in (9, 12):
        make_event(
            title=f"Simskola {hour}", start_date=today, start_time=datetime.time(hour), recurrence_frequency="DAILY"
        )

    listing = list_occurrences(index, Choice(today, today + datetime.timedelta(days=9), page_size=5))

    assert [day.date for day in listing.days] == [today, today + datetime.timedelta(days=1)]
    assert listing.truncated
