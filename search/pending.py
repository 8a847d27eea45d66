"""Index updates the search engine missed while it was unreachable: stored per page, replayed
with backoff by a deferred task and by the sweep (`manage.py replay_search_updates`), from the
page's stored documents, so that the engine ends up holding every published page."""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)

FIRST_RETRY_SECONDS = 10
MAX_RETRY_SECONDS = 600


def backoff(attempts: int) -> timedelta:
    """10 s, 20 s, 40 s, ... at most 10 minutes: an engine is usually back soon."""
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS))


def record(page_id: int, error: Exception) -> PendingIndexUpdate:
    """Queue (or keep queued) the page, counting the attempt that failed."""
    now = timezone.now()
    update, _created = PendingIndexUpdate.objects.get_or_create(page_id=page_id, defaults={"next_attempt_at": now})
    update.attempts += 1
    update.last_error = f"{type(error).__name__}: {error}"[:1000]
    update.next_attempt_at = now + backoff(update.attempts)
    update.save()
    retry_at = update.next_attempt_at
    transaction.on_commit(lambda: enqueue(retry_at))
    return update


def done(page_id: int) -> None:
    PendingIndexUpdate.objects.filter(page_id=page_id).delete()


def page_ids() -> list[int]:
    return list(PendingIndexUpdate.objects.values_list("page_id", flat=True))


def waiting() -> int:
    return PendingIndexUpdate.objects.count()


def enqueue(run_after) -> None:
    """A replay at `run_after`, where the task backend can defer; else the sweep replays."""
    try:
        if replay_index_updates.get_backend().supports_defer:
            replay_index_updates.using(run_after=run_after).enqueue()
    except Exception:
        logger.exception("Could not enqueue the replay of search index updates")


@task()
def replay_index_updates() -> int:
    return replay_due()


def replay_due(now=None) -> int:
    """Replay every queued update that is due; the number that went through."""
    from .backends.registry import registry

    now = now or timezone.now()
    backend = registry.configured()
    count = 0
    due = PendingIndexUpdate.objects.filter(next_attempt_at__lte=now).order_by("next_attempt_at")
    for page_id in due.values_list("page_id", flat=True):
        if not backend.sync_page(page_id):
            return count  # still unreachable: the next replay is scheduled
        done(page_id)
        count += 1
    if count:
        # The engine answers again: what waits out a long backoff (pages that failed many times
        # while it was away) goes now, not minutes later.
        for page_id in PendingIndexUpdate.objects.order_by("next_attempt_at").values_list("page_id", flat=True):
            if not backend.sync_page(page_id):
                break
            done(page_id)
            count += 1
    return count
