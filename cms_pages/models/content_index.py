"""The index page of an optional content app (news, events, places): one per language, right
under the home page, with an introduction, and filters by the audience pages beside it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from foundations.pages import exclude_restricted

from .audience import AudiencePage
from .mixins import OwnedPage, edit_tabs


class ContentIndexPage(OwnedPage):
    """Abstract base of the news index, the event index and the place list."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = OwnedPage.content_panels + [FieldPanel("intro")]
    edit_handler = edit_tabs(content_panels, OwnedPage.promote_panels, OwnedPage.settings_panels)
    search_fields = OwnedPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["cms_pages.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def audiences_beside(self, *fields: str):
        """The live, public audience pages under the same home page (a site of its own, where
        their slugs are unique), in the order of the page tree."""
        queryset = AudiencePage.objects.live().filter(
            locale_id=self.locale_id, path__startswith=self.path[: -self.steplen], depth=self.depth
        )
        if fields:
            queryset = queryset.only(*fields)
        return exclude_restricted(queryset.order_by("path"))
