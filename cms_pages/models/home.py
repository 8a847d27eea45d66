"""The home page: the entrance with top tasks, audience tiles and the search box."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from cms_pages.blocks import TopTaskBlock
from cms_pages.localization import localized_pages

from .mixins import OwnedPage


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

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms_pages.AudiencePage", "cms_pages.InformationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from .audience import AudiencePage

        context = super().get_context(request, *args, **kwargs)
        context["audiences"] = (
            AudiencePage.objects.child_of(self)
            .live()
            .public()
            .in_menu()
            .select_related("tile_image")
            .prefetch_renditions("fill-96x96")
        )
        tasks = [block.value for block in self.top_tasks]
        task_pages = localized_pages([task.get("page") for task in tasks], self.locale)
        by_key = {page.translation_key: page for page in task_pages}
        context["top_tasks"] = [
            {
                "url": by_key[task["page"].translation_key].url if task.get("page") else task.get("url"),
                "text": task.get("label")
                or (by_key[task["page"].translation_key].title if task.get("page") else task.get("url")),
            }
            for task in tasks
        ]
        return context
