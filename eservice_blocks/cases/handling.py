"""What case handlers do with a case. Admin views (and later the API) call these; every action
writes an audit event, and the citizen is told about what concerns them."""

from django.db import transaction
from django.utils import timezone

from notifications.outbox import notify

from . import handover
from .models import CaseEvent, CaseEventKind, CaseMessage, CaseStatus, MessageDirection


def _event(case, kind, user, visible=False, **details):
    return CaseEvent.objects.create(case=case, kind=kind, actor=user, visible_to_citizen=visible, details=details)


def _mark_first_response(case, now):
    if case.first_response_at is None:
        case.first_response_at = now


@transaction.atomic
def change_status(case, status: str, user) -> None:
    status = CaseStatus(status)
    if status == case.status:
        return
    now = timezone.now()
    previous = case.status
    case.status = status
    _mark_first_response(case, now)
    if status == CaseStatus.DECIDED and case.decided_at is None:
        case.decided_at = now
    if status == CaseStatus.CLOSED:
        case.set_closed(now)
    elif case.closed_at is not None:  # reopened
        case.closed_at = case.retention_until = None
    case.save()
    _event(case, CaseEventKind.STATUS_CHANGED, user, visible=True, **{"from": previous, "to": status.value})
    if status == CaseStatus.CLOSED:
        handover.record_closed(case)
    if case.contact_email:
        notify(
            "status_changed",
            case.contact_email,
            language=case.language,
            subject=case,
            context={"case_link": True, "status": status.value},
        )


@transaction.atomic
def assign(case, assignee, user) -> None:
    case.assignee = assignee
    case.save(update_fields=["assignee"])
    _event(case, CaseEventKind.ASSIGNED, user, assignee=assignee.get_username() if assignee else None)


@transaction.atomic
def message_citizen(case, body: str, user, attachment=None) -> CaseMessage:
    """`attachment`: a file (a decision document) the citizen can download from the case page."""
    now = timezone.now()
    message = CaseMessage(case=case, direction=MessageDirection.TO_CITIZEN, body=body, author=user)
    if attachment is not None:
        message.attachment.save(attachment.name, attachment, save=False)
        message.attachment_name = attachment.name[:200]
    message.save()
    _mark_first_response(case, now)
    case.save(update_fields=["first_response_at"])
    _event(case, CaseEventKind.MESSAGE_TO_CITIZEN, user, visible=True, message_id=message.pk)
    if case.contact_email:
        notify("message", case.contact_email, language=case.language, subject=case, context={"case_link": True})
    return message


@transaction.atomic
def add_note(case, text: str, user) -> None:
    _event(case, CaseEventKind.NOTE, user, text=text)


@transaction.atomic
def transfer(case, department, user) -> None:
    previous = case.department
    case.department = department
    case.assignee = None
    case.save(update_fields=["department", "assignee"])
    _event(case, CaseEventKind.TRANSFERRED, user, **{"from": previous.name, "to": department.name})
