"""Delete personal data from closed cases once their retention period has passed, keeping the
anonymous facts (type, department, dates, status) that the KPIs count."""

import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from handover import outbox

from ..registry import registry
from .models import Case, CaseEvent, CaseEventKind

logger = logging.getLogger(__name__)


def delete_personal_data(case, now=None) -> None:
    now = now or timezone.now()
    with transaction.atomic():
        for message in case.messages.all():
            if message.attachment:
                message.attachment.delete(save=False)
        case.messages.all().delete()
        for attachment in case.attachments.all():
            attachment.file.delete(save=False)
        case.attachments.all().delete()
        if case.service_type in registry:
            registry.get(case.service_type).delete_personal_data(case)
        case.notifications.all().delete()
        outbox.forget(case)
        case.answers = []
        case.data = {}
        case.subject = ""
        case.contact_name = ""
        case.contact_email = ""
        case.identity_hash = ""
        case.identity_number = ""
        case.personal_data_deleted_at = now
        case.save()
        CaseEvent.objects.create(case=case, kind=CaseEventKind.PERSONAL_DATA_DELETED, visible_to_citizen=False)
    logger.info("Deleted personal data of case %s after its retention period", case.reference)


def delete_expired_personal_data(now=None) -> int:
    now = now or timezone.now()
    count = 0
    for case in Case.objects.past_retention(now).iterator():
        delete_personal_data(case, now)
        count += 1
    return count


@task()
def delete_expired_personal_data_task() -> int:
    return delete_expired_personal_data()
