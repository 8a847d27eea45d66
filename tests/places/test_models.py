"""Validation editors meet: intervals, exceptions, overlaps, coordinates and phone numbers."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from places.forms import exception_overlaps, weekly_overlaps
from places.models import OpeningException, OpeningHours, PlacePage

T = datetime.time.fromisoformat
D = datetime.date.fromisoformat


def test_a_closing_time_before_the_opening_time_is_refused_with_what_to_do():
    with pytest.raises(ValidationError) as error:
        OpeningHours(weekday=0, opens=T("22:00"), closes=T("02:00")).clean()

    assert "00:00" in str(error.value)  # says how to write hours past midnight


def test_closing_at_midnight_is_allowed():
    OpeningHours(weekday=4, opens=T("18:00"), closes=T("00:00")).clean()


def test_an_exception_is_closed_or_has_both_special_hours():
    with pytest.raises(ValidationError):
        OpeningException(start_date=D("2026-12-24"), closed=True, opens=T("10:00"), closes=T("12:00")).clean()
    with pytest.raises(ValidationError):
        OpeningException(start_date=D("2026-12-24"), closed=False, opens=T("10:00")).clean()
    with pytest.raises(ValidationError):
        OpeningException(start_date=D("2026-12-24"), end_date=D("2026-12-20"), closed=True).clean()
    OpeningException(start_date=D("2026-12-23"), closed=False, opens=T("10:00"), closes=T("15:00")).clean()


def test_overlapping_intervals_of_one_weekday_are_found():
    rows = [
        {"weekday": 0, "opens": T("08:00"), "closes": T("12:00")},
        {"weekday": 0, "opens": T("11:00"), "closes": T("16:00")},
        {"weekday": 1, "opens": T("08:00"), "closes": T("12:00")},
        {"weekday": 1, "opens": T("12:00"), "closes": T("16:00")},  # touching is fine
        {"weekday": 4, "opens": T("18:00"), "closes": T("00:00")},
        {"weekday": 4, "opens": T("20:00"), "closes": T("21:00")},  # inside the evening until midnight
    ]

    assert weekly_overlaps(rows) == [0, 4]


def test_a_day_both_closed_and_open_at_special_hours_is_an_overlap():
    rows = [
        {"start_date": D("2026-12-24"), "end_date": D("2026-12-26"), "closed": True},
        {"start_date": D("2026-12-26"), "end_date": None, "closed": False, "opens": T("10:00"), "closes": T("14:00")},
        {"start_date": D("2026-12-31"), "end_date": None, "closed": False, "opens": T("10:00"), "closes": T("12:00")},
        {"start_date": D("2026-12-31"), "end_date": None, "closed": False, "opens": T("13:00"), "closes": T("15:00")},
    ]

    assert exception_overlaps(rows) == [D("2026-12-26")]


@pytest.mark.django_db
def test_coordinates_out_of_range_and_half_a_position_are_refused(make_place):
    page = make_place()
    page.latitude = Decimal("91")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "latitude" in error.value.message_dict

    page.latitude, page.longitude = Decimal("59.3"), None
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "longitude" in error.value.message_dict


@pytest.mark.django_db
def test_a_phone_number_is_checked_and_stored_in_international_form(make_place):
    page = make_place()
    page.phone = "12345"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "phone" in error.value.message_dict

    page.phone = "0123-456 700"
    page.full_clean()
    assert page.phone == "+46123456700"
    assert page.phone_display == "0123-45 67 00"


@pytest.mark.django_db
def test_the_admin_refuses_overlapping_hours(admin_client, make_place):
    page = make_place()
    post = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "place_type": "library",
            "street_address": page.street_address,
            "postcode": page.postcode,
            "city": page.city,
            "latitude": "59.331600",
            "longitude": "18.061200",
            "phone": "0123-456 700",
            "owning_department": page.owning_department_id,
            "review_date": page.review_date.isoformat(),
            "services": streamfield([]),
            "body": streamfield([]),
            "opening_hours": inline_formset(
                [
                    {"weekday": "0", "opens": "08:00", "closes": "12:00"},
                    {"weekday": "0", "opens": "11:00", "closes": "16:00"},
                ]
            ),
            "exceptions": inline_formset([]),
        }
    )

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", post)

    assert response.status_code == 200  # shown again, not saved
    errors = " ".join(str(error) for error in response.context["form"].non_field_errors())
    assert "overlap" in errors.lower() or "överlapp" in errors.lower()
    assert PlacePage.objects.get(pk=page.pk).opening_hours.count() == 5


@pytest.mark.django_db
def test_an_editor_creates_a_place_with_hours_and_a_holiday_in_the_admin(admin_client, place_index):
    post = nested_form_data(
        {
            "title": "Simhallen",
            "slug": "simhallen",
            "intro": "Bada inomhus.",
            "place_type": "swimming_pool",
            "street_address": "Badhusgatan 3",
            "postcode": "123 44",
            "city": "Sjövik",
            "latitude": "59.334900",
            "longitude": "18.071100",
            "phone": "0123-457 300",
            "owning_department": place_index.owning_department_id,
            "review_date": "2030-01-01",
            "services": streamfield([("service", "Simskola")]),
            "body": streamfield([]),
            "opening_hours": inline_formset(
                [
                    {"weekday": "0", "opens": "06:30", "closes": "12:00"},
                    {"weekday": "0", "opens": "13:00", "closes": "20:00"},
                ]
            ),
            "exceptions": inline_formset([{"start_date": "2026-12-24", "closed": "on", "reason": "Julafton"}]),
        }
    )
    post["action-publish"] = "action-publish"

    response = admin_client.post(f"/admin/pages/add/places/placepage/{place_index.pk}/", post)

    assert response.status_code == 302, response.context["form"].errors
    page = PlacePage.objects.get(slug="simhallen")
    assert page.live and page.phone == "+46123457300"
    assert page.opening_hours.count() == 2
    holiday = page.exceptions.get()
    assert holiday.reason == "Julafton" and holiday.locale_id == page.locale_id
