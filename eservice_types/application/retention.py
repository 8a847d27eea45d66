"""Drafts are kept for `DRAFT_DAYS` after they were started: then they and their files go.

Run `delete_expired_drafts` daily: the management command `delete_expired_application_drafts`
(in the retention timer) or the task `delete_expired_drafts_task` (a django-tasks worker).
"""

import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import ApplicationDraft

logger = logging.getLogger(__name__)


def delete_draft(draft) -> None:
    """Delete a draft with its stored files (the files first: a row without a file is harmless,
    a file without a row would never be found again)."""
    for held in draft.files.all():
        held.file.delete(save=False)
    draft.delete()


def delete_expired_drafts(now=None) -> int:
    now = now or timezone.now()
    count = 0
    for draft in (
        ApplicationDraft.objects.filter(expires_at__lte=now).prefetch_related("files").iterator(chunk_size=200)
    ):
        with transaction.atomic():
            delete_draft(draft)
        count += 1
    if count:
        logger.info("Deleted %s expired application drafts", count)
    return count


@task()
def delete_expired_drafts_task() -> int:
    return delete_expired_drafts()
