"""RSS 2.0 and Atom feeds of a news index: all its news, or one audience's, in the index's language."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms_pages.navigation import site_tree
from foundations.pages import locale_ids

from .listing import LIST_FIELDS, audience_choices, filtered_news, news_items

#: How many of the latest news items a feed carries.
FEED_ITEMS = 20


class NewsRssFeed(Feed):
    """The latest news of an index (optionally of one audience, by the audience page's slug)."""

    def __init__(self, index, audience_slug: str = ""):
        super().__init__()
        self.index = index
        self.language = {locale_id: code for code, locale_id in locale_ids().items()}.get(index.locale_id, "")
        self.audience = None
        if audience_slug:
            self.audience = next((choice for choice in audience_choices(index) if choice.slug == audience_slug), None)
            if self.audience is None:
                raise Http404("No such audience")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def _site_name(self) -> str:
        site = Site.find_for_request(self.request)
        tree = site_tree(site).get(self.language) if site is not None else None
        return tree.home.title if tree is not None else ""

    def title(self, index):
        if self.audience is not None:
            title = _("%(news)s for %(audience)s") % {"news": index.title, "audience": self.audience.title}
        else:
            title = index.title
        site_name = self._site_name()
        return f"{title} – {site_name}" if site_name else title  # noqa: RUF001 - a real dash

    def link(self, index):
        url = index.get_url(self.request) or "/"
        if self.audience is not None:
            url += "?" + urlencode({"audience": self.audience.slug})
        return url

    def description(self, index):
        return index.intro or index.title

    def subtitle(self, index):
        return self.description(index)

    def feed_url(self, index):
        return self.request.build_absolute_uri()

    def items(self, index):
        pages = filtered_news(index, self.audience.translation_key if self.audience else "").only(
            *LIST_FIELDS, "first_published_at", "last_published_at"
        )[:FEED_ITEMS]
        pages = list(pages)
        self._pages = {page.pk: page for page in pages}
        return news_items(pages, index.locale_id)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return self.request.build_absolute_uri(item.url)

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        page = self._pages[item.id]
        published = page.first_published_at
        # The editor's date is what readers see; the time of day comes from the first publication
        # when that was on the same day, so that several news of one day keep their order.
        if published is not None and timezone.localtime(published).date() == item.date:
            return published
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8, 0)))

    def item_updateddate(self, item):
        page = self._pages[item.id]
        return max(filter(None, [page.last_published_at, self.item_pubdate(item)]))

    def item_categories(self, item):
        return [topic.name for topic in item.topics]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
