"""Taking, cancelling and moving a seat of a slot. The database decides who gets the last seat."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.cases.handling import change_status
from eservice_blocks.cases.models import CaseEvent, CaseEventKind, CaseStatus
from eservice_blocks.cases.retention import delete_personal_data
from notifications.outbox import cancel_pending, notify

from .models import Booking

SLOT_TAKEN = _("Someone booked that time a moment ago. Choose another time.")
REMINDER = "booking_reminder"
#: The e-mail with the link that confirms the booker's address (`confirmation.py`).
CONFIRM_ADDRESS = "booking_confirm_address"


def when(slot_start) -> str:
    """The time in words, in the active language and the municipality's time zone."""
    local = timezone.localtime(slot_start)
    return f"{date_format(local, 'l j F Y')} {local:%H:%M}"


def case_subject(resource, starts_at) -> str:
    """The case's title in the handlers' inbox: the resource and the booked time."""
    return f"{resource.name} {timezone.localtime(starts_at):%Y-%m-%d %H:%M}"


def booked_answer(resource, starts_at) -> tuple[str, str]:
    """The answer "Booked: <resource>, <time>" in the active language."""
    return str(_("Booked")), f"{resource.name}, {when(starts_at)}"


def take_seat(resource, slot, case, *, confirmed_at=None, hold_until=None) -> Booking:
    """Book the lowest free seat of the slot: confirmed (`confirmed_at`), or held for an address
    still to be confirmed until `hold_until`. Holds of the slot that ran out are released
    first. Each attempt runs in a savepoint: when another transaction took that seat first, the
    unique constraint refuses ours and we try the next."""
    if hold_until is None:  # a booking is confirmed, or held with a deadline
        confirmed_at = confirmed_at or timezone.now()
    release_expired_holds(resource=resource, starts_at=slot.starts_at)
    for seat in range(1, resource.capacity + 1):
        try:
            with transaction.atomic():
                return Booking.objects.create(
                    resource=resource,
                    case=case,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                    seat=seat,
                    confirmed_at=confirmed_at,
                    hold_until=hold_until,
                )
        except IntegrityError:
            continue
    raise SubmissionRejected(SLOT_TAKEN, field="slot")


def release_expired_holds(now=None, **filters) -> int:
    """Release the seats of bookings whose address was not confirmed in time: the booking is
    cancelled, its case closed, and what the unconfirmed address sent is deleted at once (it
    may have been typed by someone else). Rows another transaction is releasing are skipped."""
    now = now or timezone.now()
    count = 0
    with transaction.atomic():
        expired = (
            Booking.objects.expired_holds(now)
            .filter(**filters)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("case")
        )
        for held in expired:
            _release(held, now)
            count += 1
    return count


def _release(held, now) -> None:
    held.cancelled_at = now
    held.save(update_fields=["cancelled_at"])
    case = held.case
    if case is None or case.bookings.active().exists():
        return
    CaseEvent.objects.create(
        case=case,
        kind=CaseEventKind.NOTE,
        visible_to_citizen=False,
        details={"text": _("The e-mail address was not confirmed in time: the time %(time)s was released")
                 % {"time": _local(held.starts_at)}},
    )  # fmt: skip
    change_status(case, CaseStatus.CLOSED, None)
    delete_personal_data(case, now)


def schedule_reminder(booking, email: str, now=None) -> None:
    now = now or timezone.now()
    send_at = booking.starts_at - timedelta(hours=booking.resource.reminder_hours)
    if email and send_at > now:
        notify(
            REMINDER,
            email,
            language=booking.case.language,
            subject=booking.case,
            context={"case_link": True},
            send_at=send_at,
        )


def active_booking(case):
    return case.bookings.active().select_related("resource").first()


@task()
def release_expired_holds_task() -> int:
    return release_expired_holds()


@transaction.atomic
def cancel(booking) -> None:
    booking.cancelled_at = timezone.now()
    booking.save(update_fields=["cancelled_at"])
    cancel_pending(booking.case, REMINDER)
    cancel_pending(booking.case, CONFIRM_ADDRESS)
    if booking.case is not None:
        CaseEvent.objects.create(
            case=booking.case,
            kind=CaseEventKind.NOTE,
            visible_to_citizen=False,
            details={"text": _("Booking %(time)s cancelled by the citizen") % {"time": _local(booking.starts_at)}},
        )
        change_status(booking.case, CaseStatus.CLOSED, None)


@transaction.atomic
def reschedule(booking, slot) -> Booking:
    """Move the booking in one transaction: if the new time is taken, the old booking stays, so
    the citizen never ends up with no time or two."""
    resource = booking.resource
    booking.cancelled_at = timezone.now()
    booking.save(update_fields=["cancelled_at"])
    # A booking still waiting for its address to be confirmed moves with the same deadline.
    new = take_seat(resource, slot, booking.case, confirmed_at=booking.confirmed_at, hold_until=booking.hold_until)
    cancel_pending(booking.case, REMINDER)
    schedule_reminder(new, booking.case.contact_email)
    _show_new_time(booking.case, resource, booking.starts_at, new.starts_at)
    CaseEvent.objects.create(
        case=booking.case,
        kind=CaseEventKind.NOTE,
        visible_to_citizen=False,
        details={
            "text": _("Booking moved from %(old)s to %(new)s")
            % {"old": _local(booking.starts_at), "new": _local(new.starts_at)}
        },
    )
    return new


def _show_new_time(case, resource, old_start, new_start) -> None:
    """The case's title and its "Booked" answer name the new time, so the handler's inbox and
    case view never show the time that was given up."""
    case.subject = case_subject(resource, new_start)[:255]
    with translation.override(case.language):
        old_answer, new_answer = booked_answer(resource, old_start), booked_answer(resource, new_start)
    case.answers = [list(new_answer) if list(answer) == list(old_answer) else answer for answer in case.answers]
    case.save(update_fields=["subject", "answers"])


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")
