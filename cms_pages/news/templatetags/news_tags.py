"""Template tags that show the news on other page types (the audience pages)."""

from django import template

from cms_pages.news.listing import latest_for_audience

register = template.Library()


@register.simple_tag
def audience_news(audience_page):
    """The latest news for an audience page, the filtered list's and the feeds' addresses; None
    without a news index in its language. Cached with the page tree: the same for every reader."""
    if audience_page is None or not audience_page.pk:
        return None
    return latest_for_audience(audience_page)
