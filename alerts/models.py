"""An important message: headline, text, severity, link, validity period and audiences."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin


class Severity(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    CRITICAL = "critical", _("Critical: a danger to life, health or property")


class ImportantMessageQuerySet(models.QuerySet):
    def current(self, now=None):
        """Switched on and valid at `now`."""
        now = now or timezone.now()
        return self.filter(active=True, valid_from__lte=now).filter(
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gt=now)
        )


class ImportantMessage(TranslatableMixin, ClusterableModel):
    """A banner shown at the top of every page (no audiences chosen) or of the chosen audiences'
    pages, while it is switched on and within its validity period. Translated with
    wagtail-localize like pages; publishing one empties the frontend cache at once."""

    headline = models.CharField(_("headline"), max_length=120)
    text = models.TextField(_("text"), max_length=600, blank=True)
    severity = models.CharField(_("severity"), max_length=16, choices=Severity.choices, default=Severity.WARNING)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to a page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField(_("or a link elsewhere"), blank=True)
    link_text = models.CharField(_("link text"), max_length=80, blank=True, default=_("Read more"))
    audiences = ParentalManyToManyField(
        "cms_pages.AudiencePage",
        verbose_name=_("audiences"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty to show the message on every page of the site."),
    )
    active = models.BooleanField(
        _("switched on"), default=False, help_text=_("Shown only while switched on and within the period below.")
    )
    valid_from = models.DateTimeField(_("shown from"), default=timezone.now)
    valid_until = models.DateTimeField(
        _("shown until"), null=True, blank=True, help_text=_("Empty: until switched off.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ImportantMessageQuerySet.as_manager()

    panels = [
        FieldPanel("headline"),
        FieldPanel("text"),
        FieldPanel("severity"),
        MultiFieldPanel([FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_text")], heading=_("Link")),
        FieldPanel("audiences"),
        MultiFieldPanel([FieldPanel("active"), FieldPanel("valid_from"), FieldPanel("valid_until")], heading=_("When")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("important message")
        verbose_name_plural = _("important messages")
        ordering = ["-valid_from"]

    def __str__(self):
        return self.headline

    def clean(self):
        super().clean()
        if self.valid_until and self.valid_from and self.valid_until <= self.valid_from:
            raise ValidationError({"valid_until": _("The end must be after the start.")})
        if self.link_page_id and self.link_url:
            raise ValidationError({"link_url": _("Choose a page or write a link, not both.")})

    @property
    def link(self) -> str:
        if self.link_page_id and self.link_page and self.link_page.live:
            return self.link_page.localized.url or ""
        return self.link_url

    @property
    def is_alert(self) -> bool:
        """Warnings and critical messages are announced by screen readers at once."""
        return self.severity != Severity.INFO
