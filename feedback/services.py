"""Recording feedback, routing it to a department, and answering the citizen."""

from django.core import signing
from django.db import transaction
from django.utils import timezone, translation

from eservice_blocks.blocks import find_eservice_block
from notifications.outbox import notify

from .models import Feedback, FeedbackSource
from .privacy import clean_comment

_SALT = "kommunportal.feedback.follow-up"
#: How long the "tell us more" link of one answer stays valid.
FOLLOW_UP_SECONDS = 2 * 3600


def route(page, source: str, target: str) -> tuple[object, str]:
    """The department that can act on feedback about this page, e-service or guide outcome, and the
    e-service type when it is about an e-service."""
    if page is None:
        return None, ""
    specific = page.specific
    department = getattr(specific, "owning_department", None)
    if source == FeedbackSource.ESERVICE and target:
        child = find_eservice_block(specific, target)
        if child is not None:
            return child.value.get("receiving_department") or department, child.block.meta.plugin_id
    return department, ""


def record(*, page, source: str, target: str, helpful: bool) -> Feedback:
    department, service_type = route(page, source, target)
    return Feedback.objects.create(
        page=page,
        source=source,
        target=target[:64],
        service_type=service_type,
        department=department,
        helpful=helpful,
        language=translation.get_language() or "sv",
    )


def add_details(feedback: Feedback, comment: str, email: str) -> Feedback:
    feedback.comment, feedback.comment_was_masked = clean_comment(comment)
    feedback.email = email
    feedback.save(update_fields=["comment", "comment_was_masked", "email"])
    return feedback


def follow_up_token(feedback: Feedback) -> str:
    return signing.TimestampSigner(salt=_SALT).sign_object(feedback.pk)


def feedback_for_token(token: str) -> Feedback | None:
    try:
        pk = signing.TimestampSigner(salt=_SALT).unsign_object(token, max_age=FOLLOW_UP_SECONDS)
    except signing.BadSignature:
        return None
    return Feedback.objects.filter(pk=pk, personal_data_deleted_at__isnull=True).first()


def answer(feedback: Feedback, text: str, user) -> None:
    """Reply to the citizen by e-mail (through the outbox, retried) and record who answered."""
    with transaction.atomic():
        feedback.reply = text
        feedback.replied_at = timezone.now()
        feedback.handled_by = user
        feedback.save(update_fields=["reply", "replied_at", "handled_by"])
        notify(
            "feedback_reply",
            feedback.email,
            language=feedback.language,
            subject=feedback,
            context={
                "reply": text,
                "page_title": feedback.page.title if feedback.page else "",
                "comment": feedback.comment,
            },
        )


def delete_expired_personal_data(now=None) -> int:
    """E-mail addresses and comments go after the retention period; the yes/no answers stay for
    the satisfaction figures."""
    now = now or timezone.now()
    return Feedback.objects.past_retention(now).update(
        email="", comment="", internal_note="", reply="", personal_data_deleted_at=now
    )
