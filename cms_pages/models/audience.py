"""Audience pages: one landing page per audience or life situation."""

from django import forms
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from cms_pages.blocks import ContentStreamBlock
from cms_pages.fields import ContentStreamField
from cms_pages.navigation import ListedPage
from foundations.pages import exclude_restricted, title_sort_key
from foundations.tree_cache import cached

from .mixins import AudienceTaggedPage, OwnedPage, edit_tabs


class AudiencePage(OwnedPage):
    """A landing page for one audience ("Husägare", "Ny i kommunen"): curated content first,
    then every page tagged for this audience or placed under it."""

    intro = models.TextField(_("introduction"), max_length=500)
    tile_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("tile image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the home page tile. Decorative: the tile's text says what it is."),
    )
    body = ContentStreamField(ContentStreamBlock(), blank=True, verbose_name=_("curated content"))
    related_audiences = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        verbose_name=_("related audiences"),
        help_text=_("Suggested to citizens who read this page."),
    )

    content_panels = OwnedPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("tile_image"),
        FieldPanel("body"),
        FieldPanel("related_audiences", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = edit_tabs(content_panels, OwnedPage.promote_panels, OwnedPage.settings_panels)
    search_fields = OwnedPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms_pages.HomePage"]
    subpage_types = ["cms_pages.InformationPage", "cms_pages.GuidePage"]

    class Meta:
        verbose_name = _("audience page")
        verbose_name_plural = _("audience pages")

    def tagged_pages(self):
        """Live pages of this page's language that are tagged for this audience or sit directly under it.

        Tags may point at the audience page of any language (translations copy them), so they are
        matched by translation key. One query per taggable page type, whatever the number of pages.
        """
        pages = []
        for model in AudienceTaggedPage.tagged_models():
            if not model.listed_on_audience_pages:
                continue
            queryset = (
                model.objects.live()
                .filter(locale_id=self.locale_id)
                .filter(
                    Q(audiences__translation_key=self.translation_key)
                    | Q(path__startswith=self.path, depth=self.depth + 1)
                )
                .distinct()
                .only("id", "title", "url_path", "path", "depth", "locale_id", "translation_key", "intro")
            )
            pages.extend(exclude_restricted(queryset))
        return sorted(pages, key=lambda page: title_sort_key(page.title))

    def localized_related_audiences(self):
        """The related audiences in this page's language (editors pick them in any language)."""
        queryset = (
            AudiencePage.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=self.related_audiences.values("translation_key"))
            .exclude(pk=self.pk)
            .only("id", "title", "url_path", "path", "depth", "locale_id", "intro")
        )
        return exclude_restricted(queryset)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Both lists change only when pages are published, so they are cached until then.
        context["tagged_pages"], context["related_audiences"] = cached(
            f"audience:{self.pk}:{self.latest_revision_id}",
            lambda: (
                [ListedPage.of(page) for page in self.tagged_pages()],
                [ListedPage.of(page) for page in self.localized_related_audiences()],
            ),
        )
        return context
