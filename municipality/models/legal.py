"""The base of the pages the law asks for: one of each right under a home page, linked from
every page's footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from cms_pages.models import OwnedPage

#: The toolbar of the editors' text on these pages.
TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class LegalPage(OwnedPage):
    """Abstract: an introduction, one page per language under the home page, no children."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = OwnedPage.content_panels + [FieldPanel("intro")]
    search_fields = OwnedPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["cms_pages.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    linked_from_footer = True

    class Meta:
        abstract = True
