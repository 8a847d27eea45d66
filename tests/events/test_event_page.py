"""An event page: its facts, the iCalendar file, Schema.org JSON-LD and Open Graph, and the
editor's validation."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from icalendar import Calendar

from events.models import EventPage

pytestmark = pytest.mark.django_db
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_the_event_page_shows_when_where_and_how(client, story_time):
    html = client.get("/evenemang/sagostund/").content.decode()
    assert "<h1>Sagostund</h1>" in html
    assert "Stadsbiblioteket" in html and "Storgatan 12, Sjövik" in html
    assert 'href="/evenemang/sagostund/ical/"' in html
    assert 'href="/evenemang/"' in html  # all events


def test_one_event_as_icalendar_with_rule_and_cancelled_date(client, story_time):
    response = client.get("/evenemang/sagostund/ical/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="sagostund.ics"'
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert event["UID"] == f"{story_time.translation_key}@testserver"
    assert str(event["SUMMARY"]) == "Sagostund"
    start = event.decoded("DTSTART")
    assert start == datetime.datetime(2026, 3, 4, 18, tzinfo=start.tzinfo)
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert start.utcoffset() == datetime.timedelta(hours=1)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["WE"]
    assert rule["UNTIL"][0] == datetime.datetime(2026, 12, 31, 22, 59, 59, tzinfo=datetime.UTC)
    exdates = [value.dt for value in event["EXDATE"].dts]
    assert exdates == [datetime.datetime(2026, 4, 1, 18, tzinfo=exdates[0].tzinfo)]
    assert exdates[0].utcoffset() == datetime.timedelta(hours=2)  # summer time on 1 April
    assert "Stadsbiblioteket, Storgatan 12, Sjövik" in str(event["LOCATION"])
    assert str(event["URL"]) == "http://testserver/evenemang/sagostund/"
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Stockholm"


def test_the_same_uid_on_every_download(client, story_time):
    first = Calendar.from_ical(client.get("/evenemang/sagostund/ical/").content).walk("VEVENT")[0]["UID"]
    second = Calendar.from_ical(client.get("/evenemang/sagostund/ical/").content).walk("VEVENT")[0]["UID"]
    assert first == second


def test_an_all_day_event_in_icalendar_ends_the_day_after(client, make_event):
    make_event(
        title="Julmarknad",
        slug="julmarknad",
        start_date=datetime.date(2026, 12, 12),
        end_date=datetime.date(2026, 12, 13),
        start_time=None,
        end_time=None,
    )
    event = Calendar.from_ical(client.get("/evenemang/julmarknad/ical/").content).walk("VEVENT")[0]
    assert event.decoded("DTSTART") == datetime.date(2026, 12, 12)
    assert event.decoded("DTEND") == datetime.date(2026, 12, 14)


def test_the_filtered_list_as_icalendar(client, index, story_time, make_event):
    make_event(title="Jobbmässa", place_name="Sporthallen", start_date=datetime.date(2026, 3, 26))
    make_event(title="Senare", place_name="Sporthallen", start_date=datetime.date(2026, 9, 1))
    response = client.get("/evenemang/ical/", {"start": "2026-03-20", "end": "2026-03-31", "place": "Sporthallen"})
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].endswith('filename="evenemang.ics"')
    summaries = [str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")]
    assert summaries == ["Jobbmässa"]
    everything = Calendar.from_ical(
        client.get("/evenemang/ical/", {"start": "2026-03-01", "end": "2026-12-31"}).content
    )
    repeating = [event for event in everything.walk("VEVENT") if "RRULE" in event]
    assert [str(event["SUMMARY"]) for event in repeating] == ["Sagostund"]
    assert "EXDATE" in repeating[0]


def test_json_ld_describes_the_event_with_offsets_and_schedule(client, story_time):
    data = json_ld(client.get("/evenemang/sagostund/").content.decode())
    assert data["@type"] == "Event"
    assert data["name"] == "Sagostund"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["name"] == "Stadsbiblioteket"
    assert data["location"]["address"]["streetAddress"] == "Storgatan 12, Sjövik"
    assert data["isAccessibleForFree"] is True
    assert data["inLanguage"] == "sv"
    assert data["url"] == "http://testserver/evenemang/sagostund/"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT18:00:00\+0[12]:00", data["startDate"])
    schedule = data["eventSchedule"]
    assert schedule["repeatFrequency"] == "P1W"
    assert schedule["byDay"] == ["https://schema.org/Wednesday"]
    assert schedule["startTime"] == "18:00:00" and schedule["endTime"] == "19:00:00"
    assert schedule["scheduleTimezone"] == "Europe/Stockholm"
    assert schedule["exceptDate"] == ["2026-04-01"]
    assert data["audience"] == [{"@type": "Audience", "audienceType": "Småbarnsföräldrar"}]


def test_json_ld_cannot_close_its_script_element(client, make_event):
    make_event(title="</script><script>alert(1)</script>", slug="elak")
    html = client.get("/evenemang/elak/").content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"


def test_open_graph_metadata(client, story_time):
    html = client.get("/evenemang/sagostund/").content.decode()
    assert '<meta property="og:title" content="Sagostund">' in html
    assert '<meta property="og:url" content="http://testserver/evenemang/sagostund/">' in html
    assert '<meta property="og:locale" content="sv_SE">' in html


def test_a_priced_event_offers_its_price(client, make_event):
    make_event(
        title="Frukost", slug="frukost", is_free=False, price="95.00", registration_url="https://example.org/anmal"
    )
    data = json_ld(client.get("/evenemang/frukost/").content.decode())
    assert data["isAccessibleForFree"] is False
    assert data["offers"] == {
        "@type": "Offer",
        "price": "95.00",
        "priceCurrency": "SEK",
        "url": "https://example.org/anmal",
    }


# --- the editor's checks ------------------------------------------------------------------------


def invalid(**fields) -> dict:
    page = EventPage(title="X", slug="x", intro="x", place_name="Här", start_date=datetime.date(2026, 5, 4), **fields)
    with pytest.raises(ValidationError) as error:
        page.clean()
    return error.value.message_dict


def test_an_event_cannot_end_before_it_starts():
    assert "end_date" in invalid(end_date=datetime.date(2026, 5, 3))
    assert "end_time" in invalid(start_time=datetime.time(18), end_time=datetime.time(17))


def test_repetition_cannot_end_before_the_start():
    errors = invalid(
        start_time=datetime.time(18), recurrence_frequency="WEEKLY", recurrence_until=datetime.date(2026, 5, 1)
    )
    assert "recurrence_until" in errors


def test_an_end_date_and_a_count_together_are_refused():
    errors = invalid(recurrence_frequency="DAILY", recurrence_until=datetime.date(2026, 6, 1), recurrence_count=3)
    assert "recurrence_count" in errors


def test_registration_link_and_no_registration_together_are_refused():
    assert "no_registration_needed" in invalid(registration_url="https://example.org", no_registration_needed=True)


def test_a_price_is_needed_when_not_free():
    assert "price" in invalid(is_free=False)


def test_a_weekly_event_without_weekdays_is_valid_and_uses_the_start_weekday():
    page = EventPage(
        title="X",
        slug="x",
        intro="x",
        place_name="Här",
        start_date=datetime.date(2026, 5, 4),
        start_time=datetime.time(9),
        recurrence_frequency="WEEKLY",
    )
    page.clean()
    assert page.schedule.rfc5545() == "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO"


def test_the_editor_picks_weekdays_as_checkboxes(index):
    form_class = EventPage.get_edit_handler().get_form_class()
    page = EventPage(locale=index.locale)
    form = form_class(
        {
            "title": "Öppen förskola",
            "slug": "oppen",
            "intro": "Lek",
            "start_date": "2026-05-04",
            "start_time": "09:00",
            "end_time": "12:00",
            "recurrence_frequency": "WEEKLY",
            "recurrence_interval": "1",
            "recurrence_weekdays": ["TH", "MO"],
            "recurrence_monthly_by": "date",
            "place_name": "Familjecentralen",
            "is_free": "on",
            "cancelled_dates-TOTAL_FORMS": "0",
            "cancelled_dates-INITIAL_FORMS": "0",
            "cancelled_dates-MIN_NUM_FORMS": "0",
            "cancelled_dates-MAX_NUM_FORMS": "1000",
            "review_date": "2027-05-04",
            "body-count": "0",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        },
        instance=page,
        parent_page=index,
        for_user=None,
    )
    form.is_valid()
    assert "recurrence_weekdays" not in form.errors, form.errors
    assert form.cleaned_data["recurrence_weekdays"] == "MO,TH"


def test_the_editor_sees_stored_weekdays_ticked(story_time):
    form_class = EventPage.get_edit_handler().get_form_class()
    story_time.recurrence_weekdays = "MO,TH"
    form = form_class(instance=story_time, parent_page=story_time.get_parent(), for_user=None)
    html = str(form["recurrence_weekdays"])
    assert re.search(r'value="MO"[^>]*checked', html) and re.search(r'value="TH"[^>]*checked', html)
    assert not re.search(r'value="WE"[^>]*checked', html)


def test_editors_can_add_an_event_index_under_a_home_page(admin_client, home_page):
    assert admin_client.get(f"/admin/pages/add/events/eventindexpage/{home_page.pk}/").status_code == 200


def test_editors_can_add_events_under_the_index_but_not_a_second_index(admin_client, index):
    response = admin_client.get(f"/admin/pages/add/events/eventpage/{index.pk}/")
    assert response.status_code == 200
    assert 'name="recurrence_weekdays"' in response.content.decode()
    second = admin_client.get(f"/admin/pages/add/events/eventindexpage/{index.get_parent().pk}/")
    assert second.status_code == 302


def test_the_site_search_finds_an_event_by_its_place_and_accessibility(
    client, index, django_capture_on_commit_callbacks
):
    from tests.events.factories import EventPageFactory

    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(
            parent=index,
            title="Vårkonsert",
            slug="varkonsert",
            start_date=datetime.date(2026, 5, 2),
            place_name="Ekebackens kulturhus",
            accessibility="Ledsagare från Ekebackens rullstolsförening.",
        )
        event.save_revision().publish()

    # (Words the demo events do not use: the demo municipality may be in the database too.)
    for query in ("Ekebackens kulturhus", "rullstolsförening"):
        html = client.get("/sok/", {"q": query}).content.decode()
        assert "Vårkonsert" in html, query
