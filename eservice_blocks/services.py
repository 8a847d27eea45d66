"""The one place where a submission becomes a case. HTML views and (later) the API call it alike."""

import contextlib
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import translation

from notifications.outbox import notify

from . import idempotency
from .cases import handover
from .cases.models import Case, CaseAttachment, CaseEvent, CaseEventKind
from .cases.tokens import access_token_for, hash_token, key_hash, new_nonce
from .identification import IdentificationRequired, record_identity, requires_identification


@dataclass(frozen=True)
class SubmitResult:
    case: Case
    access_token: str
    created: bool


def submit(*, plugin, form, block_value, page, block_id: str, citizen=None, content=None) -> SubmitResult:
    """Store a valid submission as a case, in one transaction, before anything else happens.

    A repeated idempotency key (double click, resubmitted form, retried request) with the same
    submission returns the case already stored; with anything else it raises
    `idempotency.KeyReused`. `content` is what the key is bound to when it is not the form's
    cleaned data. E-mails are queued in the same transaction and sent after commit.
    With a signed-in `citizen` (`request.citizen`) the case is tied to them; an e-service that
    requires identification refuses a submission without one (`IdentificationRequired`).
    The plugin's `store` runs in the same transaction; if it raises `SubmissionRejected`, nothing
    is stored and the exception reaches the caller.
    """
    citizen = citizen or None
    if requires_identification(block_value) and citizen is None:
        raise IdentificationRequired
    key = form.cleaned_data["idempotency_key"]
    bound = idempotency.binding(
        page=page, block_id=block_id, citizen=citizen, content=form.cleaned_data if content is None else content
    )
    existing = idempotency.replayed(key, bound)
    if existing is not None:
        return SubmitResult(existing, existing.access_token, created=False)

    summary = plugin.summarize(form, block_value)
    department = summary.department or block_value.get("receiving_department") or page.specific.owning_department
    language = translation.get_language() or "sv"
    stored_files, committing = [], False
    try:
        with transaction.atomic():
            nonce = new_nonce()
            case = Case(
                access_token_hash=hash_token(access_token_for(nonce)),
                token_nonce=nonce,
                idempotency_key_hash=key_hash(key),
                submission_hash=bound,
                service_type=plugin.id,
                service_title=block_value["title"],
                subject=summary.subject[:255],
                department=department,
                page=page,
                block_id=block_id,
                language=language,
                expected_lead_time_days=block_value.get("expected_lead_time_days") or 10,
                confirmation_text=block_value.get("confirmation_text") or "",
                retention_days=block_value.get("retention_days") or 365,
                answers=summary.answers,
                data=summary.data,
                contact_name=summary.contact_name,
                contact_email=summary.contact_email,
            )
            if citizen is not None:
                record_identity(case, citizen, block_value)
            case.save()
            case.assign_reference()
            for label, upload in summary.attachments:
                stored_files.append(store_attachment(case, label, upload).file)
            plugin.store(case, summary, form, block_value)
            CaseEvent.objects.create(case=case, kind=CaseEventKind.RECEIVED, visible_to_citizen=True)
            handover.record_created(case, block_value)  # to the case systems, after commit
            if case.contact_email:
                notify(
                    plugin.receipt_notification,
                    case.contact_email,
                    language=case.language,
                    subject=case,
                    context={"case_link": True},
                )
            committing = True
    except BaseException as error:
        if not committing:
            # Rolled back (a full disk, the database gone, a plugin's refusal): no case refers
            # to the files written so far, and nothing would ever delete them. A failed COMMIT
            # may still have committed, so then they stay.
            for file in stored_files:
                _delete_quietly(file.storage, file.name)
        if not isinstance(error, IntegrityError):
            raise
        # The same submission arrived twice at the same moment; the other request stored it.
        existing = idempotency.replayed(key, bound)
        if existing is None:
            raise
        return SubmitResult(existing, existing.access_token, created=False)
    transaction.on_commit(lambda: plugin.after_submit(case, block_value))
    return SubmitResult(case, case.access_token, created=True)


def case_for_key(key: str) -> Case | None:
    """The case stored with a key the server made itself (an application draft's)."""
    return Case.objects.filter(idempotency_key_hash=key_hash(key)).first()


def store_attachment(case, label: str, upload) -> CaseAttachment:
    """Store one checked upload (`eservice_blocks.uploads.CleanUpload`) with the case."""
    attachment = CaseAttachment(
        case=case, label=str(label)[:255], name=upload.name, content_type=upload.content_type, size=upload.size
    )
    storage, field = attachment.file.storage, attachment.file.field
    name = field.generate_filename(attachment, upload.name)  # random, so the storage keeps it
    try:
        attachment.file = storage.save(name, upload.as_file(), max_length=field.max_length)
    except BaseException:
        # A full disk leaves the part already written behind.
        _delete_quietly(storage, name)
        raise
    attachment.save()
    return attachment


def _delete_quietly(storage, name: str) -> None:
    with contextlib.suppress(OSError):
        storage.delete(name)
