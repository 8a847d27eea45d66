"""Feedback from citizens: was this helpful, an optional comment, an optional e-mail for an answer."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from departments.models import HandledByDepartmentQuerySet


class FeedbackSource(models.TextChoices):
    PAGE = "page", _("Page")
    ESERVICE = "eservice", _("E-service")
    GUIDE_OUTCOME = "guide_outcome", _("Guide result")


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    ACTED_ON = "acted_on", _("Acted on")
    NO_ACTION = "no_action", _("No action")


class FeedbackQuerySet(HandledByDepartmentQuerySet):
    def past_retention(self, now=None):
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
        return self.filter(created_at__lt=cutoff, personal_data_deleted_at__isnull=True)


class Feedback(models.Model):
    """One citizen's answer to "Was this helpful?", routed to the department that can act on it.

    The comment is stored with identity numbers, e-mail addresses and phone numbers masked; the
    e-mail given for an answer is personal data and deleted after `FEEDBACK_RETENTION_DAYS`.
    """

    source = models.CharField(_("about"), max_length=16, choices=FeedbackSource.choices, default=FeedbackSource.PAGE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    #: The e-service block id or guide outcome key the feedback is about, when not the page itself.
    target = models.CharField(max_length=64, blank=True)
    service_type = models.CharField(_("e-service type"), max_length=64, blank=True, db_index=True)
    department = models.ForeignKey(
        "departments.Department",
        verbose_name=_("department"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    comment_was_masked = models.BooleanField(default=False)
    email = models.EmailField(_("e-mail for an answer"), blank=True)
    language = models.CharField(max_length=8, default="sv")

    status = models.CharField(
        _("status"), max_length=16, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW, db_index=True
    )
    internal_note = models.TextField(_("internal note"), blank=True)
    reply = models.TextField(_("reply to the citizen"), blank=True)
    replied_at = models.DateTimeField(_("replied"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    personal_data_deleted_at = models.DateTimeField(null=True, blank=True)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        indexes = [
            models.Index(fields=["department", "status", "created_at"]),
            models.Index(fields=["page", "created_at"]),
        ]

    def __str__(self):
        return f"{self.get_source_display()}: {'+' if self.helpful else '-'} ({self.created_at:%Y-%m-%d})"

    @property
    def can_be_answered(self) -> bool:
        return bool(self.email) and not self.replied_at
