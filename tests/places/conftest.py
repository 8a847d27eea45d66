"""A place list and places of our own under a fresh home page."""

import datetime
from decimal import Decimal

import pytest

from places.models import OpeningException, OpeningHours, PlaceIndexPage, PlacePage
from tests.factories import DepartmentFactory


@pytest.fixture
def place_index(home_page):
    index = PlaceIndexPage(title="Hitta verksamheter", slug="hitta", owning_department=DepartmentFactory())
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def make_place(place_index):
    def make(slug="biblioteket", title="Biblioteket", place_type="library", hours=None, exceptions=(), **fields):
        page = PlacePage(
            title=title,
            slug=slug,
            intro="Böcker och tidningar.",
            place_type=place_type,
            street_address="Torggatan 2",
            postcode="123 40",
            city="Sjövik",
            latitude=Decimal("59.331600"),
            longitude=Decimal("18.061200"),
            phone="+46123456700",
            **fields,
        )
        rows = hours if hours is not None else [(day, "10:00", "19:00") for day in range(5)]
        page.opening_hours = [
            OpeningHours(weekday=day, opens=datetime.time.fromisoformat(o), closes=datetime.time.fromisoformat(c))
            for day, o, c in rows
        ]
        page.exceptions = [OpeningException(**row) for row in exceptions]
        place_index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make
