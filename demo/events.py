"""Demo events of Sjöviks kommun: the event index ("Evenemang") and its events in Swedish, with
English and Arabic translations through wagtail-localize. Idempotent: what exists is kept.

Called by `load_demo_content` once the other demo pages exist."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale, Site

from cms_pages.models import HomePage
from demo.data import load
from demo.stream import pick, stream_data
from demo.translate import translate_page
from events import recurrence
from events.models import CancelledDate, EventIndexPage, EventPage

TRANSLATIONS = ("en", "ar")

_data = load("events")
INDEX = _data["index"]


def _event(data: dict) -> dict:
    when = data["when"]
    if "month_day" in when:
        when["month_day"] = tuple(when["month_day"])
    return data


#: The events of `demo/data/events.yaml`; their dates are relative to the day the demo is loaded.
EVENTS = [_event(data) for data in _data["events"]]


def _time(value: str | None) -> datetime.time | None:
    return datetime.time.fromisoformat(value) if value else None


def first_day(when: dict, today: datetime.date) -> datetime.date:
    """The event's first date from its relative description (see `demo/data/events.yaml`)."""
    if "in_days" in when:
        return today + datetime.timedelta(days=when["in_days"])
    if "month_day" in when:
        month, day = when["month_day"]
        candidate = datetime.date(today.year, month, day)
        return candidate if candidate >= today else datetime.date(today.year + 1, month, day)
    start = today + datetime.timedelta(days=when.get("after_days", 0))
    weekday = recurrence.WEEKDAYS.index(when["weekday"])
    return start + datetime.timedelta(days=(weekday - start.weekday()) % 7)


def _home() -> HomePage | None:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    return HomePage.objects.filter(locale__language_code="sv", depth=2).first()


def ensure_index(home, departments) -> EventIndexPage:
    index = EventIndexPage.objects.child_of(home).filter(slug=INDEX["slug"]).first()
    if index is None:
        index = EventIndexPage(
            title=pick(INDEX["title"], "sv"),
            slug=INDEX["slug"],
            intro=pick(INDEX["intro"], "sv"),
            owning_department=departments[INDEX["department"]],
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    for language in TRANSLATIONS:
        copy = EventIndexPage.objects.get(pk=index.pk)
        copy.title = pick(INDEX["title"], language)
        copy.slug = INDEX["en_slug"]
        copy.intro = pick(INDEX["intro"], language)
        translate_page(index, language, copy)
    return index


def _fill(page: EventPage, data: dict, language: str, resolve) -> EventPage:
    """Set the text fields of `page` in `language`."""
    page.title = pick(data["title"], language)
    page.intro = pick(data["intro"], language)
    page.place_name = pick(data["place"]["name"], language)
    page.accessibility = pick(data.get("accessibility", ""), language)
    if data.get("body"):
        page.body = stream_data(data["body"], language, f"event-{data['slug']}", resolve)
    return page


def ensure_event(index, data: dict, departments, today, resolve) -> EventPage:
    event = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if event is not None:
        return event
    start = first_day(data["when"], today)
    repeat = data.get("repeat", {})
    place_page = data["place"].get("page") or data.get("place_page")
    event = _fill(
        EventPage(
            slug=data["slug"],
            owning_department=departments[data["department"]],
            start_date=start,
            start_time=_time(data.get("start_time")),
            end_date=start + datetime.timedelta(days=data["end_in_days"]) if data.get("end_in_days") else None,
            end_time=_time(data.get("end_time")),
            recurrence_frequency=repeat.get("frequency", recurrence.NONE),
            recurrence_interval=repeat.get("interval", 1),
            recurrence_weekdays=repeat.get("weekdays", ""),
            recurrence_monthly_by=repeat.get("monthly_by", recurrence.MONTHLY_BY_DATE),
            recurrence_until=start + datetime.timedelta(days=repeat["until_days"]) if "until_days" in repeat else None,
            recurrence_count=repeat.get("count"),
            place_address=data["place"].get("address", ""),
            place_page=resolve(place_page) if place_page else None,
            registration_url=data.get("registration_url", ""),
            no_registration_needed=data.get("no_registration_needed", False),
            is_free="price" not in data,
            price=Decimal(data["price"]) if "price" in data else None,
        ),
        data,
        "sv",
        resolve,
    )
    index.add_child(instance=event)
    if repeat.get("cancel_occurrences"):
        starts = list(event.build_schedule().rule())
        event.cancelled_dates = [
            CancelledDate(date=starts[number].date()) for number in repeat["cancel_occurrences"] if number < len(starts)
        ]
    event.audiences.set([resolve(slug) for slug in data.get("audiences", [])])
    event.save_revision().publish()
    return event


def load_demo(pages_by_slug, departments, stdout) -> None:
    home = _home()
    if home is None or not Locale.objects.filter(language_code__in=TRANSLATIONS).exists():
        return

    def resolve(slug):
        try:
            return pages_by_slug[slug]
        except KeyError:
            raise ValueError(f"Demo events link to an unknown page {slug!r}") from None

    index = ensure_index(home, departments)
    pages_by_slug[INDEX["slug"]] = index
    today = timezone.localdate()
    created = 0
    for data in EVENTS:
        existed = EventPage.objects.child_of(index).filter(slug=data["slug"]).exists()
        event = ensure_event(index, data, departments, today, resolve)
        created += not existed
        pages_by_slug[f"event:{data['slug']}"] = event
        for language in TRANSLATIONS:
            copy = _fill(EventPage.objects.get(pk=event.pk), data, language, resolve)
            copy.slug = data["en_slug"]
            translate_page(event, language, copy)
    if created:
        stdout.write(f"Created {created} demo events.")
