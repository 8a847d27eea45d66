"""What a case provides to the hand-over outbox (it never imports this app): its files with
short-lived signed links, itself as a PDF, and who may see and retry its hand-overs."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from handover import states as handover_states
from handover.base import HandoverFile

LINK_SALT = "eservice_blocks.handover-file"


def signed_link(case_id: int, key: str) -> tuple[str, str]:
    """(address, expiry) of a link that opens one file of a case for HANDOVER_LINK_SECONDS."""
    token = signing.TimestampSigner(salt=LINK_SALT).sign_object({"case": case_id, "key": key})
    expires = timezone.now() + timedelta(seconds=settings.HANDOVER_LINK_SECONDS)
    url = settings.SITE_BASE_URL.rstrip("/") + reverse("api:handover-file", args=[token])
    return url, expires.isoformat()


def unsign_link(token: str) -> tuple[int, str] | None:
    """The case id and file key of a link that is genuine and not expired, else None."""
    try:
        value = signing.TimestampSigner(salt=LINK_SALT).unsign_object(token, max_age=settings.HANDOVER_LINK_SECONDS)
    except signing.BadSignature:  # also expired
        return None
    return value.get("case"), value.get("key", "")


def stored_file(case, key: str):
    """(file field, name, content type) of the case's file with this key, or None."""
    kind, _, number = key.partition("-")
    if not number.isdigit():
        return None
    if kind == "attachment":
        item = case.attachments.filter(pk=number).first()
        return (item.file, item.name, item.content_type) if item else None
    if kind == "message":
        item = case.messages.filter(pk=number).exclude(attachment="").first()
        return (item.attachment, item.attachment_name, "application/octet-stream") if item else None
    return None


class HandoverSubject:
    """Mixed into `Case`: the methods `handover.outbox` and its backends call."""

    def handover_files(self, handover) -> list[HandoverFile]:
        files = []
        for item in handover.document.get("files", []):
            found = stored_file(self, item.get("key", ""))
            if found is None or not found[0]:
                continue
            field, name, content_type = found
            files.append(
                HandoverFile(
                    key=item["key"],
                    name=name,
                    content_type=item.get("content_type") or content_type,
                    size=item.get("size") or 0,
                    open=lambda field=field: field.open("rb"),
                    link=lambda key=item["key"]: signed_link(self.pk, key),
                )
            )
        return files

    def handover_pdf(self) -> bytes:
        from .pdf import case_pdf

        return case_pdf(self)

    def handover_admin_url(self) -> str:
        return reverse("eservice_blocks_case", args=[self.pk])

    def handover_handled_by(self, user) -> bool:
        return type(self).objects.for_handler(user).filter(pk=self.pk).exists()

    def handled_in(self) -> str:
        """Where the case is handled, for the citizen ("the building permit system"), or ""."""
        return handover_states.handled_in(self.handover_routes.all())
