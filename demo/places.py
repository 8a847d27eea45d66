"""Demo places of Sjöviks kommun (`demo/data/places.yaml`): the place list in sv, en and ar, and 22
places with weekly hours and exceptions for the coming Swedish holidays (relative to the day the demo
is loaded), translated through wagtail-localize. Idempotent: what exists is left as it is."""

import datetime
import uuid
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from cms_pages.models import HomePage
from demo.data import load, weekly_hours
from demo.stream import pick
from demo.translate import translate_page
from places.models import OpeningException, OpeningHours, PlaceIndexPage, PlacePage, normalized_phone

TRANSLATIONS = ("en", "ar")
_NAMESPACE = uuid.UUID("3b0c1f52-7f0e-4d0b-9a55-2f2b8f0e6d41")
#: The demo town: places whose city is empty get this one.
CITY = "Sjövik"


_data = load("places")
INDEX = _data["index"]
#: The holidays' names by key; their dates come from `holidays_of`.
HOLIDAYS = _data["holidays"]
#: What each type of place offers.
SERVICES = _data["services"]
ACCESSIBILITY_NOTE = _data["accessibility_note"]
#: Weekly hours by kind: rows (weekday, opens, closes).
HOURS = {kind: weekly_hours(days) for kind, days in _data["hours"].items()}
#: Holiday exceptions by kind: (holiday, None for closed or (opens, closes)).
EXCEPTIONS = {
    kind: [(holiday, None if hours == "closed" else tuple(hours.split("-"))) for holiday, hours in holidays.items()]
    for kind, holidays in _data["holiday_hours"].items()
}
PLACES = [{**place, "position": tuple(place["position"]), "facts": tuple(place["facts"])} for place in _data["places"]]


# --- holidays ---------------------------------------------------------------------------------


def easter_sunday(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def holidays_of(year: int) -> dict[str, datetime.date]:
    easter = easter_sunday(year)
    midsummer_eve = next(
        datetime.date(year, 6, day) for day in range(19, 26) if datetime.date(year, 6, day).weekday() == 4
    )
    return {
        "julafton": datetime.date(year, 12, 24),
        "juldagen": datetime.date(year, 12, 25),
        "annandag_jul": datetime.date(year, 12, 26),
        "nyarsafton": datetime.date(year, 12, 31),
        "nyarsdagen": datetime.date(year, 1, 1),
        "trettondagsafton": datetime.date(year, 1, 5),
        "trettondedag_jul": datetime.date(year, 1, 6),
        "skartorsdagen": easter - datetime.timedelta(days=3),
        "langfredagen": easter - datetime.timedelta(days=2),
        "paskdagen": easter,
        "annandag_pask": easter + datetime.timedelta(days=1),
        "nationaldagen": datetime.date(year, 6, 6),
        "midsommarafton": midsummer_eve,
        "sommar": datetime.date(year, 7, 6),
    }


def next_holidays(today: datetime.date) -> dict[str, datetime.date]:
    """Each holiday's next date, today or later."""
    this_year, next_year = holidays_of(today.year), holidays_of(today.year + 1)
    return {key: day if day >= today else next_year[key] for key, day in this_year.items()}


# --- pages ------------------------------------------------------------------------------------


def _time(text: str) -> datetime.time:
    return datetime.time.fromisoformat(text)


def services_stream(data: dict, language: str) -> list[dict]:
    """The services as raw stream data, with ids shared by the translations (so segments pair)."""
    return [
        {"type": "service", "value": pick(text, language), "id": str(uuid.uuid5(_NAMESPACE, f"{data['slug']}/{n}"))}
        for n, text in enumerate(SERVICES[data["type"]])
    ]


def exception_rows(data: dict, today: datetime.date) -> list[OpeningException]:
    holidays = next_holidays(today)
    rows = []
    for key, special in EXCEPTIONS[data["hours"]]:
        rows.append(
            OpeningException(
                start_date=holidays[key],
                closed=special is None,
                opens=_time(special[0]) if special else None,
                closes=_time(special[1]) if special else None,
                reason=pick(HOLIDAYS[key], "sv"),
            )
        )
    if data.get("summer"):
        start = holidays["sommar"]
        rows.append(
            OpeningException(
                start_date=start,
                end_date=datetime.date(start.year, 7, 31),
                closed=True,
                reason=pick(HOLIDAYS["sommar"], "sv"),
            )
        )
    return sorted(rows, key=lambda row: row.start_date)


def ensure_index(home, departments) -> PlaceIndexPage:
    index = PlaceIndexPage.objects.child_of(home).first()
    if index is None:
        index = PlaceIndexPage(
            title=pick(INDEX["title"], "sv"),
            slug=INDEX["slug"],
            intro=pick(INDEX["intro"], "sv"),
            owning_department=departments[INDEX["department"]],
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def ensure_place(index, data, departments, pages_by_slug, today) -> PlacePage:
    page = PlacePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if page is not None:
        return page
    latitude, longitude = data["position"]
    page = PlacePage(
        title=pick(data["title"], "sv"),
        slug=data["slug"],
        intro=pick(data["intro"], "sv"),
        place_type=data["type"],
        street_address=data["address"],
        postcode=data["postcode"],
        city=CITY,
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
        phone=normalized_phone(data["phone"]),
        email=data.get("email", ""),
        accessibility_note=pick(ACCESSIBILITY_NOTE, "sv"),
        services=services_stream(data, "sv"),
        owning_department=departments[data["department"]],
        **dict.fromkeys(data["facts"], True),
    )
    page.opening_hours = [
        OpeningHours(weekday=weekday, opens=_time(opens), closes=_time(closes), sort_order=n)
        for n, (weekday, opens, closes) in enumerate(HOURS[data["hours"]])
    ]
    page.exceptions = exception_rows(data, today)
    index.add_child(instance=page)
    page.audiences.set([pages_by_slug[slug] for slug in data["audiences"] if slug in pages_by_slug])
    page.save_revision().publish()
    return page


def translated_copy(page, data, language):
    copy = type(page).objects.get(pk=page.pk)
    copy.title = pick(data["title"], language)
    copy.slug = data["en_slug"]
    copy.intro = pick(data["intro"], language)
    if isinstance(copy, PlacePage):
        copy.accessibility_note = pick(ACCESSIBILITY_NOTE, language)
        copy.services = services_stream(data, language)
        by_swedish = {pick(reason, "sv"): reason for reason in HOLIDAYS.values()}
        rows = list(copy.exceptions.all())
        for row in rows:
            if row.reason in by_swedish:
                row.reason = pick(by_swedish[row.reason], language)
        copy.exceptions = rows
    return copy


def load_demo(pages_by_slug, departments, stdout) -> None:
    sv = Locale.objects.get(language_code="sv")
    home = HomePage.objects.filter(locale=sv, depth=2).first()
    if home is None:
        return
    today = timezone.localdate()
    index = ensure_index(home, departments)
    pages_by_slug[INDEX["slug"]] = index
    for language in TRANSLATIONS:
        translate_page(index, language, translated_copy(index, INDEX, language))
    created = 0
    for data in PLACES:
        existed = PlacePage.objects.child_of(index).filter(slug=data["slug"]).exists()
        page = ensure_place(index, data, departments, pages_by_slug, today)
        created += not existed
        pages_by_slug[data["slug"]] = page
        for language in TRANSLATIONS:
            translate_page(page, language, translated_copy(page, data, language))
    if created:
        stdout.write(f"Created {created} demo places.")
