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


def takes_replies(case) -> bool:
    return case.is_open and not case.personal_data_deleted_at


def how_to_continue(case, absolute: bool = False) -> dict:
    """Where a citizen goes on once the case is closed: its department, and the e-service's
    page to start a new case (when that page is still published)."""
    page = case.page.specific if case.page is not None and case.page.live else None
    url = (page.full_url if absolute else page.url) if page is not None else ""
    return {
        "department": case.department.name,
        "email": case.department.contact_email,
        "reference": case.reference,
        "eservice_url": url or "",
    }


def closed_message(case, absolute: bool = False) -> str:
    """Why a reply to a closed case was not sent, and what to do instead."""
    where = how_to_continue(case, absolute)
    if where["eservice_url"]:
        return (
            _(
                "This case was closed before your message arrived, so it was not sent. To continue, write to "
                "%(department)s at %(email)s and give the reference %(reference)s, or start a new case at "
                "%(eservice_url)s."
            )
            % where
        )
    return (
        _(
            "This case was closed before your message arrived, so it was not sent. To continue, write to "
            "%(department)s at %(email)s and give the reference %(reference)s."
        )
        % where
    )


def confirmation_text(case) -> str:
    return case.what_happens_next


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
