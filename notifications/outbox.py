"""The public API of the outbox: queue a message in the caller's transaction, cancel the ones
not yet sent, and deliver them (a task per message, and a sweep for anything left behind).

Templates: `notifications/email/<kind>.txt` and `<kind>_subject.txt`, found in any app's
templates, rendered in the message's language with `site_url`, the subject's
`notification_context(notification)` and the message's own context.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from .models import Notification, NotificationStatus

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
FIRST_RETRY_SECONDS = 60
#: Context keys starting with this are secrets (a draft's link): dropped once the message is sent.
SECRET_PREFIX = "secret_"  # noqa: S105 - a naming convention, not a secret


def backoff(attempts: int) -> timedelta:
    """1 min, 2, 4, ... capped at 6 hours between attempts."""
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** (attempts - 1), 6 * 3600))


def notify(
    kind: str,
    recipient: str,
    *,
    language: str,
    subject=None,
    context: dict | None = None,
    send_at=None,
) -> Notification:
    """Queue a message in the current transaction; it is sent once the transaction commits, or
    at `send_at` (a reminder), by a deferred task or else by the periodic sweep."""
    notification = Notification.objects.create(
        subject=subject,
        kind=kind,
        recipient=recipient,
        language=language or "sv",
        context=context or {},
        next_attempt_at=send_at or timezone.now(),
    )
    transaction.on_commit(lambda: enqueue(notification.pk, run_after=send_at))
    return notification


def for_subject(subject):
    """The messages about `subject` (a case, a feedback answer)."""
    return Notification.objects.filter(subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk)


def cancel_pending(subject, kind: str) -> int:
    """Cancel messages of this kind about `subject` that are not sent yet (a cancelled
    booking's reminder)."""
    return (
        for_subject(subject)
        .filter(kind=kind, status=NotificationStatus.PENDING)
        .update(status=NotificationStatus.CANCELLED)
    )


def enqueue(notification_id: int, run_after=None) -> None:
    """Hand a stored message to the task worker (deferred to `run_after` where the backend can)."""
    try:
        if run_after is not None and deliver_notification.get_backend().supports_defer:
            deliver_notification.using(run_after=run_after).enqueue(notification_id)
        elif run_after is None:
            deliver_notification.enqueue(notification_id)
        # A backend that cannot defer leaves the retry to `deliver_due_notifications`.
    except Exception:
        # The notification is stored; the periodic sweep delivers it later.
        logger.exception("Could not enqueue notification %s", notification_id)


@task()
def deliver_notification(notification_id: int) -> None:
    deliver(notification_id)


@task()
def deliver_due_notifications_task() -> int:
    return deliver_due_notifications()


def deliver_due_notifications(now=None) -> int:
    """The sweep: try every pending notification that is due (run by a worker or cron)."""
    now = now or timezone.now()
    due = Notification.objects.filter(status=NotificationStatus.PENDING, next_attempt_at__lte=now)
    count = 0
    for notification_id in due.values_list("pk", flat=True):
        count += deliver(notification_id, now=now)
    return count


def deliver(notification_id: int, now=None) -> bool:
    """Send one notification; on failure count the attempt and schedule the next one."""
    now = now or timezone.now()
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True, of=("self",))
            # Not before it is due: a reminder's task may run early on a backend without deferral.
            .filter(pk=notification_id, status=NotificationStatus.PENDING, next_attempt_at__lte=now)
            .first()
        )
        if notification is None:
            return False
        try:
            subject, body = render(notification)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [notification.recipient])
        except Exception as error:  # SMTP down, DNS, timeouts: all retried
            notification.attempts += 1
            notification.last_error = f"{type(error).__name__}: {error}"[:1000]
            if notification.attempts >= MAX_ATTEMPTS:
                notification.status = NotificationStatus.FAILED
                logger.error("Notification %s failed for good after %s attempts", notification.pk, MAX_ATTEMPTS)
            else:
                notification.next_attempt_at = now + backoff(notification.attempts)
                retry_at = notification.next_attempt_at
                transaction.on_commit(lambda: enqueue(notification_id, run_after=retry_at))
            notification.save()
            return False
        notification.status = NotificationStatus.SENT
        notification.sent_at = now
        notification.context = {k: v for k, v in notification.context.items() if not k.startswith(SECRET_PREFIX)}
        notification.attempts += 1
        notification.save()
        return True


def render(notification: Notification) -> tuple[str, str]:
    """The message's subject line and text, in its language."""
    context = {"site_url": settings.SITE_BASE_URL.rstrip("/")}
    about = notification.subject
    # Times in the municipality's zone, whatever zone the sending process has active.
    with translation.override(notification.language), timezone.override(settings.TIME_ZONE):
        if about is not None and hasattr(about, "notification_context"):
            context.update(about.notification_context(notification))
        context.update(notification.context)
        template = f"notifications/email/{notification.kind}"
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    return " ".join(subject.split()), body
