"""The event index: upcoming occurrences by day, filters by date, audience and place that work as
a plain GET form, the "later" link and the empty state."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def days_shown(response) -> list[str]:
    return re.findall(r'<h3 id="day-([0-9-]+)"', response.content.decode())


def test_a_repeating_event_is_listed_once_per_occurrence(client, index, story_time):
    response = client.get("/evenemang/", {"start": "2026-03-20", "end": "2026-04-10"})
    assert response.status_code == 200
    # 1 April is cancelled.
    assert days_shown(response) == ["2026-03-25", "2026-04-08"]
    assert response.content.decode().count('href="/evenemang/sagostund/"') == 2


def test_the_times_shown_are_local_across_the_change_to_summer_time(client, index, story_time):
    html = client.get("/evenemang/", {"start": "2026-03-25", "end": "2026-04-08"}).content.decode()
    assert 'datetime="2026-03-25T18:00:00+01:00"' in html
    assert 'datetime="2026-04-08T18:00:00+02:00"' in html


def test_the_default_period_starts_today_and_shows_the_dates_in_the_form(client, index, make_event):
    today = datetime.date.today()
    make_event(title="I morgon", start_date=today + datetime.timedelta(days=1))
    make_event(title="Om ett år", start_date=today + datetime.timedelta(days=300))
    make_event(title="I fjol", start_date=today - datetime.timedelta(days=300))
    html = client.get("/evenemang/").content.decode()
    assert "I morgon" in html
    assert "Om ett år" not in html and "I fjol" not in html
    assert f'name="start" value="{today.isoformat()}"' in html


def test_filtering_by_audience(client, index, story_time, make_event):
    make_event(title="Bygglovskväll", start_date=datetime.date(2026, 3, 26))
    html = client.get(
        "/evenemang/", {"start": "2026-03-20", "end": "2026-03-31", "audience": "smabarnsforaldrar"}
    ).content.decode()
    assert "Sagostund" in html
    assert "Bygglovskväll" not in html
    assert '<option value="smabarnsforaldrar" selected>' in html


def test_filtering_by_place(client, index, story_time, make_event):
    make_event(title="Jobbmässa", place_name="Sporthallen", start_date=datetime.date(2026, 3, 26))
    html = client.get(
        "/evenemang/", {"start": "2026-03-20", "end": "2026-03-31", "place": "Sporthallen"}
    ).content.decode()
    assert "Jobbmässa" in html
    assert "Sagostund" not in html
    assert '<option value="Sporthallen" selected>' in html


def test_filtering_by_dates(client, index, make_event):
    make_event(title="Tidigt", start_date=datetime.date(2026, 5, 2))
    make_event(title="Sent", start_date=datetime.date(2026, 5, 20))
    html = client.get("/evenemang/", {"start": "2026-05-10", "end": "2026-05-31"}).content.decode()
    assert "Sent" in html and "Tidigt" not in html


def test_a_multi_day_event_that_began_earlier_is_listed_on_the_first_day_shown(client, index, make_event):
    make_event(
        title="Julmarknad",
        start_date=datetime.date(2026, 12, 12),
        end_date=datetime.date(2026, 12, 13),
        start_time=None,
        end_time=None,
    )
    response = client.get("/evenemang/", {"start": "2026-12-13", "end": "2026-12-20"})
    assert days_shown(response) == ["2026-12-13"]


def test_wrong_dates_are_explained_next_to_the_field(client, index):
    html = client.get("/evenemang/", {"start": "2026-05-10", "end": "2026-05-01"}).content.decode()
    assert 'class="field__error" id="id_end-error"' in html
    assert 'aria-describedby="id_end-error"' in html and 'aria-invalid="true"' in html
    # What the reader typed stays, so that it can be corrected.
    assert 'name="end" value="2026-05-01"' in html


def test_an_unknown_audience_is_an_error_not_a_crash(client, index):
    response = client.get("/evenemang/", {"audience": "finns-inte"})
    assert response.status_code == 200
    assert 'id="id_audience-error"' in response.content.decode()


def test_nothing_found_says_what_to_do(client, index):
    html = client.get("/evenemang/", {"start": "2030-01-01", "end": "2030-01-31"}).content.decode()
    assert 'class="event-empty"' in html
    assert 'href="?start=2030-02-01&amp;end=2030-03-03"' in html  # later events


def test_a_long_list_is_cut_at_a_day_and_continues_behind_the_later_link(client, index, make_event):
    make_event(
        title="Isbanan",
        start_date=datetime.date(2026, 1, 1),
        start_time=datetime.time(10),
        end_time=datetime.time(20),
        recurrence_frequency="DAILY",
    )
    make_event(
        title="Skridskoskola",
        start_date=datetime.date(2026, 1, 1),
        start_time=datetime.time(9),
        end_time=datetime.time(10),
        recurrence_frequency="DAILY",
    )
    response = client.get("/evenemang/", {"start": "2026-01-01", "end": "2026-02-28"})
    shown = days_shown(response)
    assert len(shown) == 25  # 50 occurrences, two a day
    assert 'href="?start=2026-01-26&amp;end=2026-02-28"' in response.content.decode()


def test_the_filters_carry_over_to_the_calendar_export_link(client, index, story_time):
    html = client.get(
        "/evenemang/", {"start": "2026-03-20", "end": "2026-04-10", "place": "Stadsbiblioteket"}
    ).content.decode()
    assert 'href="/evenemang/ical/?start=2026-03-20&amp;end=2026-04-10&amp;place=Stadsbiblioteket"' in html
    assert 'type="text/calendar"' in html


def test_the_index_does_not_grow_in_queries_with_more_events(client, index, make_event, django_assert_max_num_queries):
    for number in range(6):
        make_event(title=f"Evenemang {number}", start_date=datetime.date(2026, 6, 1 + number))
    client.get("/evenemang/", {"start": "2026-06-01", "end": "2026-06-30"})
    with django_assert_max_num_queries(16):
        client.get("/evenemang/", {"start": "2026-06-01", "end": "2026-06-30"})


def test_only_the_audiences_of_the_index_home_page_are_offered(client, index, story_time, families):
    from wagtail.models import Page

    from tests.factories import AudiencePageFactory, HomePageFactory

    other_home = HomePageFactory(parent=Page.get_first_root_node(), locale=index.locale)
    AudiencePageFactory(parent=other_home, title="Annan webbplats", slug="smabarnsforaldrar")
    html = client.get(
        "/evenemang/", {"start": "2026-03-20", "end": "2026-03-31", "audience": "smabarnsforaldrar"}
    ).content.decode()
    assert "Annan webbplats" not in html
    assert "Sagostund" in html


def test_the_results_are_worked_out_once_and_a_publish_shows_a_new_event_at_once(client, index, story_time, make_event):
    query = {"start": "2026-03-20", "end": "2026-03-31"}
    assert "Sagostund" in client.get("/evenemang/", query).content.decode()

    with CaptureQueriesContext(connection) as queries:
        html = client.get("/evenemang/", query).content.decode()
    assert "Sagostund" in html
    assert not [sql for sql in queries if "events_cancelleddate" in sql["sql"]]

    make_event(title="Påskpyssel", slug="paskpyssel", start_date=datetime.date(2026, 3, 28))
    assert "Påskpyssel" in client.get("/evenemang/", query).content.decode()
