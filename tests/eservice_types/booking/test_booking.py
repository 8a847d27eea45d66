"""A citizen books a time on a page, gets a confirmation with an .ics file and a reminder,
and can move or cancel it; a slot is never booked twice."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from eservice_blocks.cases.models import Case, CaseStatus
from eservice_types.booking.models import Booking
from notifications.models import Notification, NotificationStatus

from .conftest import PREFIX, book, book_and_confirm, booking_data, confirmation_link, slot_key

pytestmark = pytest.mark.django_db


def test_the_page_shows_a_week_of_days_and_the_first_free_days_times(client, booking_page, day):
    soup = BeautifulSoup(client.get(booking_page.url).content, "html.parser")

    assert len(soup.select(".booking-days li")) == 7
    assert soup.select_one(".booking-day[aria-current=date]") is not None
    assert len(soup.select(f"input[name='{PREFIX}slot']")) >= 1
    day_link = soup.select(".booking-days a")[-1]["href"]
    chosen = BeautifulSoup(client.get(booking_page.url + day_link.split("#")[0]).content, "html.parser")
    assert len(chosen.select(f"input[name='{PREFIX}slot']")) == 6


def test_booking_a_time_creates_a_case_for_the_resources_department_and_holds_the_seat(
    client, booking_page, resource, day
):
    response = book(client, booking_page, slot_key(day, 10))

    assert response.status_code == 302
    case = Case.objects.get(page=booking_page)
    assert case.department == resource.department
    booking = Booking.objects.get(case=case)
    assert timezone.localtime(booking.starts_at).strftime("%Y-%m-%dT%H:%M") == slot_key(day, 10)
    assert (booking.seat, booking.ends_at - booking.starts_at) == (1, timedelta(minutes=30))
    assert booking.is_held


def test_an_unconfirmed_address_gets_only_a_confirmation_link_and_the_seat_is_held_half_an_hour(
    client, booking_page, day, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = book(client, booking_page, slot_key(day, 10))

    case = Case.objects.get(page=booking_page)
    assert response["Location"].startswith(reverse("eservice_blocks:case", args=[token_of_case_page(response)]))
    [message] = mail.outbox
    assert message.to == ["anna@exempel.se"] and "30 minuter" in message.body
    assert confirmation_link() in message.body
    assert case.contact_email == ""  # no receipt, status mail or reminder to an unconfirmed address
    assert not Notification.objects.filter(kind__in=["booking_confirmed", "booking_reminder"]).exists()
    booking = Booking.objects.get(case=case)
    assert booking.hold_until == pytest.approx(booking.created_at + timedelta(minutes=30), abs=timedelta(seconds=5))
    page = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    assert "Bekräfta din e-postadress" in page.select_one(".booking-summary").get_text()


def test_confirming_the_address_books_the_time_and_sends_the_confirmation_and_the_reminder(
    client, booking_page, day, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book(client, booking_page, slot_key(day, 10))
    link = confirmation_link()
    mail.outbox.clear()

    opened = client.get(link)  # a mail scanner opening the link confirms nothing
    assert opened.status_code == 200 and Booking.objects.get().is_held
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(link)

    assert confirmed.status_code == 302
    booking = Booking.objects.get()
    assert booking.confirmed_at is not None and booking.hold_until is None
    assert booking.case.contact_email == "anna@exempel.se"
    [confirmation] = mail.outbox
    assert confirmation.to == ["anna@exempel.se"]
    assert "10:00" in confirmation.body and "Bygglovsrådgivning" in confirmation.body
    reminder = Notification.objects.get(case=booking.case, kind="booking_reminder")
    assert reminder.status == NotificationStatus.PENDING
    assert reminder.next_attempt_at == booking.starts_at - timedelta(hours=24)


def test_a_wrong_confirmation_code_confirms_nothing(client, booking_page, day):
    book(client, booking_page, slot_key(day, 10))
    link = confirmation_link()

    assert client.post(link.replace("/confirm/", "/confirm/x")).status_code == 404
    assert Booking.objects.get().is_held


def test_a_hold_not_confirmed_in_time_is_released_and_what_it_sent_is_deleted(client, booking_page, day):
    from eservice_types.booking.booking import release_expired_holds

    book(client, booking_page, slot_key(day, 10))
    link = confirmation_link()
    later = timezone.now() + timedelta(minutes=31)

    assert release_expired_holds(now=timezone.now() + timedelta(minutes=29)) == 0
    assert release_expired_holds(now=later) == 1

    booking = Booking.objects.get()
    assert booking.cancelled_at is not None
    case = booking.case
    assert case.status == CaseStatus.CLOSED and case.personal_data_deleted_at is not None
    assert case.data == {} and "anna@exempel.se" not in str(case.answers)
    released = client.post(link)
    assert released.status_code == 410 and "släpptes" in released.content.decode()


def test_the_nightly_command_releases_holds_never_confirmed(client, booking_page, day):
    from io import StringIO

    from django.core.management import call_command

    book(client, booking_page, slot_key(day, 10))
    book(client, booking_page, slot_key(day, 11), name="Bertil")
    Booking.objects.filter(case__contact_name="Bertil").update(hold_until=timezone.now() - timedelta(minutes=1))
    out = StringIO()

    call_command("release_unconfirmed_bookings", stdout=out)

    assert "Released 1 unconfirmed booking(s)." in out.getvalue()
    assert Booking.objects.active().get().is_held  # the one still in its half hour stays
    released = Booking.objects.get(cancelled_at__isnull=False)
    assert released.case.status == CaseStatus.CLOSED and released.case.data == {}


def test_an_expired_hold_does_not_block_the_seat_for_the_next_citizen(client, booking_page, day):
    book(client, booking_page, slot_key(day, 10))
    Booking.objects.update(hold_until=timezone.now() - timedelta(minutes=1))

    assert book(client, booking_page, slot_key(day, 10), name="Bertil").status_code == 302

    assert Booking.objects.active().get().case.contact_name == "Bertil"
    released = Case.objects.get(page=booking_page, status=CaseStatus.CLOSED)
    assert released.personal_data_deleted_at is not None


def test_an_address_may_hold_two_unconfirmed_bookings_at_a_time(client, booking_page, day):
    assert book(client, booking_page, slot_key(day, 9)).status_code == 302
    assert book(client, booking_page, slot_key(day, 10)).status_code == 302

    third = book(client, booking_page, slot_key(day, 11))

    assert third.status_code == 400
    error = BeautifulSoup(third.content, "html.parser").select_one(f"#id_{PREFIX}email_error").get_text()
    assert "väntar på att bekräftas" in error
    assert Booking.objects.active().count() == 2
    client.post(confirmation_link())  # one confirmed: room for another
    assert book(client, booking_page, slot_key(day, 11)).status_code == 302


def test_one_client_may_hold_only_so_many_seats_an_hour(client, booking_page, day, settings):
    settings.BOOKING_HOLDS_PER_CLIENT_PER_HOUR = 2
    for hour in (9, 10):
        assert book(client, booking_page, slot_key(day, hour), name=f"Person {hour}").status_code == 302

    refused = book(client, booking_page, slot_key(day, 11), name="Person 11")

    assert refused.status_code == 429
    assert Booking.objects.active().count() == 2


def test_a_signed_in_citizen_books_at_once_without_confirming_an_address(
    client, booking_page, day, django_capture_on_commit_callbacks
):
    from tests.citizens.helpers import identity, sign_in_directly

    sign_in_directly(client, identity())
    with django_capture_on_commit_callbacks(execute=True):
        response = book(client, booking_page, slot_key(day, 10))

    assert "/kvitto/" in response["Location"]
    booking = Booking.objects.get()
    assert booking.confirmed_at is not None and not booking.is_held
    assert [message.subject for message in mail.outbox] == [f"Din tid är bokad ({booking.case.reference})"]


def token_of_case_page(response) -> str:
    return response["Location"].split("#")[0].rstrip("/").split("/")[-1]


def test_a_slot_taken_a_moment_ago_is_refused_clearly_and_nothing_the_citizen_wrote_is_lost(client, booking_page, day):
    data = booking_data(client, booking_page, slot_key(day, 10), message="Vill bygga ett uterum")
    book(client, booking_page, slot_key(day, 10), name="Bertil")  # someone else, first

    response = client.post(booking_page.url, data)

    assert response.status_code == 400
    assert Case.objects.filter(page=booking_page).count() == 1
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("[role=alert]") is not None
    assert "fullbokad" in soup.select_one(f"#id_{PREFIX}slot_error").get_text()
    assert soup.select_one(f"[name='{PREFIX}name']")["value"] == "Anna Svensson"
    assert soup.select_one(f"[name='{PREFIX}message']").get_text().strip() == "Vill bygga ett uterum"


def test_the_last_seat_goes_to_one_citizen_when_the_form_was_valid_for_both(client, booking_page, resource, day):
    """The race the database settles: both forms passed validation, the second store is refused."""
    from eservice_blocks.base import SubmissionRejected
    from eservice_types.booking.booking import take_seat
    from eservice_types.booking.slots import slots_on

    slot = slots_on(resource, day)[0]
    take_seat(resource, slot, None)

    with pytest.raises(SubmissionRejected):
        take_seat(resource, slot, None)
    assert Booking.objects.active().filter(starts_at=slot.starts_at).count() == 1


def test_a_slot_with_capacity_two_takes_two_bookings_then_refuses(client, booking_page, resource, day):
    resource.capacity = 2
    resource.save()

    statuses = [book(client, booking_page, slot_key(day, 9), name=f"Person {n}").status_code for n in range(3)]

    assert statuses == [302, 302, 400]
    assert sorted(Booking.objects.active().values_list("seat", flat=True)) == [1, 2]


def test_a_missing_time_or_e_mail_gets_a_clear_error(client, booking_page):
    response = book(client, booking_page, "", email="")

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f"#id_{PREFIX}slot_error").get_text(strip=True) == "Välj en tid."
    assert soup.select_one(f"#id_{PREFIX}email_error") is not None
    assert not Case.objects.filter(page=booking_page).exists()


@pytest.fixture
def booked(client, booking_page, day, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        token = token_of_case_page(book_and_confirm(client, booking_page, slot_key(day, 10)))
    return token


def test_the_case_page_shows_the_appointment_with_calendar_file_move_and_cancel(client, booked):
    soup = BeautifulSoup(client.get(reverse("eservice_blocks:case", args=[booked])).content, "html.parser")

    summary = soup.select_one(".booking-summary")
    assert "10:00" in summary.get_text()
    links = {a["href"] for a in summary.select("a")}
    assert reverse("eservice_blocks:booking:ics", args=[booked]) in links
    assert reverse("eservice_blocks:booking:cancel", args=[booked]) in links


def test_the_ics_file_is_a_valid_calendar_event_in_utc(client, booked):
    response = client.get(reverse("eservice_blocks:booking:ics", args=[booked]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    booking = Booking.objects.get()
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert f"DTSTART:{booking.starts_at.astimezone(timezone_utc()):%Y%m%dT%H%M%SZ}\r\n" in body
    assert "SUMMARY:Bygglovsrådgivning\r\n" in body
    assert "LOCATION:Stadshuset\\, Storgatan 1\r\n" in body
    assert body.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_the_ics_file_carries_no_link_that_opens_the_case(client, booked, booking_page):
    response = client.get(reverse("eservice_blocks:booking:ics", args=[booked]))

    body = response.content.decode().replace("\r\n ", "")  # unfolded
    assert booked not in body and "/arende/" not in body
    assert f"URL:{booking_page.full_url}\r\n" in body
    assert Case.objects.get(page=booking_page).reference in body


def timezone_utc():
    from datetime import UTC

    return UTC


def test_cancelling_frees_the_slot_cancels_the_reminder_and_closes_the_case(client, booked, booking_page, day):
    cancel_url = reverse("eservice_blocks:booking:cancel", args=[booked])
    assert "Ja, avboka" in client.get(cancel_url).content.decode()

    response = client.post(cancel_url)

    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.cancelled_at is not None
    assert Notification.objects.get(kind="booking_reminder").status == NotificationStatus.CANCELLED
    assert Case.objects.get(page=booking_page).status == CaseStatus.CLOSED
    assert book(client, booking_page, slot_key(day, 10), name="Bertil").status_code == 302  # free again


def test_moving_the_appointment_takes_the_new_time_and_frees_the_old(client, booked, booking_page, day):
    change_url = reverse("eservice_blocks:booking:reschedule", args=[booked])

    response = client.post(change_url, {"slot": slot_key(day, 11)})

    assert response.status_code == 302
    active = Booking.objects.active().get()
    assert timezone.localtime(active.starts_at).strftime("%Y-%m-%dT%H:%M") == slot_key(day, 11)
    assert Booking.objects.exclude(cancelled_at=None).count() == 1
    reminders = Notification.objects.filter(kind="booking_reminder")
    assert sorted(reminders.values_list("status", flat=True)) == [NotificationStatus.CANCELLED, "pending"]
    assert book(client, booking_page, slot_key(day, 10), name="Bertil").status_code == 302


def test_moving_to_a_taken_time_keeps_the_old_booking(client, booked, booking_page, day):
    book(client, booking_page, slot_key(day, 11), name="Bertil")

    response = client.post(reverse("eservice_blocks:booking:reschedule", args=[booked]), {"slot": slot_key(day, 11)})

    assert response.status_code == 400
    assert Booking.objects.active().count() == 2
    assert Booking.objects.get(case__contact_name="Anna Svensson").cancelled_at is None


def test_handlers_see_the_schedule_of_their_departments_resources_only(client, booked, booking_page, resource, day):
    handler = User.objects.create_user("radgivare", password="pw-not-used-123")
    group = resource.department.staff_groups.first()
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    handler.groups.add(group)
    outsider = User.objects.create_user("utomstaende", password="pw-not-used-123")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    url = reverse("booking_schedule") + f"?day={day:%Y-%m-%d}&view=week"

    client.force_login(handler)
    page = client.get(url).content.decode()
    assert "Anna Svensson" in page and Case.objects.get(page=booking_page).reference in page

    client.force_login(outsider)
    assert "Anna Svensson" not in client.get(url).content.decode()


def test_moving_the_appointment_gives_the_case_the_new_time_in_its_title_answers_and_history(
    client, booked, booking_page, resource, day
):
    case = Case.objects.get(page=booking_page)
    old_time, new_time = f"{day:%Y-%m-%d} 10:00", f"{day:%Y-%m-%d} 11:00"
    assert case.subject == f"Bygglovsrådgivning {old_time}"

    client.post(reverse("eservice_blocks:booking:reschedule", args=[booked]), {"slot": slot_key(day, 11)})

    case.refresh_from_db()
    assert case.subject == f"Bygglovsrådgivning {new_time}"
    booked_answer = dict(case.answers)["Bokat"]
    assert booked_answer.startswith("Bygglovsrådgivning, ") and booked_answer.endswith(" 11:00")
    assert [answer for answer in case.answers if "10:00" in answer[1]] == []
    history = [event.describe() for event in case.events.all()]
    assert f"Intern anteckning: Bokningen flyttades från {old_time} till {new_time}" in history

    handler = User.objects.create_user("radgivare", password="pw-not-used-123")
    group = resource.department.staff_groups.first()
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    handler.groups.add(group)
    client.force_login(handler)
    view = BeautifulSoup(client.get(reverse("eservice_blocks_case", args=[case.pk])).content, "html.parser")
    header = view.select_one("header").get_text()
    assert new_time in header and old_time not in header
    inbox = client.get(reverse("eservice_blocks_inbox")).content.decode()
    assert f"Bygglovsrådgivning {new_time}" in inbox and f"Bygglovsrådgivning {old_time}" not in inbox
