import datetime

import pytest

from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.factories import AudiencePageFactory


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page, title="Evenemang", slug="evenemang")


@pytest.fixture
def families(home_page):
    return AudiencePageFactory(parent=home_page, title="Småbarnsföräldrar", slug="smabarnsforaldrar")


@pytest.fixture
def make_event(index):
    def make(**fields):
        cancelled = fields.pop("cancelled", [])
        audiences = fields.pop("audiences", [])
        event = EventPageFactory(parent=index, **fields)
        if cancelled or audiences:
            from events.models import CancelledDate

            event.cancelled_dates = [CancelledDate(date=day) for day in cancelled]
            event.audiences.set(audiences)
            event.save_revision().publish()
            event.refresh_from_db()
        return event

    return make


@pytest.fixture
def story_time(make_event, families):
    """Weekly on Wednesdays at 18:00 from 2026-03-04, across both changes of summer time."""
    return make_event(
        title="Sagostund",
        slug="sagostund",
        start_date=datetime.date(2026, 3, 4),
        start_time=datetime.time(18),
        end_time=datetime.time(19),
        recurrence_frequency="WEEKLY",
        recurrence_weekdays="WE",
        recurrence_until=datetime.date(2026, 12, 31),
        cancelled=[datetime.date(2026, 4, 1)],
        audiences=[families],
    )
