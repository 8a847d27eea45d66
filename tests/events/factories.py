"""Factories for event indexes and events."""

import datetime

import factory
import wagtail_factories

from events.models import EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Evenemang"
    slug = factory.Sequence(lambda n: f"evenemang-{n}")


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Evenemang {n}")
    slug = factory.Sequence(lambda n: f"evenemang-{n}")
    intro = "Välkommen!"
    start_date = datetime.date(2026, 3, 4)
    start_time = datetime.time(18, 0)
    end_time = datetime.time(19, 30)
    place_name = "Stadsbiblioteket"
    place_address = "Storgatan 12, Sjövik"
