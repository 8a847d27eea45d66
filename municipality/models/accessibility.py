"""The accessibility statement (tillgänglighetsredogörelse), in the order of DIGG's template."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from cms_pages.models.mixins import edit_tabs
from municipality import accessibility_checks

from .legal import TEXT_FEATURES, LegalPage

#: The supervisory authority and where to report a statement or site that falls short.
DIGG_URL = "https://www.digg.se/tdosanmalan"


class Compliance(models.TextChoices):
    FULLY = "fully", _("Fully compliant")
    PARTIALLY = "partially", _("Partially compliant")
    NOT = "not", _("Not compliant")


class ShortcomingBlock(blocks.StructBlock):
    """One known shortcoming: what, why it matters, and when it will be fixed."""

    title = blocks.CharBlock(max_length=160, label=_("Shortcoming"))
    description = blocks.TextBlock(max_length=800, label=_("What it means for the reader"))
    fix = blocks.TextBlock(required=False, max_length=400, label=_("When it will be fixed"))

    class Meta:
        icon = "warning"
        label = _("Known shortcoming")


class AccessibilityStatementPage(LegalPage):
    """How accessible the site is, its known shortcomings, how to report one, the supervisory
    authority, and how and when the site was tested."""

    compliance = models.CharField(
        _("compliance with the law"),
        max_length=16,
        choices=Compliance.choices,
        default=Compliance.PARTIALLY,
        help_text=_("With the Act on accessibility to digital public services (WCAG 2.1 AA, EN 301 549)."),
    )
    alternatives = RichTextField(
        _("if you cannot use parts of the site"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("How a reader gets the content another way. The contact centre's details are shown below it."),
    )
    shortcomings = StreamField(
        [("shortcoming", ShortcomingBlock())],
        blank=True,
        # A new statement starts from what the site's own checks find in its pages.
        default=accessibility_checks.shortcomings,
        verbose_name=_("known shortcomings"),
        help_text=_(
            "A new statement starts with what the site's automated checks find in the pages' content; "
            "check each, describe it for the reader and add what the checks cannot find."
        ),
    )
    report_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page for reporting shortcomings"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The feedback or contact e-service where readers report a shortcoming."),
    )
    testing = models.TextField(
        _("how the site was tested"),
        max_length=1000,
        help_text=_("Who tested it, how (automated checks, manual review, users) and when."),
    )
    statement_date = models.DateField(_("date of the statement"), default=timezone.localdate)

    content_panels = LegalPage.content_panels + [
        FieldPanel("compliance"),
        FieldPanel("alternatives"),
        FieldPanel("shortcomings"),
        FieldPanel("report_page"),
        MultiFieldPanel([FieldPanel("testing"), FieldPanel("statement_date")], heading=_("Testing")),
    ]
    edit_handler = edit_tabs(content_panels, LegalPage.promote_panels, LegalPage.settings_panels)

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["digg_url"] = DIGG_URL
        report_page = self.report_page.localized if self.report_page_id else None
        context["report_page"] = report_page if report_page is not None and report_page.live else None
        return context
