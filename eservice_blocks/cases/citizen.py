"""What the citizen sees of a case and can do with it."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import handover
from .models import CaseEvent, CaseEventKind, CaseMessage, CaseStatus, MessageDirection

STAGES = [
    CaseStatus.RECEIVED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.WAITING_FOR_CITIZEN,
    CaseStatus.DECIDED,
    CaseStatus.CLOSED,
]


class RateLimited(Exception):
    pass


def confirmation_text(case) -> str:
    return case.confirmation_text or _("We have received your case and will answer as soon as we can.")


def timeline(case) -> list[dict]:
    """The status stages with the date each was (last) reached, and which one is current.

    "Waiting for you" only shows when the case has been in that state.
    """
    reached: dict[str, object] = {CaseStatus.RECEIVED: case.received_at}
    for event in case.events.filter(kind=CaseEventKind.STATUS_CHANGED).order_by("created_at"):
        reached[event.details.get("to")] = event.created_at
    stages = []
    for status in STAGES:
        if status == CaseStatus.WAITING_FOR_CITIZEN and status not in reached and case.status != status:
            continue
        stages.append(
            {
                "status": status,
                "label": status.label,
                "reached_at": reached.get(status),
                "current": case.status == status,
            }
        )
    return stages


def reply(case, body: str, attachment=None) -> CaseMessage:
    with transaction.atomic():
        message = CaseMessage(case=case, direction=MessageDirection.FROM_CITIZEN, body=body)
        if attachment is not None:  # a CleanUpload: checked, images re-encoded
            message.attachment.save(attachment.name, attachment.as_file(), save=False)
            message.attachment_name = attachment.name[:200]
        message.created_at = timezone.now()
        message.save()
        CaseEvent.objects.create(
            case=case,
            kind=CaseEventKind.MESSAGE_FROM_CITIZEN,
            visible_to_citizen=True,
            details={"message_id": message.pk},
        )
        handover.record_citizen_message(message)
    return message
