"""Holding what a citizen sent until the next step: a valid report for its confirmation step, or
the checked photos of a report whose other answers had errors (so they need not be chosen
again). The answers live in the database, the photos in private storage, reachable only with
the random token in the citizen's form.

Held reports are kept for `KEEP_FOR`; `delete_expired` removes older ones with their photos. It
runs every night (see `retention.py`), and also whenever a report is held.
"""

import logging
import secrets
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from eservice_blocks.cases.tokens import hash_token
from eservice_blocks.uploads import CleanUpload, storage_name

from .models import PendingPhoto, PendingPurpose, PendingReport

KEEP_FOR = timedelta(hours=1)

logger = logging.getLogger(__name__)


def hold(page, block_id: str, data: dict, photos: list[CleanUpload], purpose=PendingPurpose.CONFIRM) -> str:
    delete_expired()  # few rows; the nightly run catches what is left when nobody reports
    token = secrets.token_urlsafe(32)
    pending = PendingReport.objects.create(
        token_hash=hash_token(token), page=page, block_id=block_id, data=data, purpose=purpose
    )
    for photo in photos:
        held = PendingPhoto(pending=pending, name=photo.name, content_type=photo.content_type)
        if photo.gps:
            held.latitude, held.longitude = photo.gps
        held.file.save(storage_name(photo.name), ContentFile(photo.content), save=True)
    return token


def hold_photos(page, block_id: str, photos: list[CleanUpload]) -> str:
    """Keep the checked photos of a form that must be corrected; the token goes into the form."""
    return hold(page, block_id, {}, photos, purpose=PendingPurpose.PHOTOS)


def load(token: str, page, block_id: str, purpose=PendingPurpose.CONFIRM) -> PendingReport | None:
    if not token:
        return None
    return PendingReport.objects.filter(
        token_hash=hash_token(token),
        page=page,
        block_id=block_id,
        purpose=purpose,
        created_at__gte=timezone.now() - KEEP_FOR,
    ).first()


def load_photos(token: str, page, block_id: str) -> PendingReport | None:
    return load(token, page, block_id, purpose=PendingPurpose.PHOTOS)


def photos_of(pending: PendingReport) -> list[CleanUpload]:
    photos = []
    for held in pending.photos.all():
        with held.file.open("rb") as handle:
            content = handle.read()
        gps = (held.latitude, held.longitude) if held.latitude is not None else None
        photos.append(CleanUpload(name=held.name, content_type=held.content_type, content=content, gps=gps))
    return photos


def discard(pending: PendingReport) -> None:
    for held in pending.photos.all():
        held.file.delete(save=False)
    pending.delete()


def delete_expired(now=None) -> int:
    """Reports and photos never confirmed or sent: deleted with their photos after `KEEP_FOR`."""
    now = now or timezone.now()
    count = 0
    for pending in (
        PendingReport.objects.filter(created_at__lt=now - KEEP_FOR).prefetch_related("photos").iterator(chunk_size=200)
    ):
        with transaction.atomic():
            discard(pending)
        count += 1
    if count:
        logger.info("Deleted %s problem reports that were never sent", count)
    return count
