"""Template tags that show the news on other page types (the home and audience pages)."""

from django import template

from foundations import tree_cache
from foundations.pages import exclude_restricted, locale_ids
from news.listing import latest_for_audience, latest_under
from news.models import NewsIndexPage

register = template.Library()


@register.simple_tag
def audience_news(audience_page):
    """The latest news for an audience page, the filtered list's and the feeds' addresses; None
    without a news index in its language. Cached with the page tree: the same for every reader."""
    if audience_page is None or not audience_page.pk:
        return None
    return latest_for_audience(audience_page)


@register.simple_tag
def home_news(home_page, content_indexes):
    """The latest news in the home page's content indexes (the site tree's, live and public)."""
    if home_page is None or not home_page.pk:
        return ()
    return latest_under(home_page, tuple(link.path for link in content_indexes))


@register.simple_tag
def site_news_feeds(language_code):
    """The feeds of the news index in this language (every page announces them), or None."""

    def build():
        locale_id = locale_ids().get(language_code)
        index = exclude_restricted(NewsIndexPage.objects.live().filter(locale_id=locale_id)).first()
        if index is None or not index.url:
            return False
        return {"title": index.title, "rss": index.url + "feed/", "atom": index.url + "atom/"}

    return tree_cache.cached(f"site-news-feeds:{language_code}", build) or None
