"""Citizens report a problem with photos and a place; nearby open reports are offered to
follow instead; photos are stored without their hidden data; the public list has no personal data."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from eservice_blocks.cases.handling import change_status
from eservice_blocks.cases.models import Case, CaseAttachment, CaseStatus
from eservice_types.problem_report.models import Follower, PendingReport, ProblemReport
from eservice_types.problem_report.places import distance_m
from tests.factories.files import GPS_POSITION, image_bomb, photo, program_named_like_a_photo

from .conftest import NEAR_SPOT, PREFIX, SPOT, confirm_link, send

pytestmark = pytest.mark.django_db


def cases(page):
    return Case.objects.filter(page=page)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def error_of(response, field) -> str:
    element = soup(response).select_one(f"#id_{PREFIX}{field}_error")
    return element.get_text(" ", strip=True) if element else ""


def test_a_report_goes_to_the_categorys_department_with_its_place(client, report_page, departments):
    response = send(client, report_page, category="lekplats", latitude=SPOT[0], longitude=SPOT[1])

    assert response.status_code == 302
    case = cases(report_page).get()
    assert case.department == departments["park"]
    report = ProblemReport.objects.get(case=case)
    assert (report.category_key, report.address, report.latitude) == ("lekplats", "Storgatan 12", SPOT[0])


def test_a_place_is_required_as_an_address_or_coordinates_and_the_text_is_kept(client, report_page):
    response = send(client, report_page, address="", description="Trasig gunga")

    assert response.status_code == 400
    assert "adress" in error_of(response, "address").lower()
    assert soup(response).select_one(f"[name='{PREFIX}description']").get_text().strip() == "Trasig gunga"
    assert not cases(report_page).exists()


def test_half_a_coordinate_or_one_out_of_range_is_refused(client, report_page):
    assert error_of(send(client, report_page, latitude="59.3"), "longitude")
    assert error_of(send(client, report_page, latitude="95", longitude="18"), "latitude")
    assert not cases(report_page).exists()


def test_photos_are_stored_re_encoded_without_exif(client, report_page):
    send(client, report_page, photos=[photo("lampa.jpg"), photo("stolpe.jpg")], latitude=SPOT[0], longitude=SPOT[1])

    stored = CaseAttachment.objects.filter(case__page=report_page)
    assert [item.name for item in stored] == ["lampa.jpg", "stolpe.jpg"]
    for item in stored:
        with item.file.open("rb") as handle:
            assert dict(Image.open(handle).getexif()) == {}


@pytest.mark.parametrize(
    ("upload", "expected"),
    [
        (lambda: [program_named_like_a_photo("lampa.jpg")], "inte en filtyp"),
        (lambda: [image_bomb()], "för många pixlar"),
        (lambda: [photo(f"{n}.jpg") for n in range(6)], "högst 5"),
    ],
)
def test_bad_photos_get_a_clear_error_and_the_rest_of_the_report_is_kept(client, report_page, upload, expected):
    response = send(client, report_page, photos=upload(), description="Lampan blinkar")

    assert expected in error_of(response, "photos")
    page = soup(response)
    assert page.select_one(f"[name='{PREFIX}description']").get_text().strip() == "Lampan blinkar"
    assert page.select_one(f"[name='{PREFIX}address']")["value"] == "Storgatan 12"
    assert not cases(report_page).exists()


@override_settings(ESERVICE_UPLOAD_MAX_BYTES=2000)
def test_a_huge_photo_is_refused_by_size(client, report_page):
    response = send(client, report_page, photos=[photo(size=(600, 600))])

    assert "Välj en fil på högst" in error_of(response, "photos")


def test_a_photos_position_is_offered_and_used_when_the_citizen_agrees(client, report_page):
    response = send(client, report_page, address="", photos=[photo(gps=True)])

    assert response.status_code == 200
    offer = soup(response)
    assert "använd fotots position" in offer.get_text()
    assert not cases(report_page).exists()  # held for the confirmation, not lost
    form = offer.select_one("form[action*='felanmalan']")
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}

    confirmed = client.post(report_page.url, {**data, "use_photo_position": "yes"})

    assert confirmed.status_code == 302
    report = ProblemReport.objects.get(case__page=report_page)
    assert (report.latitude, report.longitude) == pytest.approx(GPS_POSITION, abs=0.001)
    assert CaseAttachment.objects.filter(case__page=report_page).count() == 1
    assert not PendingReport.objects.exists()


def test_a_confirmation_over_the_rate_limit_shows_the_step_again_with_the_report_still_held(
    client, report_page, settings
):
    offer = soup(send(client, report_page, address="", photos=[photo(gps=True)]))
    form = offer.select_one("form[action*='felanmalan']")
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    settings.ESERVICE_SUBMISSIONS_PER_MINUTE = 0

    refused = client.post(report_page.url, {**data, "use_photo_position": "yes"})

    assert refused.status_code == 429 and refused["Retry-After"] == "60"
    again = soup(refused)
    assert "vänta en minut" in again.select_one(".error-summary").get_text().lower()
    assert "Lampan är släckt sedan i måndags." in again.get_text()
    assert again.select_one(f"input[name={PREFIX}pending]")["value"] == data[f"{PREFIX}pending"]
    assert not cases(report_page).exists() and PendingReport.objects.count() == 1


def test_a_report_over_the_rate_limit_is_shown_again_with_the_answers(client, report_page, settings):
    send(client, report_page, latitude=SPOT[0], longitude=SPOT[1])
    settings.ESERVICE_SUBMISSIONS_PER_MINUTE = 0  # whichever minute the next POST falls in

    refused = send(client, report_page, description="Trasig gunga vid dammen.", photos=[photo()])

    assert refused.status_code == 429
    page = soup(refused)
    assert page.select_one(f"#id_{PREFIX}description").get_text().strip() == "Trasig gunga vid dammen."
    assert "filer" in page.select_one(".error-summary").get_text()
    assert cases(report_page).count() == 1


def test_open_reports_of_the_same_category_nearby_are_shown_before_sending(client, report_page):
    send(client, report_page, latitude=SPOT[0], longitude=SPOT[1])
    send(client, report_page, category="lekplats", latitude=SPOT[0], longitude=SPOT[1])
    assert 25 < distance_m(*SPOT, *NEAR_SPOT) < 35

    response = send(client, report_page, latitude=NEAR_SPOT[0], longitude=NEAR_SPOT[1], email="b@exempel.se")

    page = soup(response)
    items = page.select(".problem-nearby__list li")
    assert len(items) == 1  # the playground report is another category
    assert "Gatubelysning" in items[0].get_text() and "30 m" in items[0].get_text()
    assert cases(report_page).count() == 2


def test_a_report_far_away_or_closed_is_not_a_duplicate(client, report_page):
    send(client, report_page, latitude=SPOT[0], longitude=SPOT[1])
    cases(report_page).update(status=CaseStatus.CLOSED)
    send(client, report_page, latitude=59.34, longitude=18.07)

    response = send(client, report_page, latitude=NEAR_SPOT[0], longitude=NEAR_SPOT[1])

    assert response.status_code == 302  # nothing to check: sent at once
    assert cases(report_page).count() == 3


def test_following_an_existing_report_instead_and_hearing_when_it_is_fixed(
    client, report_page, admin_user, django_capture_on_commit_callbacks
):
    send(client, report_page, latitude=SPOT[0], longitude=SPOT[1])
    response = send(client, report_page, latitude=NEAR_SPOT[0], longitude=NEAR_SPOT[1], email="b@exempel.se")
    follow = soup(response).select_one(".problem-follow")

    with django_capture_on_commit_callbacks(execute=True):
        followed = client.post(follow["action"], {"email": "b@exempel.se"})
    assert followed.status_code == 200
    confirm_link(client)

    assert Follower.objects.confirmed().get().email == "b@exempel.se"
    assert cases(report_page).count() == 1  # no duplicate
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        change_status(cases(report_page).get(), CaseStatus.DECIDED, admin_user)
    followers_mail = [message for message in mail.outbox if message.to == ["b@exempel.se"]]
    assert len(followers_mail) == 1
    assert "Gatubelysning" in followers_mail[0].body and "Beslut fattat" in followers_mail[0].body


def test_the_public_list_shows_open_reports_without_personal_data(client, report_page):
    send(
        client,
        report_page,
        name="Anna Svensson",
        email="anna@exempel.se",
        description="Vid Annas hus, pnr 19811218-9876",
    )
    send(client, report_page, address="Parkvägen 3")
    closed = ProblemReport.objects.get(address="Parkvägen 3").case
    closed.status = CaseStatus.CLOSED
    closed.save()

    response = client.get(
        reverse("eservice_blocks:problem_report:open_reports", args=[report_page.pk, report_page.body[0].id])
    )

    text = soup(response).select_one("main").get_text()
    assert "Storgatan 12" in text and "Gatubelysning" in text
    assert "Parkvägen 3" not in text
    for personal in ["Anna", "anna@exempel.se", "19811218", "Annas hus"]:
        assert personal not in text


def test_a_report_never_confirmed_is_deleted_with_its_photos_after_an_hour(client, report_page):
    from datetime import timedelta
    from pathlib import Path

    from django.utils import timezone

    from eservice_types.problem_report.pending import delete_expired

    send(client, report_page, address="", photos=[photo(gps=True)])
    held = PendingReport.objects.get()
    path = Path(held.photos.get().file.path)
    assert path.exists()

    assert delete_expired(now=timezone.now() + timedelta(minutes=59)) == 0
    assert delete_expired(now=timezone.now() + timedelta(minutes=61)) == 1
    assert not path.exists()
    assert not PendingReport.objects.exists()


def test_after_retention_the_place_text_and_followers_go_and_the_category_and_coordinates_stay(client, report_page):
    from eservice_blocks.cases.retention import delete_personal_data

    send(client, report_page, address="Utanför Annas hus", latitude=SPOT[0], longitude=SPOT[1])
    report = ProblemReport.objects.get(case__page=report_page)
    Follower.objects.create(report=report, email="b@exempel.se")

    delete_personal_data(report.case)

    report.refresh_from_db()
    assert (report.address, report.category_key, report.latitude) == ("", "gatubelysning", SPOT[0])
    assert not Follower.objects.exists()


def test_the_public_list_masks_personal_data_typed_into_the_place(client, report_page):
    send(client, report_page, address="Storgatan 12, ring 070-123 45 67 eller pnr 19811218-9876")

    response = client.get(
        reverse("eservice_blocks:problem_report:open_reports", args=[report_page.pk, report_page.body[0].id])
    )

    place = soup(response).select_one(".problem-list tbody td:nth-of-type(2)").get_text()
    assert place.startswith("Storgatan 12")
    assert "19811218" not in place and "070-123" not in place and "[…]" in place


def test_reports_nearby_show_the_masked_place_to_the_next_citizen(client, report_page):
    send(client, report_page, address="Vid nr 12, anna@exempel.se", latitude=SPOT[0], longitude=SPOT[1])

    response = send(client, report_page, latitude=NEAR_SPOT[0], longitude=NEAR_SPOT[1])

    nearby = soup(response).select_one(".problem-nearby__list").get_text()
    assert "anna@exempel.se" not in nearby and "Vid nr 12" in nearby


def test_a_report_that_waited_too_long_shows_an_empty_form_that_can_be_sent_again(client, report_page):
    from .conftest import BLOCK_ID

    response = client.post(report_page.url, {"eservice_block_id": BLOCK_ID, f"{PREFIX}pending": "gammal-token"})

    assert response.status_code == 400
    page = soup(response)
    assert "väntade för länge" in page.select_one(f"#es-{BLOCK_ID}").get_text()
    assert page.select_one(f"[name='{PREFIX}idempotency_key']")["value"]


@override_settings(ESERVICE_REQUEST_MAX_PIXELS=1_000, LANGUAGE_CODE="sv")
def test_photos_over_the_requests_pixel_budget_are_refused_and_the_report_is_kept(client, report_page):
    """Five highly compressible images each under the per-image limit must not cost the server
    the decoding of all of them: the request's budget stops it, with a message and nothing lost."""
    photos = [photo(f"{n}.jpg", size=(20, 20)) for n in range(3)]  # 400 px each, 1,200 in all

    response = send(client, report_page, photos=photos, description="Lampan blinkar")

    assert response.status_code == 400
    assert "2.jpg" in error_of(response, "photos")
    assert "tillsammans" in error_of(response, "photos").lower()
    assert soup(response).select_one(f"[name='{PREFIX}description']").get_text().strip() == "Lampan blinkar"
    assert not cases(report_page).exists()


def test_the_case_title_names_the_category_and_address_without_coordinates(client, report_page):
    send(client, report_page, category="lekplats", latitude=SPOT[0], longitude=SPOT[1])

    case = cases(report_page).get()
    assert case.subject.endswith(": Storgatan 12")
    assert str(round(SPOT[0], 5)) not in case.subject and "·" not in case.subject
    assert str(round(SPOT[0], 5)) in dict(case.answers)["Plats"]  # the handler still has them


def test_a_report_with_coordinates_only_is_titled_by_its_category(client, report_page):
    send(client, report_page, category="lekplats", address="", latitude=SPOT[0], longitude=SPOT[1])

    case = cases(report_page).get()
    assert case.subject == dict(case.answers)["Kategori"]
