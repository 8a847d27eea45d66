"""The home page: the entrance with top tasks, audience tiles and the search box."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from cms_pages.blocks import TopTaskBlock
from foundations.pages import exclude_restricted, language_of, localized_pages

from .mixins import OwnedPage, edit_tabs


class HomePage(OwnedPage):
    """The site's entrance in one language; its audience children form the main navigation."""

    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    top_tasks = StreamField(
        [("task", TopTaskBlock())],
        blank=True,
        max_num=8,
        verbose_name=_("top tasks"),
        help_text=_("What most citizens come to do, most common first (at most eight)."),
    )

    content_panels = OwnedPage.content_panels + [FieldPanel("intro"), FieldPanel("top_tasks")]

    edit_handler = edit_tabs(content_panels, OwnedPage.promote_panels, OwnedPage.settings_panels)
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms_pages.AudiencePage", "cms_pages.InformationPage", "cms_pages.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from .audience import AudiencePage

        context = super().get_context(request, *args, **kwargs)
        context["audiences"] = exclude_restricted(
            AudiencePage.objects.child_of(self)
            .live()
            .in_menu()
            .select_related("tile_image")
            .prefetch_related("tile_image__renditions")
        )
        # The top tasks are computed in the template, inside the cached fragment.
        return context

    def localized_top_tasks(self) -> list[dict]:
        """The top tasks as links in this home page's language (page links follow their translation;
        an untranslated page keeps its own language, given as `language` for its `lang`)."""
        tasks = [block.value for block in self.top_tasks]
        translated = {
            page.translation_key: page for page in localized_pages([task.get("page") for task in tasks], self.locale_id)
        }
        links = []
        for task in tasks:
            page = translated.get(task["page"].translation_key) if task.get("page") else None
            if page is not None:
                # An editor's label is written in the home page's language; the page's title is not.
                language = language_of(self) if task.get("label") else language_of(page)
                links.append(
                    {
                        "url": page.url,
                        "text": task.get("label") or page.title,
                        "language": language,
                        "page_language": language_of(page),
                    }
                )
            elif task.get("url"):
                links.append(
                    {"url": task["url"], "text": task.get("label") or task["url"], "language": "", "page_language": ""}
                )
        return links
