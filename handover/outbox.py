"""The public API of the hand-over outbox: choose where a subject's events go, record an event
in the caller's transaction, hand it to the worker after commit, retry a parked one.

    record(case, CASE_CREATED, {"case": {...}, "files": [...]}, routes=[("webhook", {...})])

A subject (a case) provides what backends need through methods it implements:
`handover_files(handover)` (a list of `base.HandoverFile`), `handover_pdf()` (bytes of the case
as a PDF) and `handover_admin_url()` (where a handler sees it).
"""

import logging
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop
from django_tasks import task

from .models import Handover, HandoverStatus, Route
from .registry import registry

logger = logging.getLogger(__name__)

#: The version of the event documents (docs/handover.md); a receiver checks it.
DOCUMENT_VERSION = "1"


def routes_for(subject):
    return Route.objects.filter(subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk)


def for_subject(subject):
    """The hand-overs of `subject`, oldest first."""
    return Handover.objects.filter(subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk)


def set_routes(subject, routes: list[tuple[str, dict]]) -> list[Route]:
    """Where `subject`'s events go, chosen once: later calls keep the first choice, so a case
    stays with the systems it was handed to even if the e-service's settings change."""
    existing = list(routes_for(subject))
    if existing:
        return existing
    stored = []
    for position, (backend_id, backend_settings) in enumerate(routes):
        backend = registry.get(backend_id)
        stored.append(
            Route.objects.create(
                subject=subject,
                backend_id=backend_id,
                settings=backend_settings,
                case_system=backend.case_system(backend_settings),
                position=position,
            )
        )
    return stored


def record(subject, event_type: str, payload: dict, *, routes: list[tuple[str, dict]] | None = None) -> list[Handover]:
    """Store the event for every route of `subject` whose backend takes this event type, in
    the current transaction; the worker delivers each after commit.

    `payload` is the event's own part of the document (`case`, `message`, `files`); the
    envelope (`version`, `id`, `type`, `occurred_at`) is added here. `routes`, when given,
    chooses the subject's routes first (see `set_routes`).
    """
    if routes is not None:
        set_routes(subject, routes)
    recorded = []
    now = timezone.now()
    for route in routes_for(subject):
        if route.backend_id not in registry or event_type not in registry.get(route.backend_id).events:
            continue
        event_id = uuid.uuid4()
        document = {
            "version": DOCUMENT_VERSION,
            "id": str(event_id),
            "type": event_type,
            "occurred_at": now.isoformat(),
            **payload,
        }
        recorded.append(
            Handover.objects.create(
                subject=subject,
                route=route,
                backend_id=route.backend_id,
                settings=route.settings,
                event_id=event_id,
                event_type=event_type,
                document=document,
                next_attempt_at=now,
                created_at=now,
            )
        )
    for handover in recorded:
        transaction.on_commit(lambda pk=handover.pk: enqueue(pk))
    return recorded


def enqueue(handover_id: int, run_after=None) -> None:
    """Hand a stored hand-over to the task worker (deferred to `run_after` where it can)."""
    try:
        if run_after is not None and deliver_handover.get_backend().supports_defer:
            deliver_handover.using(run_after=run_after).enqueue(handover_id)
        elif run_after is None:
            deliver_handover.enqueue(handover_id)
        # A backend that cannot defer leaves the retry to `deliver_due_handovers`.
    except Exception:
        # The hand-over is stored; the periodic sweep delivers it later.
        logger.exception("Could not enqueue hand-over %s", handover_id)


@task()
def deliver_handover(handover_id: int) -> None:
    from .delivery import deliver

    deliver(handover_id)


@task()
def deliver_due_handovers_task() -> int:
    return deliver_due_handovers()


def deliver_due_handovers(now=None, *, overdue_seconds: float = 0, max_seconds: float | None = None) -> int:
    """The sweep (`manage.py deliver_handovers`, run by a timer): try every waiting hand-over
    that has been due for at least `overdue_seconds`, oldest first, for at most `max_seconds`.

    It picks up what no task will: a hand-over whose task was lost with a worker that crashed
    (the task stays "running" in the queue, the hand-over stays waiting), one whose task could
    not be enqueued, and the retries of a task backend that cannot schedule them. A hand-over a
    worker is delivering right now is locked and skipped. Returns how many were delivered.
    """
    from .delivery import deliver

    started = time.monotonic()
    cutoff = (now or timezone.now()) - timedelta(seconds=overdue_seconds)
    due = Handover.objects.filter(status=HandoverStatus.PENDING, next_attempt_at__lte=cutoff)
    delivered = 0
    for pk in due.order_by("next_attempt_at", "pk").values_list("pk", flat=True):
        if max_seconds is not None and time.monotonic() - started > max_seconds:
            break  # the next run goes on; a slow receiver must not keep the sweep running for hours
        delivered += deliver(pk, now=now)
    return delivered


def retry(handover: Handover) -> None:
    """Try a failed (or waiting) hand-over again now, from the first attempt, with the same
    event id: what a handler does after the receiver is fixed."""
    if handover.status == HandoverStatus.DELIVERED:
        return
    handover.status = HandoverStatus.PENDING
    handover.attempts = 0
    handover.failed_at = None
    handover.next_attempt_at = timezone.now()
    handover.save(update_fields=["status", "attempts", "failed_at", "next_attempt_at"])
    transaction.on_commit(lambda: enqueue(handover.pk))


def max_retries() -> int:
    return settings.HANDOVER_MAX_RETRIES


def forget(subject) -> None:
    """Empty the documents of `subject`'s hand-overs (its personal data is being deleted). One
    not delivered by then never will be: it is parked for someone to look into."""
    handovers = for_subject(subject)
    gone = gettext_noop("personal data deleted before delivery")
    handovers.filter(status=HandoverStatus.PENDING).update(
        status=HandoverStatus.FAILED, failed_at=timezone.now(), last_error=gone, error={"message": gone, "params": {}}
    )
    handovers.update(document={})
