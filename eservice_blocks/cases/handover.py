"""A case's events for the hand-over outbox: where they go (the e-service's choice, else the
department's), and the versioned event documents (docs/handover.md)."""

from django.conf import settings
from django.urls import reverse

from handover import outbox
from handover.base import ATTACHMENT_ADDED, CASE_CLOSED, CASE_CREATED, CASE_WITHDRAWN, CITIZEN_MESSAGE
from handover.blocks import routes_of

from ..registry import registry


def routes(block_value, department) -> list[tuple[str, dict]]:
    """The e-service's hand-over, or else the receiving department's default."""
    return routes_of(block_value.get("handover")) or routes_of(department.handover if department else None)


def _timestamp(value):
    return value.isoformat() if value else None


def case_document(case) -> dict:
    """The case as every event document carries it."""
    plugin = registry.get(case.service_type) if case.service_type in registry else None
    return {
        "reference": case.reference,
        "eservice_type": case.service_type,
        "eservice": case.service_title,
        "subject": case.subject,
        "department": case.department.name,
        "language": case.language,
        "status": case.status,
        "received_at": _timestamp(case.received_at),
        "closed_at": _timestamp(case.closed_at),
        "contact": {"name": case.contact_name, "email": case.contact_email},
        "identification": {
            "identified": case.is_identified,
            "method": case.identity_provider or None,
            "assurance_level": case.assurance_level or None,
            "personal_identity_number": case.identity_number or None,
        },
        "answers": [{"label": label, "value": value} for label, value in case.answers],
        "data": plugin.handover_data(case) if plugin else {},
        "api_url": settings.SITE_BASE_URL.rstrip("/") + reverse("api:handover-case", args=[case.reference]),
    }


def _file(key, name, content_type, size) -> dict:
    return {"key": key, "name": name, "content_type": content_type or "application/octet-stream", "size": size}


def attachment_file(attachment) -> dict:
    return _file(f"attachment-{attachment.pk}", attachment.name, attachment.content_type, attachment.size)


def message_file(message) -> dict:
    size = message.attachment.size if message.attachment else 0
    return _file(f"message-{message.pk}", message.attachment_name, "", size)


def record_created(case, block_value) -> None:
    """In the transaction that stores the case: the first event, which also fixes its routes."""
    payload = {"case": case_document(case), "files": [attachment_file(a) for a in case.attachments.all()]}
    outbox.record(case, CASE_CREATED, payload, routes=routes(block_value, case.department))


def record_citizen_message(message) -> None:
    case = message.case
    body = {"id": message.pk, "body": message.body, "created_at": _timestamp(message.created_at)}
    outbox.record(case, CITIZEN_MESSAGE, {"case": case_document(case), "message": body, "files": []})
    if message.attachment:
        payload = {"case": case_document(case), "message_id": message.pk, "files": [message_file(message)]}
        outbox.record(case, ATTACHMENT_ADDED, payload)


def _closing_payload(case) -> dict:
    plugin = registry.get(case.service_type) if case.service_type in registry else None
    files = [attachment_file(a) for a in case.attachments.all()]
    files += [message_file(m) for m in case.messages.exclude(attachment="")]
    messages = [
        {"id": m.pk, "direction": m.direction, "body": m.body, "created_at": _timestamp(m.created_at)}
        for m in case.messages.all()
    ]
    return {
        "case": case_document(case),
        "messages": messages,
        "files": files,
        "schema": plugin.handover_schema() if plugin else {"type": "object"},
    }


def record_closed(case) -> None:
    outbox.record(case, CASE_CLOSED, _closing_payload(case))


def record_withdrawn(case) -> None:
    outbox.record(case, CASE_WITHDRAWN, _closing_payload(case))
