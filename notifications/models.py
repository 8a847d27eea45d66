"""The outbox of messages to citizens."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NotificationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed for good")
    CANCELLED = "cancelled", _("Cancelled")


class Notification(models.Model):
    """A message to send, stored with the change that causes it (the outbox pattern).

    A background task delivers it and retries with backoff; a sweep picks up anything a crashed
    worker left behind. So an SMTP outage delays mail but never loses it. `subject` is what the
    message is about (a case, a feedback answer), if anything: its `notification_context()`
    gives the templates what they show of it.
    """

    subject_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    subject_id = models.PositiveBigIntegerField(null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")
    kind = models.CharField(max_length=64)
    recipient = models.EmailField()
    language = models.CharField(max_length=8, default="sv")
    context = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=16, choices=NotificationStatus.choices, default=NotificationStatus.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["subject_type", "subject_id"])]

    def __str__(self):
        return f"{self.kind} → {self.recipient} ({self.status})"
