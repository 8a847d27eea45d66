"""E-mails to citizens, delivered from the outbox by background tasks with retries and backoff."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from .models import Notification, NotificationStatus

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
FIRST_RETRY_SECONDS = 60


def backoff(attempts: int) -> timedelta:
    """1 min, 2, 4, ... capped at 6 hours between attempts."""
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** (attempts - 1), 6 * 3600))


def notify(case, kind: str, recipient: str, context: dict | None = None, send_at=None) -> Notification:
    """Queue an e-mail in the current transaction; it is sent once the transaction commits, or
    at `send_at` (a reminder), by a deferred task or else by the periodic sweep."""
    notification = Notification.objects.create(
        case=case,
        kind=kind,
        recipient=recipient,
        language=case.language,
        context=context or {},
        next_attempt_at=send_at or timezone.now(),
    )
    transaction.on_commit(lambda: _enqueue(notification.pk, run_after=send_at))
    return notification


def cancel_pending(case, kind: str) -> int:
    """Cancel notifications of this kind that are not sent yet (a cancelled booking's reminder)."""
    return Notification.objects.filter(case=case, kind=kind, status=NotificationStatus.PENDING).update(
        status=NotificationStatus.CANCELLED
    )


def _enqueue(notification_id: int, run_after=None) -> None:
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
            .select_related("case")
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
                transaction.on_commit(lambda: _enqueue(notification_id, run_after=retry_at))
            notification.save()
            return False
        notification.status = NotificationStatus.SENT
        notification.sent_at = now
        # A secret link (a draft's) stays in the outbox only until it is delivered.
        notification.context = {k: v for k, v in notification.context.items() if not k.startswith("secret_")}
        notification.attempts += 1
        notification.save()
        return True


def render(notification: Notification) -> tuple[str, str]:
    case = notification.case
    context = {"case": case, "site_url": settings.SITE_BASE_URL.rstrip("/"), **notification.context}
    with translation.override(notification.language):
        if notification.context.get("case_link") and case is not None and case.idempotency_key:
            context["case_url"] = context["site_url"] + reverse("eservice_blocks:case", args=[case.access_token])
        template = f"eservice_blocks/email/{notification.kind}"
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    return " ".join(subject.split()), body
