"""The outbox towards case systems and archives: routes (where a subject's events go) and
hand-overs (one event to one route), and the case systems that answer through the API."""

import secrets
import uuid

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oauth2_provider.settings import oauth2_settings


def new_signing_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and 32 random bytes in base64."""
    import base64

    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class CaseSystem(models.Model):
    """A system of the municipality that receives cases (a building permit system, the
    registry) and answers through the way-back API with its own OAuth2 client.

    It may only act on cases handed over to it, of the departments it is allowed for.
    """

    name = models.CharField(_("name"), max_length=100, unique=True, help_text=_("Shown to handlers, e.g. ByggR."))
    webhook_url = models.URLField(_("webhook address"), max_length=500, blank=True)
    signing_secret = models.CharField(max_length=100, default=new_signing_secret, editable=False)
    departments = models.ManyToManyField(
        "departments.Department",
        blank=True,
        related_name="+",
        verbose_name=_("departments"),
        help_text=_("The departments whose cases this system may update through the API."),
    )
    application = models.OneToOneField(
        oauth2_settings.APPLICATION_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_system",
        editable=False,
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("case system")
        verbose_name_plural = _("case systems")

    def __str__(self):
        return self.name


class SubjectMixin(models.Model):
    """What a hand-over or route is about (a case), as a generic relation: this app never
    imports the apps whose objects it hands over."""

    subject_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    subject_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("subject_type", "subject_id")

    class Meta:
        abstract = True


class Route(SubjectMixin):
    """One receiver of a subject's events: a backend and its settings as they were chosen when
    the subject was handed over first (later events follow the same way)."""

    backend_id = models.CharField(max_length=64)
    settings = models.JSONField(default=dict, blank=True)
    case_system = models.ForeignKey(CaseSystem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        indexes = [models.Index(fields=["subject_type", "subject_id"])]

    def __str__(self):
        return f"{self.backend_id} #{self.position}"


class HandoverStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class Handover(SubjectMixin):
    """The delivery of one event to one backend (the outbox pattern).

    Stored in the transaction that causes the event, delivered after commit by the worker,
    retried with backoff under the same `event_id` (so the receiver can tell a retry from a new
    event), and parked as failed after the last try, until someone retries it.
    """

    route = models.ForeignKey(Route, on_delete=models.CASCADE, related_name="handovers")
    backend_id = models.CharField(max_length=64, db_index=True)
    settings = models.JSONField(default=dict, blank=True)
    event_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event_type = models.CharField(max_length=64)
    document = models.JSONField(default=dict)
    status = models.CharField(
        max_length=16, choices=HandoverStatus.choices, default=HandoverStatus.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_error = models.TextField(blank=True)
    # The last error as a backend said it: {"message": English with %(name)s, "params": {...}},
    # translated when shown to a handler (`states.error_text`); empty for other errors.
    error = models.JSONField(default=dict, blank=True)
    receiver_reference = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["subject_type", "subject_id"])]
        permissions = [("retry_handover", _("Can see and retry failed hand-overs of every department"))]

    def __str__(self):
        return f"{self.event_type} → {self.backend_id} ({self.status})"

    @property
    def is_failed(self) -> bool:
        return self.status == HandoverStatus.FAILED
