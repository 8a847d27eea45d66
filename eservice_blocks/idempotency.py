"""Idempotency keys bound to what they were first sent with.

A key makes a resubmission (a double click, a retried request) return the case already stored.
It is bound to the e-service (page and block), to the signed-in citizen where there is one, and
to a keyed hash of the submitted content (the cleaned values; files by name, size and SHA-256):
the same key sent by anyone else, to another e-service or with other answers never returns
that case or its link, and the answers are not silently dropped (`KeyReused`).
"""

import datetime
import decimal
import hashlib
import json
import uuid

from django.core.files.base import File
from django.db import models
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from .cases.models import Case
from .cases.tokens import key_hash
from .uploads import CleanUpload

_SALT = "kommunportal.eservices.submission"

#: Said on the web above the form shown again, and by the API (422).
KEY_REUSED_MESSAGE = _(
    "These answers were not sent: the key that came with them was already used for other answers. "
    "Check them and send again to make a new case."
)


class KeyReused(Exception):
    """The idempotency key was used before for another submission (other answers, another
    e-service, another citizen)."""

    message = KEY_REUSED_MESSAGE


def binding(*, page, block_id: str, citizen, content: dict) -> str:
    """The keyed hash of what a key is bound to."""
    identity = getattr(citizen, "identity_hash", "") or ""
    described = json.dumps(
        [page.pk, block_id, identity, _describe(content)], sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return salted_hmac(_SALT, described, algorithm="sha256").hexdigest()


def replayed(key: str, bound: str) -> Case | None:
    """The case stored with this key, if the key was sent again with the same submission;
    None for a key never used; `KeyReused` for a key used with anything else."""
    case = Case.objects.filter(idempotency_key_hash=key_hash(key)).first()
    if case is None:
        return None
    # Cases from before the binding (an empty hash) cannot be matched: never hand them out.
    if not case.submission_hash or not constant_time_compare(case.submission_hash, bound):
        raise KeyReused
    return case


def _describe(value):
    """A JSON value that stands for `value`: the same for the same submission, whether it comes
    from the form or back from where a flow held it (JSON)."""
    if isinstance(value, dict):
        return {str(key): _describe(item) for key, item in value.items() if key != "idempotency_key"}
    if isinstance(value, list | tuple):
        return [_describe(item) for item in value]
    if isinstance(value, CleanUpload):
        return {"name": value.name, "size": value.size, "sha256": hashlib.sha256(value.content).hexdigest()}
    if isinstance(value, File):
        return {"name": value.name, "size": value.size, "sha256": _file_sha256(value)}
    if isinstance(value, models.Model):
        return f"{value._meta.label}:{value.pk}"
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _file_sha256(file) -> str:
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()
