"""Taking, cancelling and moving a seat of a slot. The database decides who gets the last seat."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.cases.models import CaseEvent, CaseEventKind
from notifications.outbox import cancel_pending, notify

from .models import Booking

SLOT_TAKEN = _("Someone booked that time a moment ago. Choose another time.")
REMINDER = "booking_reminder"


def take_seat(resource, slot, case) -> Booking:
    """Book the lowest free seat of the slot. Each attempt runs in a savepoint: when another
    transaction took that seat first, the unique constraint refuses ours and we try the next."""
    for seat in range(1, resource.capacity + 1):
        try:
            with transaction.atomic():
                return Booking.objects.create(
                    resource=resource, case=case, starts_at=slot.starts_at, ends_at=slot.ends_at, seat=seat
                )
        except IntegrityError:
            continue
    raise SubmissionRejected(SLOT_TAKEN, field="slot")


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


@transaction.atomic
def cancel(booking) -> None:
    booking.cancelled_at = timezone.now()
    booking.save(update_fields=["cancelled_at"])
    cancel_pending(booking.case, REMINDER)
    if booking.case is not None:
        from eservice_blocks.cases.handling import change_status
        from eservice_blocks.cases.models import CaseStatus

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
    new = take_seat(resource, slot, booking.case)
    cancel_pending(booking.case, REMINDER)
    schedule_reminder(new, booking.case.contact_email)
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


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")
