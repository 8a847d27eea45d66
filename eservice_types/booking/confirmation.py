"""Confirming the booker's e-mail address before a seat is held for long.

Anyone can type any address into the booking form, so a booking by an address nobody has
confirmed holds its seat for `BOOKING_HOLD_MINUTES` only, while an e-mail with a confirmation
link goes to the address. Confirming turns the hold into a booking (the receipt and the
reminder follow); a hold that runs out is released (`booking.release_expired_holds`). A citizen
signed in with e-identification needs no confirmation. Unconfirmed holds are limited per
address here, and per client where the form is posted (`eservices.BookingPlugin.handle_post`).

Until the address is confirmed the case has no contact e-mail: messages about the case go only
to confirmed addresses, and the address typed stays in the case's answers.
"""

import base64
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.cases.models import CaseEvent, CaseEventKind
from notifications.outbox import notify

from . import booking as bookings
from .models import Booking

CONFIRM_ADDRESS = bookings.CONFIRM_ADDRESS
_CODE_SALT = "kommunportal.booking.confirm-address"


def needs_confirmation(case) -> bool:
    """Whether the booker's address must be confirmed: not for a signed-in citizen."""
    return not case.identity_hash


def hold_time() -> timedelta:
    return timedelta(minutes=settings.BOOKING_HOLD_MINUTES)


def confirmation_code(case) -> str:
    """The code in the confirmation link, derived from the case with the server's secret: the
    case link (which the booker's browser has) alone cannot confirm the address."""
    digest = salted_hmac(_CODE_SALT, f"{case.pk}:{case.token_nonce}", algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def code_matches(case, code: str) -> bool:
    return bool(case.token_nonce) and constant_time_compare(confirmation_code(case), code)


def confirm_url(case) -> str:
    with translation.override(case.language):
        path = reverse("eservice_blocks:booking:confirm", args=[case.access_token, confirmation_code(case)])
    return settings.SITE_BASE_URL.rstrip("/") + path


def check_address_limit(email: str, now=None) -> None:
    """Refuse a new hold when this address already has as many holds waiting as allowed."""
    waiting = (
        Booking.objects.unconfirmed()
        .filter(hold_until__gt=now or timezone.now(), case__data__email__iexact=email)
        .count()
    )
    if waiting >= settings.BOOKING_UNCONFIRMED_PER_ADDRESS:
        raise SubmissionRejected(
            _(
                "This e-mail address already has bookings waiting to be confirmed. Confirm them with the "
                "link we sent, or try again in %(minutes)s minutes."
            )
            % {"minutes": settings.BOOKING_HOLD_MINUTES},
            field="email",
        )


def hold(resource, slot, case, email: str, now=None) -> Booking:
    """Hold a seat for an address still to be confirmed, and send the confirmation link."""
    now = now or timezone.now()
    check_address_limit(email, now)
    held = bookings.take_seat(resource, slot, case, hold_until=now + hold_time())
    # Not the case's contact address until confirmed: the receipt waits for the confirmation.
    case.contact_email = ""
    case.save(update_fields=["contact_email"])
    notify(
        CONFIRM_ADDRESS,
        email,
        language=case.language,
        subject=case,
        context={"minutes": settings.BOOKING_HOLD_MINUTES, "secret_confirm_url": confirm_url(case)},
    )
    transaction.on_commit(lambda: _release_later(held.hold_until))
    return held


def _release_later(when) -> None:
    """Release the hold when it runs out, where the task backend can wait; otherwise the next
    booking of the slot or the nightly run releases it."""
    task = bookings.release_expired_holds_task
    if task.get_backend().supports_defer:
        task.using(run_after=when + timedelta(seconds=5)).enqueue()


@transaction.atomic
def confirm(booking: Booking, now=None) -> bool:
    """Confirm the address of a held booking: it keeps its seat, and the receipt and the
    reminder go out. False when the hold was released meanwhile."""
    now = now or timezone.now()
    locked = Booking.objects.select_for_update(of=("self",)).select_related("case", "resource").get(pk=booking.pk)
    if locked.cancelled_at is not None:
        return False
    if locked.confirmed_at is not None:
        return True
    locked.confirmed_at, locked.hold_until = now, None
    locked.save(update_fields=["confirmed_at", "hold_until"])
    case = locked.case
    case.contact_email = case.data.get("email", "")
    case.save(update_fields=["contact_email"])
    CaseEvent.objects.create(
        case=case,
        kind=CaseEventKind.NOTE,
        visible_to_citizen=False,
        details={"text": str(_("The citizen confirmed the e-mail address"))},
    )
    if case.contact_email:
        notify("booking_confirmed", case.contact_email, language=case.language, subject=case,
               context={"case_link": True})  # fmt: skip
        bookings.schedule_reminder(locked, case.contact_email, now=now)
    return True
