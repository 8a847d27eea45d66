"""What the site stores in the reader's browser, and why."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from cms_pages.models.mixins import edit_tabs
from municipality.site_cookies import site_cookies

from .legal import TEXT_FEATURES, LegalPage


class CookiesPage(LegalPage):
    """The editors' text, and the list of cookies the site sets, read from its settings."""

    body = RichTextField(_("text"), features=TEXT_FEATURES, blank=True)

    content_panels = LegalPage.content_panels + [FieldPanel("body")]
    edit_handler = edit_tabs(content_panels, LegalPage.promote_panels, LegalPage.settings_panels)

    class Meta:
        verbose_name = _("cookies page")
        verbose_name_plural = _("cookies pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cookies"] = site_cookies()
        return context
