"""Hand-overs in words for handlers and citizens, and the health of the outbox."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .base import EVENT_TYPES
from .models import Handover, HandoverStatus
from .registry import registry


def target(handover: Handover) -> str:
    if handover.backend_id not in registry:
        return handover.backend_id
    return registry.get(handover.backend_id).target(handover.settings)


def describe(handover: Handover) -> str:
    """ "Delivered to ByggR as BN-2026-1234", "Waiting, retry 3 of 8", "Failed: 401 from the receiver"."""
    where = target(handover)
    if handover.status == HandoverStatus.DELIVERED:
        if handover.receiver_reference:
            return _("Delivered to %(target)s as %(reference)s") % {
                "target": where,
                "reference": handover.receiver_reference,
            }
        return _("Delivered to %(target)s") % {"target": where}
    if handover.status == HandoverStatus.FAILED:
        return _("Failed: %(error)s") % {"error": error_text(handover) or _("unknown error")}
    if handover.attempts:
        return _("Waiting, retry %(retry)s of %(retries)s") % {
            "retry": handover.attempts,
            "retries": settings.HANDOVER_MAX_RETRIES,
        }
    return _("Waiting to be delivered to %(target)s") % {"target": where}


def error_text(handover: Handover) -> str:
    """The last error in the reader's language where the backend said it translatably, else
    as it was stored."""
    message, params = handover.error.get("message"), handover.error.get("params") or {}
    if message:
        try:
            return _(message) % params if params else _(message)
        except (KeyError, TypeError, ValueError):  # a translation that does not fit its values
            pass
    return handover.last_error


def event_label(handover: Handover) -> str:
    return str(EVENT_TYPES.get(handover.event_type, handover.event_type))


def rows(handovers) -> list[dict]:
    """What the handler's case view shows of each hand-over."""
    return [
        {
            "handover": handover,
            "event": event_label(handover),
            "target": target(handover),
            "state": describe(handover),
            "error": error_text(handover) if handover.status != HandoverStatus.DELIVERED else "",
            "can_retry": handover.status != HandoverStatus.DELIVERED,
        }
        for handover in handovers
    ]


def handled_in(routes) -> str:
    """Where the citizen's case is handled ("the building permit system"), from its routes."""
    for route in routes:
        if route.backend_id in registry:
            text = registry.get(route.backend_id).handled_in(route.settings)
            if text:
                return text
    return ""


def health(now=None) -> dict:
    """For /health/worker/: hand-overs waiting past their time, and failed ones. `ok` is False
    while any hand-over has been failed for longer than HANDOVER_FAILED_ALERT_SECONDS."""
    now = now or timezone.now()
    failed = Handover.objects.filter(status=HandoverStatus.FAILED)
    oldest_failed = failed.order_by("failed_at").values_list("failed_at", flat=True).first()
    overdue = Handover.objects.filter(status=HandoverStatus.PENDING, next_attempt_at__lte=now)
    oldest_due = overdue.order_by("next_attempt_at").values_list("next_attempt_at", flat=True).first()
    failed_for = (now - oldest_failed).total_seconds() if oldest_failed else 0.0
    return {
        "ok": failed_for <= settings.HANDOVER_FAILED_ALERT_SECONDS,
        "handovers_failed": failed.count(),
        "handovers_failed_longest_seconds": round(failed_for, 1),
        "handovers_due": overdue.count(),
        "handovers_longest_wait_seconds": round((now - oldest_due).total_seconds(), 1) if oldest_due else 0.0,
    }


def failed_since(seconds: int, now=None):
    now = now or timezone.now()
    return Handover.objects.filter(status=HandoverStatus.FAILED, failed_at__lte=now - timedelta(seconds=seconds))
