"""Starting, saving and finishing a draft; turning its answers into what a case keeps."""

import base64
import hashlib
import secrets

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.crypto import salted_hmac

from eservice_blocks.cases.tokens import hash_token
from eservice_blocks.uploads import CleanUpload, storage_name

from .conditions import plan, visible_keys
from .models import ApplicationDraft, DraftFile
from .questions.registry import kind_of

_DRAFT_LINK_SALT = "kommunportal.application.draft-link"


def token_for(draft: ApplicationDraft) -> str:
    """The draft's link token, derived from its seed (drafts from before seeds have none)."""
    if not draft.token_seed:
        raise ValueError("This draft's link cannot be derived")
    digest = salted_hmac(_DRAFT_LINK_SALT, draft.token_seed, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def start(page, block_id: str, language: str, identity_hash: str = "") -> tuple[ApplicationDraft, str]:
    draft = ApplicationDraft(
        token_seed=secrets.token_hex(32), page=page, block_id=block_id, language=language, identity_hash=identity_hash
    )
    token = token_for(draft)
    draft.token_hash = hash_token(token)
    draft.save()
    return draft, token


def of_citizen(identity_hash: str):
    """A signed-in citizen's drafts in progress, newest first."""
    return (
        ApplicationDraft.objects.filter(
            identity_hash=identity_hash, submitted_at__isnull=True, expires_at__gt=timezone.now()
        )
        .select_related("page")
        .order_by("-updated_at")
    )


def load(token: str) -> ApplicationDraft | None:
    return (
        ApplicationDraft.objects.filter(token_hash=hash_token(token), expires_at__gt=timezone.now())
        .select_related("page")
        .first()
    )


def idempotency_key(draft: ApplicationDraft) -> str:
    """The same key for every submit of one draft: a double submit finds the case already made."""
    return hashlib.sha256(f"application:{draft.token_hash}".encode()).hexdigest()[:32]


def store_files(draft, key: str, uploads: list[CleanUpload]) -> None:
    for upload in uploads:
        held = DraftFile(draft=draft, field_key=key, name=upload.name, content_type=upload.content_type)
        held.size = upload.size
        held.file.save(storage_name(upload.name), ContentFile(upload.content), save=True)


def save_answers(draft, form) -> None:
    """Keep everything that passed its own checks, also when other answers of the step did not:
    the files (so they need not be uploaded again) and the answers (so a citizen who leaves
    the page finds them in the draft)."""
    cleaned = getattr(form, "cleaned_data", {})
    for key in form.file_keys:
        if cleaned.get(key):
            store_files(draft, key, cleaned[key])
    for key in form.fields:
        if key not in form.file_keys and key in cleaned:
            draft.answers[key] = form.to_draft(key)
    draft.updated_at = timezone.now()
    draft.save(update_fields=["answers", "updated_at"])


def leave_off_at(draft, number: int) -> None:
    """Where the citizen's link takes them back to: step `number` (past the last: the review)."""
    draft.current_step = number
    draft.save(update_fields=["current_step"])


def remove_file(draft, file_id: int) -> None:
    held = draft.files.filter(pk=file_id).first()
    if held is not None:
        held.file.delete(save=False)
        held.delete()


def files_by_key(draft) -> dict[str, list[DraftFile]]:
    found: dict[str, list[DraftFile]] = {}
    for held in draft.files.all():
        found.setdefault(held.field_key, []).append(held)
    return found


def review(draft, steps) -> list[dict]:
    """The visible steps with their visible answers, for the review page and the case."""
    files = files_by_key(draft)
    result = []
    for number, shown in enumerate(plan(steps, draft.answers), start=1):
        answers = []
        for question in shown.questions:
            key = question.value["key"]
            answers.append(
                {
                    "key": key,
                    "label": question.value["label"],
                    "value": kind_of(question).display(draft.answers.get(key), files.get(key, [])),
                }
            )
        result.append({"index": shown.index, "number": number, "title": shown.title, "answers": answers})
    return result


def visible_answers(draft, steps) -> dict:
    """The answers to the questions the citizen sees now: an answer given before a condition
    changed is not sent."""
    keys = visible_keys(steps, draft.answers)
    return {key: value for key, value in draft.answers.items() if key in keys}


def missing_answers(draft, steps) -> list[dict]:
    """Required questions that are visible but unanswered, with the number of their step."""
    files = files_by_key(draft)
    missing = []
    for number, shown in enumerate(plan(steps, draft.answers), start=1):
        for question in shown.questions:
            key = question.value["key"]
            if not question.value["required"]:
                continue
            if not kind_of(question).is_answered(draft.answers.get(key), files.get(key, [])):
                missing.append({"label": question.value["label"], "number": number})
    return missing


def attachments(draft, steps) -> list[tuple[str, CleanUpload]]:
    """Files of visible questions only: a file answered before a condition changed is dropped."""
    visible = {key: question.value["label"] for key, question in visible_keys(steps, draft.answers).items()}
    result = []
    for held in draft.files.all():
        if held.field_key in visible:
            with held.file.open("rb") as handle:
                content = handle.read()
            result.append((visible[held.field_key], CleanUpload(held.name, held.content_type, content)))
    return result


def finish(draft) -> None:
    """After the submit: the answers live on the case now; the draft keeps only the marker that
    sends a second submit to the same receipt."""
    for held in draft.files.all():
        held.file.delete(save=False)
    draft.files.all().delete()
    draft.answers = {}
    draft.submitted_at = timezone.now()
    draft.save(update_fields=["answers", "submitted_at"])


def discard(draft) -> None:
    """Delete a draft and its files (the citizen threw it away)."""
    for held in draft.files.all():
        held.file.delete(save=False)
    draft.delete()
