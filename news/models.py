"""News pages, the news index (one per language) and news topics."""

from urllib.parse import quote

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_pages.blocks import ContentStreamBlock
from cms_pages.fields import ContentStreamField
from cms_pages.forms import OwnedPageForm
from cms_pages.models.content_index import ContentIndexPage
from cms_pages.models.mixins import AudienceTaggedPage, edit_tabs
from cms_pages.navigation import ListedPage
from foundations.pages import exclude_restricted
from foundations.tree_cache import cached


class Topic(TranslatableMixin, models.Model):
    """What a news item is about ("Traffic", "Schools"), translated like pages, used to filter the news."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_("Used in the address of the filtered news list, e.g. ?topic=traffic. Letters, digits and hyphens."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="news_topic_unique_slug_per_locale")]

    def __str__(self):
        return self.name


class NewsPageForm(OwnedPageForm):
    """Offers only the topics of the page's own language, like the audiences."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if "topics" in self.fields and locale_id:
            self.fields["topics"].queryset = self.fields["topics"].queryset.filter(locale_id=locale_id)


class NewsPage(AudienceTaggedPage):
    """A news item: a date, an introduction, an optional image and a body of content blocks,
    tagged for audiences and topics."""

    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("Shown as the news item's date; the list is ordered by it.")
    )
    intro = models.TextField(_("introduction"), max_length=500, help_text=_("One or two sentences: the news first."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Leave empty to use the image's own description."
        ),
    )
    body = ContentStreamField(ContentStreamBlock(), blank=True, verbose_name=_("content"))
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="news_pages",
        verbose_name=_("topics"),
        help_text=_("What the news is about; readers filter the news by topic."),
    )

    content_panels = AudienceTaggedPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = edit_tabs(content_panels, AudienceTaggedPage.promote_panels, AudienceTaggedPage.settings_panels)
    search_fields = AudienceTaggedPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    base_form_class = NewsPageForm

    # Tags are page references: translations keep pointing at the same audiences and topics
    # (matched by translation key when shown), and follow the source when it is synced.
    override_translatable_fields = [
        SynchronizedField("audiences", overridable=False),
        SynchronizedField("topics", overridable=False),
    ]

    # The audience pages show the latest news in a section of their own (news/audience_news.html),
    # not among their information pages.
    listed_on_audience_pages = False

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt_text:
            raise ValidationError(
                {"image_alt": _("Describe the image, or give the image a description in the image library.")}
            )

    @property
    def image_alt_text(self) -> str:
        if not self.image:
            return ""
        # The image's description, not Wagtail's fallback to its title (often a file name).
        return self.image_alt.strip() or str(getattr(self.image, "description", "") or "").strip()

    def localized_topics(self):
        """This page's topics in its own language (tags may point at the topics of any language)."""
        from .listing import TopicLink

        # One query: the topics of this language that translate the page's tags.
        topics = Topic.objects.filter(
            locale_id=self.locale_id, translation_key__in=self.topics.values("translation_key")
        )
        links = {TopicLink(topic.slug, topic.name, str(topic.translation_key)) for topic in topics}
        return sorted(links, key=lambda topic: topic.name.casefold())

    def get_context(self, request, *args, **kwargs):
        from .metadata import news_metadata

        context = super().get_context(request, *args, **kwargs)
        context["audience_pages"], context["topics"], context["index"] = cached(
            f"news:page:{self.pk}:{self.latest_revision_id}",
            lambda: (
                [ListedPage.of(page) for page in self.audience_pages()],
                self.localized_topics(),
                ListedPage.of(self.get_parent()),
            ),
        )
        context["index_url"] = context["index"].url
        context["metadata"] = news_metadata(self, request)
        return context


class NewsIndexPage(RoutablePageMixin, ContentIndexPage):
    """The news of one language, newest first, with filters and RSS/Atom feeds."""

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self):
        """The live, public news under this index, newest first."""
        return exclude_restricted(NewsPage.objects.live().child_of(self)).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        from .listing import news_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(news_listing(self, request.GET))
        return context

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/<str:audience>/", name="rss_audience")
    def rss_audience_feed(self, request, audience):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self, audience)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    @path("atom/<str:audience>/", name="atom_audience")
    def atom_audience_feed(self, request, audience):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self, audience)(request)

    def feed_urls(self, audience_slug: str = "") -> dict[str, str]:
        """The addresses of this index's RSS and Atom feeds (of one audience, or of all news)."""
        base = self.get_url() or ""
        suffix = f"{quote(audience_slug)}/" if audience_slug else ""
        return {"rss": f"{base}feed/{suffix}", "atom": f"{base}atom/{suffix}"}
