"""Case, its append-only event log, messages both ways, and the files that came with it."""

import os
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from departments.models import HandledByDepartmentQuerySet
from eservice_blocks.registry import registry
from foundations.personal_data import mask_identity_numbers

from .handover_subject import HandoverSubject
from .tokens import access_token_for, hash_token

REFERENCE_PREFIX = "KP"


class CaseStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    WAITING_FOR_CITIZEN = "waiting_for_citizen", _("Waiting for you")
    DECIDED = "decided", _("Decided")
    CLOSED = "closed", _("Closed")


class CaseQuerySet(HandledByDepartmentQuerySet):
    def by_token(self, token: str):
        hashed = hash_token(token)
        return self.filter(models.Q(access_token_hash=hashed) | models.Q(legacy_access_token_hash=hashed))

    def past_retention(self, now=None):
        """Closed cases whose personal data is due for deletion."""
        now = now or timezone.now()
        return self.filter(
            status=CaseStatus.CLOSED,
            personal_data_deleted_at__isnull=True,
            closed_at__isnull=False,
            retention_until__lte=now,
        )


class Case(HandoverSubject, models.Model):
    """A citizen's matter, created from one e-service submission.

    The reference (`KP-2026-000123`) is for phone calls and never opens the case; the citizen's
    link carries a separate random token, of which only a hash is stored.
    """

    reference = models.CharField(_("reference"), max_length=32, unique=True, null=True, editable=False)
    access_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The link's token is derived from this random value and the server's secret (see .tokens).
    token_nonce = models.CharField(max_length=64, blank=True, editable=False)
    # The hash of a link made before the nonce, so that links already mailed keep working.
    legacy_access_token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    # The submission's idempotency key, keyed-hashed, and what it is bound to (see
    # eservice_blocks.idempotency): neither gives the case's link.
    idempotency_key_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    submission_hash = models.CharField(max_length=64, blank=True, editable=False)
    service_type = models.CharField(_("e-service type"), max_length=64, db_index=True)
    service_title = models.CharField(_("e-service"), max_length=200)
    subject = models.CharField(_("subject"), max_length=255)
    department = models.ForeignKey(
        "departments.Department", verbose_name=_("department"), on_delete=models.PROTECT, related_name="cases"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    block_id = models.CharField(max_length=64, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=32, choices=CaseStatus.choices, default=CaseStatus.RECEIVED, db_index=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
    )
    language = models.CharField(max_length=8, default="sv")
    expected_lead_time_days = models.PositiveSmallIntegerField(default=10)
    confirmation_text = models.TextField(blank=True)

    # Personal data: emptied when the retention period after closing has passed.
    answers = models.JSONField(_("answers"), default=list, blank=True)
    data = models.JSONField(default=dict, blank=True, editable=False)
    contact_name = models.CharField(_("name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    # Sent by a signed-in citizen: whose case it is (a keyed hash, see citizens.identity), and the
    # verified identity number where the e-service requires identification. Personal data too.
    identity_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    identity_number = models.CharField(_("personal identity number (verified)"), max_length=13, blank=True)

    # How the citizen was identified (kept after the personal data is deleted: no one is named).
    identity_provider = models.CharField(_("identified with"), max_length=64, blank=True, editable=False)
    assurance_level = models.CharField(_("assurance level"), max_length=200, blank=True, editable=False)

    # Timestamps for lead-time KPIs (computed in SQL later).
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    # When the citizen was told a new estimate because the promised lead time had passed (once).
    estimate_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    retention_days = models.PositiveIntegerField(default=365)
    retention_until = models.DateTimeField(null=True, blank=True, db_index=True)
    personal_data_deleted_at = models.DateTimeField(null=True, blank=True)

    #: Messages to the citizen about this case (the outbox).
    notifications = GenericRelation(
        "notifications.Notification",
        content_type_field="subject_type",
        object_id_field="subject_id",
        related_query_name="case",
    )

    #: Its events for the municipality's case systems and archive, and where they go (the outbox).
    handovers = GenericRelation(
        "handover.Handover", content_type_field="subject_type", object_id_field="subject_id", related_query_name="case"
    )
    handover_routes = GenericRelation(
        "handover.Route", content_type_field="subject_type", object_id_field="subject_id", related_query_name="case"
    )

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        indexes = [models.Index(fields=["department", "status", "received_at"])]

    def __str__(self):
        return f"{self.reference} {self.subject}"

    def clean(self):
        if self.service_type not in registry:
            raise ValidationError({"service_type": _("This e-service type is not installed.")})

    def assign_reference(self) -> None:
        """Derive the reference from the primary key: unique however many submit at once."""
        self.reference = f"{REFERENCE_PREFIX}-{self.received_at:%Y}-{self.pk:06d}"
        Case.objects.filter(pk=self.pk).update(reference=self.reference)

    @property
    def access_token(self) -> str:
        """The token of the citizen's link, made again from the nonce (empty without one)."""
        return access_token_for(self.token_nonce) if self.token_nonce else ""

    @property
    def is_identified(self) -> bool:
        return bool(self.identity_provider)

    @property
    def is_open(self) -> bool:
        return self.status != CaseStatus.CLOSED

    @property
    def what_happens_next(self) -> str:
        """The e-service's confirmation text, as the editor wrote it; nothing for the text the
        blocks had by default, which said again in other words what the receipt says around
        it (received; an answer "as soon as we can" beside the expected lead time)."""
        text = (self.confirmation_text or "").strip()
        return "" if text in _old_default_confirmations() else text

    @property
    def title(self) -> str:
        """The case's title for people: the e-service and the subject, without saying the
        e-service twice when the subject already starts with it ("Ansökan om bygglov")."""
        service, subject = (self.service_title or "").strip(), (self.subject or "").strip()
        if not subject or subject.casefold() == service.casefold():
            return service or subject
        if not service or subject.casefold().startswith(service.casefold()):
            return subject
        return f"{service}: {subject}"

    @property
    def answers_for_citizen(self) -> list[tuple[str, str]]:
        """The answers as the citizen gave them, for their own pages (a link may be forwarded, a
        screen seen by others): identity numbers masked, everything else exactly as typed."""
        if self.personal_data_deleted_at:
            return []
        return [(str(label), mask_identity_numbers(str(value))) for label, value in self.answers or []]

    def notification_context(self, notification) -> dict:
        """What messages about the case show of it: the case, and its link where one is asked
        for (the link is made when the message is sent, so the outbox never stores it)."""
        context = {"case": self}
        plugin = registry.get(self.service_type) if self.service_type in registry else None
        context["answers_within_lead_time"] = plugin is None or plugin.answers_within_lead_time
        if plugin is not None and not self.personal_data_deleted_at:
            context.update(plugin.notification_context(self))
        if notification.context.get("case_link") and self.token_nonce:
            context["case_url"] = settings.SITE_BASE_URL.rstrip("/") + reverse(
                "eservice_blocks:case", args=[self.access_token]
            )
        return context

    def set_closed(self, when) -> None:
        self.closed_at = when
        self.retention_until = when + timedelta(days=self.retention_days)


def _old_default_confirmations() -> set[str]:
    source = "We have received your case and will answer as soon as we can."
    texts = {source}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            texts.add(str(_("We have received your case and will answer as soon as we can.")))
    return texts


class CaseEventKind(models.TextChoices):
    RECEIVED = "received", _("Case received")
    STATUS_CHANGED = "status_changed", _("Status changed")
    ASSIGNED = "assigned", _("Assigned")
    MESSAGE_TO_CITIZEN = "message_to_citizen", _("Message to the citizen")
    MESSAGE_FROM_CITIZEN = "message_from_citizen", _("Message from the citizen")
    NOTE = "note", _("Internal note")
    TRANSFERRED = "transferred", _("Transferred to another department")
    PERSONAL_DATA_DELETED = "personal_data_deleted", _("Personal data deleted")


class ImmutableError(Exception):
    pass


class CaseEvent(models.Model):
    """One entry of a case's history and audit log: who did what, when. Never edited or deleted."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=32, choices=CaseEventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    details = models.JSONField(default=dict, blank=True)
    visible_to_citizen = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ImmutableError("Case events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableError("Case events are append-only.")

    def describe(self) -> str:
        """The event in words, for the handlers' history."""
        details = self.details or {}
        if self.kind == CaseEventKind.STATUS_CHANGED:
            before, after = CaseStatus(details["from"]).label, CaseStatus(details["to"]).label
            return f"{self.get_kind_display()}: {before} → {after}"
        if self.kind == CaseEventKind.TRANSFERRED:
            return f"{self.get_kind_display()}: {details.get('from')} → {details.get('to')}"
        if self.kind == CaseEventKind.ASSIGNED:
            return f"{self.get_kind_display()}: {details.get('assignee') or '—'}"
        if self.kind == CaseEventKind.NOTE:
            return f"{self.get_kind_display()}: {details.get('text', '')}"
        return str(self.get_kind_display())


class MessageDirection(models.TextChoices):
    TO_CITIZEN = "to_citizen", _("To the citizen")
    FROM_CITIZEN = "from_citizen", _("From the citizen")


def attachment_path(instance, filename):
    return f"case-attachments/{instance.case_id}/{secrets.token_hex(8)}-{filename}"


def private_storage():
    """Citizens' files: never served by the web server, only through views that check access."""
    from django.core.files.storage import storages

    return storages["private"]


class CaseMessage(models.Model):
    """A message between the citizen and the case handlers, optionally with one attachment."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=16, choices=MessageDirection.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("message"), max_length=5000)
    attachment = models.FileField(upload_to=attachment_path, storage=private_storage, blank=True)
    attachment_name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_direction_display()} ({self.created_at:%Y-%m-%d %H:%M})"


def submission_file_path(instance, filename):
    return f"case-files/{instance.case_id}/{secrets.token_hex(16)}{os.path.splitext(filename)[1]}"


class CaseAttachment(models.Model):
    """A file that came with the submission (a photo, an application's attachment), stored as
    checked and re-encoded by `eservice_blocks.uploads`. Personal data: deleted with the case's."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    label = models.CharField(_("field"), max_length=255, blank=True)
    file = models.FileField(upload_to=submission_file_path, storage=private_storage)
    name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.name

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")
