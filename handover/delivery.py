"""Delivering one hand-over: in order per route, with backoff, parking after the last retry."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from .base import HandoverError, PermanentError
from .models import Handover, HandoverStatus
from .outbox import enqueue
from .registry import registry

logger = logging.getLogger(__name__)


def backoff(attempts: int) -> timedelta:
    """The wait before retry number `attempts`: doubling from HANDOVER_FIRST_RETRY_SECONDS,
    capped at HANDOVER_MAX_RETRY_SECONDS."""
    first, cap = settings.HANDOVER_FIRST_RETRY_SECONDS, settings.HANDOVER_MAX_RETRY_SECONDS
    return timedelta(seconds=min(first * 2 ** (attempts - 1), cap))


def deliver(handover_id: int, now=None) -> bool:
    """Deliver one hand-over if it is due and nobody else is at it; True when delivered.

    The row stays locked while the backend works, so two workers never deliver the same
    event at once. An earlier event of the same route that is not delivered yet goes first:
    a receiver never hears of a message before the case it belongs to.
    """
    now = now or timezone.now()
    with transaction.atomic():
        handover = (
            Handover.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk=handover_id, status=HandoverStatus.PENDING, next_attempt_at__lte=now)
            .first()
        )
        if handover is None:
            return False
        earlier = (
            Handover.objects.filter(route_id=handover.route_id, pk__lt=handover.pk)
            .exclude(status=HandoverStatus.DELIVERED)
            .order_by("pk")
            .first()
        )
        if earlier is not None:
            # Delivered after the earlier one (which enqueues its successors when it is through).
            handover.next_attempt_at = max(earlier.next_attempt_at, now) + backoff(1)
            handover.save(update_fields=["next_attempt_at"])
            return False
        try:
            reference = attempt(handover)
        except PermanentError as error:
            park(handover, now, error)
            return False
        except Exception as error:  # down, slow, 5xx, an answer that is not understood: retried
            handover.attempts += 1
            note_error(handover, error)
            if handover.attempts > settings.HANDOVER_MAX_RETRIES:
                park(handover, now, error, count=False)
                return False
            handover.next_attempt_at = now + backoff(handover.attempts)
            handover.save(update_fields=["attempts", "last_error", "error", "next_attempt_at"])
            retry_at = handover.next_attempt_at
            transaction.on_commit(lambda: enqueue(handover_id, run_after=retry_at))
            return False
        handover.status = HandoverStatus.DELIVERED
        handover.attempts += 1
        handover.delivered_at = timezone.now()
        handover.receiver_reference = str(reference or "")[:200]
        handover.last_error, handover.error = "", {}
        handover.save()
        following = list(
            Handover.objects.filter(
                route_id=handover.route_id, pk__gt=handover.pk, status=HandoverStatus.PENDING
            ).values_list("pk", flat=True)
        )
        if following:
            Handover.objects.filter(pk__in=following).update(next_attempt_at=handover.delivered_at)
            transaction.on_commit(lambda: [enqueue(pk) for pk in following])
        return True


def attempt(handover: Handover) -> str:
    if handover.backend_id not in registry:
        raise PermanentError(
            gettext_noop("the hand-over backend %(backend)s is not installed"), backend=handover.backend_id
        )
    subject = handover.subject
    if subject is None:
        raise PermanentError(gettext_noop("what was to be handed over no longer exists"))
    files = subject.handover_files(handover) if hasattr(subject, "handover_files") else []
    return registry.get(handover.backend_id).deliver(handover, files)


def park(handover: Handover, now, error: Exception, count: bool = True) -> None:
    if count:
        handover.attempts += 1
    handover.status = HandoverStatus.FAILED
    handover.failed_at = now
    note_error(handover, error)
    handover.save()
    logger.error(
        "Hand-over %s (%s to %s) parked: %s", handover.pk, handover.event_type, handover.backend_id, handover.last_error
    )


def note_error(handover: Handover, error: Exception) -> None:
    """The error in English (`last_error`, for logs and the API) and, when a backend said it
    with a translatable message, that message and its values (`error`, shown translated)."""
    handover.last_error = describe_error(error)
    handover.error = {"message": error.message, "params": error.params} if isinstance(error, HandoverError) else {}


def describe_error(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return text[:1000]
