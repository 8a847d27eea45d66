"""How the municipality handles personal data on the site, with how long each e-service keeps it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from cms_pages.models.mixins import edit_tabs
from municipality.retention import retention_rows

from .legal import TEXT_FEATURES, LegalPage

#: The supervisory authority for personal data, where a citizen may complain.
IMY_URL = "https://www.imy.se/"


class PersonalDataPage(LegalPage):
    """The controller, the purposes, the citizen's rights, the data protection officer and a
    retention table built from the e-services' own settings."""

    controller = models.TextField(
        _("controller"),
        max_length=500,
        help_text=_("Who is responsible for the personal data, for example the municipal board."),
    )
    purposes = RichTextField(_("purposes and legal grounds"), features=TEXT_FEATURES)
    rights = RichTextField(_("your rights"), features=TEXT_FEATURES)
    dpo_email = models.EmailField(_("data protection officer's e-mail"))
    dpo_phone = models.CharField(_("data protection officer's phone"), max_length=40, blank=True)

    content_panels = LegalPage.content_panels + [
        FieldPanel("controller"),
        FieldPanel("purposes"),
        FieldPanel("rights"),
        MultiFieldPanel([FieldPanel("dpo_email"), FieldPanel("dpo_phone")], heading=_("Data protection officer")),
    ]
    edit_handler = edit_tabs(content_panels, LegalPage.promote_panels, LegalPage.settings_panels)

    class Meta:
        verbose_name = _("personal data page")
        verbose_name_plural = _("personal data pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention"] = retention_rows(self.path[: -self.steplen])
        context["imy_url"] = IMY_URL
        return context
