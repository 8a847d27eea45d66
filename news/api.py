"""News pages and news indexes in the JSON API (`/api/v1/pages/{id}/`), registered with the
API's page-type registry when the app is ready."""

from cms_pages.api import blocks
from cms_pages.api import pages as api_pages
from foundations.api import links
from foundations.api.schema import component, nullable

from .listing import LIST_FIELDS, news_items

#: News items an index lists in the API; the rest are found with `/api/v1/pages/?type=newspage`.
INDEX_LATEST = 10

TOPIC = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "slug": {"type": "string", "description": "Filter value of the index."}},
    "required": ["name", "slug"],
}
NEWS_SUMMARY = {
    "type": "object",
    "properties": {
        **links.PAGE_SUMMARY_SCHEMA["properties"],
        "date": {"type": "string", "format": "date"},
        "topics": {"type": "array", "items": TOPIC},
    },
    "required": [*links.PAGE_SUMMARY_SCHEMA["required"], "date", "topics"],
}
FEEDS = {
    "type": "object",
    "properties": {
        "rss": {"type": "string", "format": "uri", "description": "RSS 2.0 feed of all news of the index."},
        "atom": {"type": "string", "format": "uri", "description": "Atom feed of all news of the index."},
        "rss_by_audience": {
            "type": "string",
            "description": "RSS feed of one audience: replace {audience} with an audience page's slug.",
        },
        "atom_by_audience": {"type": "string", "description": "Atom feed of one audience, likewise."},
    },
    "required": ["rss", "atom", "rss_by_audience", "atom_by_audience"],
}


def _topics(topics) -> list[dict]:
    return [{"name": topic.name, "slug": topic.slug} for topic in topics]


def _image(page, context):
    image = page.image
    if image is None:
        return None
    image.contextual_alt_text = page.image_alt_text
    image.decorative = False
    return links.image(image, context)


def news_page_fields(page, context) -> dict:
    return {
        "date": page.date.isoformat(),
        "intro": page.intro,
        "image": _image(page, context),
        "body": blocks.stream_representation(page.body, {**context, "page": page}),
        "topics": _topics(page.localized_topics()),
        "audiences": [links.page_summary(audience, context) for audience in page.audience_pages()],
        "news_index": links.page_link(page.get_parent(), context),
    }


def news_index_fields(page, context) -> dict:
    pages = page.news().only(*LIST_FIELDS)[:INDEX_LATEST]
    items = news_items(pages, page.locale_id)
    feeds = page.feed_urls()
    return {
        "intro": page.intro,
        "latest": [
            {
                "id": item.id,
                "type": "newspage",
                "title": item.title,
                "url": links.absolute(context, item.url),
                "api_url": links.absolute(context, api_pages_url(item.id)),
                "intro": item.intro,
                "date": item.date.isoformat(),
                "topics": _topics(item.topics),
            }
            for item in items
        ],
        "feeds": {
            "rss": links.absolute(context, feeds["rss"]),
            "atom": links.absolute(context, feeds["atom"]),
            "rss_by_audience": links.absolute(context, feeds["rss"]) + "{audience}/",
            "atom_by_audience": links.absolute(context, feeds["atom"]) + "{audience}/",
        },
    }


def api_pages_url(page_id: int) -> str:
    from django.urls import reverse

    return reverse("api:page-detail", args=[page_id])


def register_page_types() -> None:
    from .models import NewsIndexPage, NewsPage

    topic = component("NewsTopic", TOPIC)
    summary = component("NewsSummary", NEWS_SUMMARY)
    types = [
        api_pages.PageType(
            NewsPage,
            news_page_fields,
            {
                "date": {"type": "string", "format": "date", "description": "The news item's date."},
                "intro": {"type": "string"},
                "image": nullable(api_pages.IMAGE),
                "body": lambda: blocks.stream_schema(NewsPage._meta.get_field("body").stream_block),
                "topics": {"type": "array", "items": topic},
                "audiences": {"type": "array", "items": api_pages.PAGE_SUMMARY, "description": "Tagged audiences."},
                "news_index": nullable(api_pages.PAGE_LINK),
            },
            "A news item, tagged for audiences and topics.",
        ),
        api_pages.PageType(
            NewsIndexPage,
            news_index_fields,
            {
                "intro": {"type": "string"},
                "latest": {"type": "array", "items": summary, "description": "The latest news, newest first."},
                "feeds": FEEDS,
            },
            "The news of one language, newest first, with RSS and Atom feeds.",
        ),
    ]
    for page_type in types:
        api_pages.register(page_type)
