"""Demo cases in different states, submitted through the real e-service path."""

import uuid
from datetime import timedelta

from django.utils import translation

from eservice_blocks.cases import handling
from eservice_blocks.cases.models import Case
from eservice_blocks.cases.tokens import key_hash
from eservice_blocks.registry import registry
from eservice_blocks.services import submit

from .content import DEMO_CASES

_NAMESPACE = uuid.UUID("0b8f4a52-3d1e-4c5e-9a77-5a2f0c1d9e42")


def create_demo_cases(pages_by_slug) -> int:
    """Submit each demo case once (their idempotency keys are fixed) and move it to its state."""
    created = 0
    plugin = registry.get("contact")
    for slug, status, days_ago, subject, message, replies in DEMO_CASES:
        key = uuid.uuid5(_NAMESPACE, subject).hex
        if Case.objects.filter(idempotency_key_hash=key_hash(key)).exists():
            continue
        page = pages_by_slug[slug].specific
        child = next(child for child in page.body if child.block_type == "eservice_contact")
        form = plugin.get_form_class(child.value)(
            {
                "idempotency_key": key,
                "subject": subject,
                "message": message,
                "name": "Demo Demosson",
                "phone": "070-123 45 67",
                "answer_by": "phone",
            }
        )
        if not form.is_valid():
            raise ValueError(f"Demo case {subject!r} is invalid: {form.errors.as_json()}")
        with translation.override("sv"):
            result = submit(plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id)
        case = result.case
        for reply in replies:
            handling.message_citizen(case, reply, None)
        if status != "received":
            if status in ("decided", "closed"):
                handling.change_status(case, "in_progress", None)
            handling.change_status(case, status, None)
        _backdate(case, timedelta(days=days_ago))
        created += 1
    return created


def _backdate(case, delta) -> None:
    """Shift a demo case's dates into the past so lead times look real."""
    if not delta:
        return
    fields = {"received_at": case.received_at - delta}
    for name in ("first_response_at", "decided_at", "closed_at", "retention_until"):
        value = getattr(case, name)
        if value is not None:
            fields[name] = value - delta + timedelta(days=1)
    Case.objects.filter(pk=case.pk).update(**fields)
