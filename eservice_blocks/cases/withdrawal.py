"""The citizen withdraws their case: it is closed, the handlers see who closed it, and the
case systems it was handed over to are told (a `case.withdrawn` event)."""

from django.db import transaction
from django.utils import timezone

from . import handover
from .models import CaseEvent, CaseEventKind, CaseStatus


def can_withdraw(case) -> bool:
    return case.is_open and not case.personal_data_deleted_at


@transaction.atomic
def withdraw(case) -> bool:
    """Close the case at the citizen's wish; False when it was already closed."""
    if not can_withdraw(case):
        return False
    now = timezone.now()
    previous = case.status
    case.status = CaseStatus.CLOSED
    case.set_closed(now)
    case.save(update_fields=["status", "closed_at", "retention_until"])
    CaseEvent.objects.create(
        case=case,
        kind=CaseEventKind.STATUS_CHANGED,
        visible_to_citizen=True,
        details={"from": previous, "to": CaseStatus.CLOSED.value, "withdrawn_by_citizen": True},
    )
    handover.record_withdrawn(case)
    return True
