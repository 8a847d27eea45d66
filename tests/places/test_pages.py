"""The demo's places as citizens and programs see them: the list with its filters (plain GET),
a place page with "open now", Open Graph and Schema.org data, the API, search, the audience
pages, and a demo that loads again without changes."""

import datetime
import io
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from places.models import OpeningException, PlaceIndexPage, PlacePage

pytestmark = pytest.mark.django_db
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def an_ordinary_monday(hour, minute=0, second=0):
    """A Monday before today, so no demo exception (they are all today or later) applies."""
    today = datetime.date.today()
    day = today - datetime.timedelta(days=7 + today.weekday())
    return datetime.datetime.combine(day, datetime.time(hour, minute, second), tzinfo=STOCKHOLM)


@pytest.fixture
def at(monkeypatch):
    def set_moment(moment):
        monkeypatch.setattr("django.utils.timezone.now", lambda: moment.astimezone(datetime.UTC))

    return set_moment


def html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def place(slug, language="sv") -> PlacePage:
    page = PlacePage.objects.get(slug=slug, locale__language_code="sv")
    return page if language == "sv" else page.get_translation(Locale.objects.get(language_code=language))


def listed_titles(text: str) -> list[str]:
    return re.findall(r'<li class="place-list__item".*?<h3><a href="[^"]+">([^<]+)</a>', text, re.S)


def test_the_demo_has_22_places_of_several_types_in_three_languages(demo):
    places = PlacePage.objects.filter(locale__language_code="sv")
    assert places.count() >= 22
    assert {"library", "preschool", "school", "recycling_centre", "sports_hall", "citizen_office"} <= set(
        places.values_list("place_type", flat=True)
    )
    for language in ("en", "ar"):
        assert PlacePage.objects.filter(locale__language_code=language).count() == places.count()
        assert PlaceIndexPage.objects.filter(locale__language_code=language, live=True).count() == 1


def test_the_demo_exceptions_are_the_coming_holidays_and_translated(demo):
    library = place("stadsbiblioteket")
    julafton = library.exceptions.get(reason="Julafton")
    assert julafton.closed and julafton.start_date >= datetime.date.today() - datetime.timedelta(days=1)
    assert julafton.start_date.month == 12 and julafton.start_date.day == 24
    english = place("stadsbiblioteket", "en")
    arabic = place("stadsbiblioteket", "ar")
    assert english.exceptions.filter(reason="Christmas Eve", start_date=julafton.start_date, closed=True).exists()
    assert arabic.exceptions.filter(reason="ليلة عيد الميلاد").exists()
    assert english.services[0].value == "Borrow books, e-books and audiobooks"
    assert english.phone == library.phone == "+46123456700"


def test_loading_the_demo_again_changes_nothing(demo):
    from demo.places import load_demo

    before = (PlacePage.objects.count(), OpeningException.objects.count())
    load_demo({}, {}, io.StringIO())
    assert (PlacePage.objects.count(), OpeningException.objects.count()) == before


def test_the_list_shows_every_place_with_counts(client, demo):
    text = html(client.get("/en/find-places/"))

    assert len(listed_titles(text)) == PlacePage.objects.filter(locale__language_code="en").count()
    assert re.search(r'<option value="library">Library \(3\)</option>', text)
    assert re.search(r'<option value="preschool">Preschool \(5\)</option>', text)


def test_filtering_by_type_keeps_the_choice_and_counts_audiences_within_it(client, demo):
    text = html(client.get("/en/find-places/", {"type": "library"}))

    assert sorted(listed_titles(text)) == ["City Library", "Harbour Library", "North Library"]
    assert '<option value="library" selected>' in text
    assert "3 places" in text
    # Within libraries, two are for parents of young children.
    assert re.search(r'<option value="parents-of-young-children">[^<]+\(2\)</option>', text)


def test_filtering_by_audience_uses_the_audience_page_of_the_language(client, demo):
    swedish = html(client.get("/hitta-verksamheter/", {"audience": "husagare"}))
    english = html(client.get("/en/find-places/", {"audience": "homeowners"}))

    assert sorted(listed_titles(english)) == ["Recycling Centre North", "Recycling Centre South"]
    assert len(listed_titles(swedish)) == 2
    assert '<option value="homeowners" selected>' in english


def test_no_match_shows_an_empty_state_with_a_way_back(client, demo):
    text = html(client.get("/en/find-places/", {"type": "library", "audience": "homeowners"}))

    assert listed_titles(text) == []
    assert "No places match your choice." in text
    assert 'href="/en/find-places/">Show all places</a>' in text


def test_unknown_filter_values_are_ignored(client, demo):
    text = html(client.get("/en/find-places/", {"type": "castle", "audience": "<script>"}))

    assert len(listed_titles(text)) >= 22
    assert "<script>" not in text.split("<main", 1)[1].split("</main>")[0].replace("<script src=", "")


def test_open_now_lists_only_the_places_open_at_that_moment(client, demo, at):
    at(an_ordinary_monday(20, 30))  # libraries closed, sports halls open until 22:00

    text = html(client.get("/en/find-places/", {"open": "1"}))

    titles = listed_titles(text)
    assert "Sjövik Sports Hall" in titles and "City Library" not in titles
    assert 'name="open" value="1" checked' in text
    assert "At 20:30" in text


def test_a_place_page_says_when_its_status_was_computed(client, demo, at):
    at(an_ordinary_monday(18, 55))

    response = client.get(place("stadsbiblioteket", "en").url)
    text = html(response)

    assert "At 18:55:" in text
    assert "Open now, closes 19:00" in text
    assert 'aria-current="date"' in text  # Monday is highlighted
    # A cached copy must not outlive the closing at 19:00.
    seconds = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))
    assert 0 < seconds <= 300


def test_a_place_page_shows_the_holidays_of_the_coming_60_days(client, demo):
    library = place("stadsbiblioteket", "en")
    today = datetime.date.today()
    coming = library.exceptions.filter(start_date__lte=today + datetime.timedelta(days=60))
    later = library.exceptions.filter(start_date__gt=today + datetime.timedelta(days=60))

    text = html(client.get(library.url))

    for row in coming:
        assert f'<time datetime="{row.start_date.isoformat()}">' in text
    for row in later:
        assert f'<time datetime="{row.start_date.isoformat()}">' not in text


def test_a_place_page_has_open_graph_and_schema_org_data(client, demo):
    library = place("stadsbiblioteket", "en")
    text = html(client.get(library.url))

    assert '<meta property="og:title" content="City Library">' in text
    assert '<meta property="og:locale" content="en">' in text
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    data = json.loads(found.group(1))
    assert data["@type"] == "Library"
    assert data["address"]["streetAddress"] == "Torggatan 2"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 59.3316, "longitude": 18.0612}
    assert data["telephone"] == "+46123456700"
    assert {"dayOfWeek": "https://schema.org/Friday", "opens": "10:00", "closes": "17:00"}.items() <= next(
        spec for spec in data["openingHoursSpecification"] if spec["dayOfWeek"].endswith("Friday")
    ).items()
    christmas = next(spec for spec in data["specialOpeningHoursSpecification"] if spec.get("name") == "Christmas Eve")
    assert christmas["opens"] == christmas["closes"] == "00:00"  # closed all day


def test_the_citizen_office_is_a_government_office(client, demo):
    text = html(client.get(place("medborgarkontoret", "ar").url))

    assert '"@type": "GovernmentOffice"' in text
    assert 'dir="rtl"' in text


def test_the_list_needs_few_queries(client, demo):
    client.get("/en/find-places/")  # warm the navigation caches
    with CaptureQueriesContext(connection) as queries:
        html(client.get("/en/find-places/", {"type": "school"}))
    assert len(queries) <= 15


def test_a_place_page_needs_few_queries(client, demo):
    url = place("stadsbiblioteket", "en").url
    client.get(url)  # warm the navigation caches
    with CaptureQueriesContext(connection) as queries:
        html(client.get(url))
    assert len(queries) <= 10


def test_the_api_gives_a_place_with_hours_exceptions_and_open_now(client, demo, at):
    at(an_ordinary_monday(12))
    library = place("stadsbiblioteket", "en")

    data = client.get(f"/api/v1/pages/{library.pk}/").json()

    assert data["type"] == "placepage"
    assert data["place_type"] == {"key": "library", "label": "Library"}
    assert data["geo"] == {"latitude": 59.3316, "longitude": 18.0612}
    assert data["contact"]["phone"] == "+46123456700"
    assert data["accessibility"]["step_free_entrance"] is True
    assert {"weekday": 4, "weekday_name": "Friday", "opens": "10:00", "closes": "17:00"} in data["opening_hours"]
    assert any(row["reason"] == "Christmas Eve" and row["closed"] for row in data["exceptions"])
    assert data["open_now"]["is_open"] is True
    assert data["open_now"]["computed_at"].startswith(an_ordinary_monday(12).date().isoformat() + "T12:00")
    assert data["open_now"]["text"] == "Open now, closes 19:00"


def test_the_api_lists_places_under_their_list(client, demo):
    index = PlaceIndexPage.objects.get(locale__language_code="sv")

    data = client.get(f"/api/v1/pages/{index.pk}/").json()
    listed = client.get("/api/v1/pages/", {"type": "placepage", "locale": "sv"}).json()

    assert data["type"] == "placeindexpage"
    assert len(data["places"]) >= 22
    assert {"place_type", "address", "geo", "open_now"} <= set(data["places"][0])
    assert listed["count"] >= 22


def test_places_are_found_in_the_place_list_not_among_an_audiences_information(client, demo):
    from places.models import PlaceIndexPage

    index = PlaceIndexPage.objects.get(locale__language_code="sv")
    assert "Återvinningscentralen Norr" not in html(client.get("/husagare/"))
    assert "Återvinningscentralen Norr" in html(client.get(index.url, {"audience": "husagare"}))


def test_the_site_search_finds_a_place_by_its_address(demo):
    from search.models import SearchDocument

    library = place("stadsbiblioteket")
    document = SearchDocument.objects.get(page=library, block_id="")
    assert "Torggatan 2" in document.body


def test_the_list_is_worked_out_once_a_minute_and_changes_on_the_minute(client, demo, at):
    at(an_ordinary_monday(18, 59, 10))
    assert "City Library" in listed_titles(html(client.get("/en/find-places/", {"open": "1"})))

    at(an_ordinary_monday(18, 59, 50))  # the same minute: the same list, without reading the places
    with CaptureQueriesContext(connection) as queries:
        text = html(client.get("/en/find-places/", {"open": "1"}))
    assert "City Library" in listed_titles(text)
    assert not [query for query in queries if "places_openinghours" in query["sql"]]

    at(an_ordinary_monday(19, 0, 5))  # the library closes at 19:00
    text = html(client.get("/en/find-places/", {"open": "1"}))
    assert "City Library" not in listed_titles(text)
    assert "At 19:00" in text


def test_a_published_place_is_listed_at_once(client, demo):
    index = PlaceIndexPage.objects.get(locale__language_code="sv")
    assert "Nya simhallen" not in listed_titles(html(client.get(index.url)))

    library = place("stadsbiblioteket")
    new = PlacePage(
        title="Nya simhallen",
        slug="nya-simhallen",
        intro="Simhall med 25-metersbassäng.",
        place_type=library.place_type,
        street_address="Badvägen 1",
    )
    index.add_child(instance=new)
    new.save_revision().publish()

    assert "Nya simhallen" in listed_titles(html(client.get(index.url)))
