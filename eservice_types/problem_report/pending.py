"""Holding a valid report for its confirmation step: the answers in the database, the checked
photos in private storage, reachable only with the random token in the citizen's form."""

import secrets
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from eservice_blocks.cases.tokens import hash_token
from eservice_blocks.uploads import CleanUpload, storage_name

from .models import PendingPhoto, PendingReport

KEEP_FOR = timedelta(hours=1)


def hold(page, block_id: str, data: dict, photos: list[CleanUpload]) -> str:
    delete_expired()  # few rows, and no scheduler needed to keep photos from piling up
    token = secrets.token_urlsafe(32)
    pending = PendingReport.objects.create(token_hash=hash_token(token), page=page, block_id=block_id, data=data)
    for photo in photos:
        held = PendingPhoto(pending=pending, name=photo.name, content_type=photo.content_type)
        if photo.gps:
            held.latitude, held.longitude = photo.gps
        held.file.save(storage_name(photo.name), ContentFile(photo.content), save=True)
    return token


def load(token: str, page, block_id: str) -> PendingReport | None:
    if not token:
        return None
    return PendingReport.objects.filter(
        token_hash=hash_token(token), page=page, block_id=block_id, created_at__gte=timezone.now() - KEEP_FOR
    ).first()


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
    """Reports never confirmed: deleted with their photos after an hour."""
    now = now or timezone.now()
    count = 0
    for pending in PendingReport.objects.filter(created_at__lt=now - KEEP_FOR):
        discard(pending)
        count += 1
    return count
