"""Contacts that did not come through an e-service, and the channel strategy's targets."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from eservice_blocks.cases.tokens import hash_token


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone")
    VISIT = "visit", _("Visit")
    EMAIL = "email", _("E-mail")
    LETTER = "letter", _("Letter")


class NonDigitalContact(models.Model):
    """Contacts registered by the contact centre per topic, channel and day, so that the
    self-service rate compares e-service cases with every other way citizens reached us."""

    department = models.ForeignKey(
        "departments.Department", verbose_name=_("department"), on_delete=models.PROTECT, related_name="+"
    )
    topic = models.CharField(_("topic"), max_length=64, db_index=True, help_text=_("The e-service it could have used."))
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    count = models.PositiveIntegerField(_("number of contacts"), default=1)
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("contact in another channel")
        verbose_name_plural = _("contacts in other channels")
        indexes = [models.Index(fields=["topic", "date"])]

    def __str__(self):
        return f"{self.date} {self.get_channel_display()} {self.topic}: {self.count}"


@register_setting(icon="target")
class ChannelTargets(BaseGenericSetting):
    """The targets of the channel strategy, editable by managers."""

    self_service_national = models.PositiveSmallIntegerField(
        _("self-service target for nationally designated services (%)"), default=70
    )
    self_service_other = models.PositiveSmallIntegerField(_("self-service target for other services (%)"), default=25)
    satisfaction = models.PositiveSmallIntegerField(_("satisfaction target (%)"), default=80)
    national_services = models.TextField(
        _("nationally designated e-service types"),
        blank=True,
        default="booking\napplication",
        help_text=_("One e-service type per line, as listed under Cases (for example: application)."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("self_service_national"), FieldPanel("self_service_other"), FieldPanel("satisfaction")],
            heading=_("Targets"),
        ),
        FieldPanel("national_services"),
    ]

    class Meta:
        verbose_name = _("channel strategy targets")
        # The figures admin's own permissions (see kpis/access.py), given to groups like any other.
        permissions = [
            ("view_figures", _("Can view the figures of their departments")),
            ("all_departments", _("Can see and register the figures of every department")),
        ]

    def national(self) -> set[str]:
        return {line.strip() for line in self.national_services.splitlines() if line.strip()}

    def self_service_target(self, service_type: str) -> int:
        return self.self_service_national if service_type in self.national() else self.self_service_other


class OfficeScreenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class OfficeScreen(models.Model):
    """A wall screen in an office, opened with a kiosk link instead of an admin login.

    The link carries a random token of which only a hash is stored; revoking the screen makes
    the link stop working at once. The screen is read-only and shows no personal data.
    """

    name = models.CharField(_("name"), max_length=100)
    department = models.ForeignKey(
        "departments.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: the whole municipality."),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = OfficeScreenQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("office screen")
        verbose_name_plural = _("office screens")

    def __str__(self):
        return self.name

    def issue_token(self) -> str:
        """A new kiosk link token (the old link stops working); save() stores its hash."""
        token = secrets.token_urlsafe(32)
        self.token_hash = hash_token(token)
        return token
