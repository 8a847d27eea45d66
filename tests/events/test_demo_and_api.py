"""The demo events (three languages, idempotent) and events in the JSON API."""

import io

import pytest
import schemathesis

from demo import events as events_demo
from events.models import EventIndexPage, EventPage
from tests.kommunportal.test_api_schema import check

pytestmark = pytest.mark.django_db


def test_the_demo_has_an_event_index_and_recurring_events_in_three_languages(demo):
    for language in ("sv", "en", "ar"):
        assert EventIndexPage.objects.live().filter(locale__language_code=language).count() == 1
        events = EventPage.objects.live().filter(locale__language_code=language)
        assert events.count() >= 16
        assert sum(event.is_recurring for event in events) >= 5
    senior = EventPage.objects.get(slug="senior-exercise-class", locale__language_code="en")
    assert senior.cancelled_dates.count() == 2
    assert senior.audiences.exists()


def test_loading_the_demo_again_changes_nothing(demo):
    from wagtail.models import Page

    from demo.content import DEPARTMENTS
    from departments.models import Department

    before = (EventPage.objects.count(), EventIndexPage.objects.count(), Page.objects.count())
    departments = {item["key"]: Department.objects.get(name=item["name"]) for item in DEPARTMENTS}
    pages_by_slug = {page.slug: page for page in Page.objects.filter(locale__language_code="sv", depth__gt=2)}
    output = io.StringIO()
    events_demo.load_demo(pages_by_slug, departments, output)
    assert (EventPage.objects.count(), EventIndexPage.objects.count(), Page.objects.count()) == before
    assert output.getvalue() == ""


def test_the_demo_index_lists_upcoming_events_in_english(client, demo):
    html = client.get("/en/events/").content.decode()
    assert "Story time at the library" in html
    assert "Show events" in html and 'type="date"' in html


def test_an_event_in_the_api(client, demo):
    event = EventPage.objects.get(slug="sagostund", locale__language_code="sv")
    data = client.get(f"/api/v1/pages/{event.pk}/").json()
    assert data["type"] == "eventpage"
    assert data["time_zone"] == "Europe/Stockholm"
    assert data["recurrence"]["rule"].startswith("FREQ=WEEKLY;INTERVAL=1;BYDAY=WE;UNTIL=")
    assert data["recurrence"]["weekdays"] == ["WE"]
    assert len(data["next_occurrences"]) == 5
    assert data["place"]["name"] == "Stadsbiblioteket"
    assert data["place"]["page"]["type"] == "informationpage"
    assert data["registration"] == {"url": None, "not_needed": True}
    assert [audience["title"] for audience in data["audiences"]] == ["Småbarnsföräldrar"]
    assert data["ical_url"] == "http://testserver/evenemang/sagostund/ical/"


def test_the_event_index_in_the_api(client, demo):
    index = EventIndexPage.objects.get(locale__language_code="en")
    data = client.get(f"/api/v1/pages/{index.pk}/").json()
    assert data["type"] == "eventindexpage"
    assert data["upcoming"]
    first = data["upcoming"][0]
    assert first["type"] == "eventpage" and first["url"].startswith("http://testserver/en/events/")
    assert data["ical_url"] == "http://testserver/en/events/ical/"


def test_event_pages_conform_to_the_api_schema(client, demo):
    schema = schemathesis.openapi.from_dict(client.get("/api/schema/?format=json").json())
    pages = [*EventIndexPage.objects.live(), *EventPage.objects.live()[:12]]
    for page in pages:
        check(schema, "/api/v1/pages/{id}/", "GET", client.get(f"/api/v1/pages/{page.pk}/"))
    check(schema, "/api/v1/pages/", "GET", client.get("/api/v1/pages/", {"type": "eventpage", "locale": "ar"}))
