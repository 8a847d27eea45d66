"""Information pages: the site's articles, listed on one or several audience pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from cms_pages.blocks import ContentStreamBlock
from cms_pages.fields import ContentStreamField
from cms_pages.navigation import ListedPage
from foundations.tree_cache import cached

from .mixins import AudienceTaggedPage, edit_tabs


class InformationPage(AudienceTaggedPage):
    """An article: an introduction and a body of content blocks."""

    intro = models.TextField(_("introduction"), max_length=500, help_text=_("One or two sentences: the answer first."))
    body = ContentStreamField(ContentStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = AudienceTaggedPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    edit_handler = edit_tabs(content_panels, AudienceTaggedPage.promote_panels, AudienceTaggedPage.settings_panels)
    search_fields = AudienceTaggedPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms_pages.HomePage", "cms_pages.AudiencePage", "cms_pages.InformationPage"]
    subpage_types = ["cms_pages.InformationPage", "cms_pages.GuidePage"]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audience_pages"] = cached(
            f"audiences-of:{self.pk}:{self.latest_revision_id}",
            lambda: [ListedPage.of(page) for page in self.audience_pages()],
        )
        return context
