"""Open Graph tags and Schema.org `NewsArticle` structured data of a news page."""

import json

from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Site

from cms_pages.navigation import site_tree
from foundations.pages import locale_ids

#: Open Graph wants language_TERRITORY.
OG_LOCALES = {"sv": "sv_SE", "en": "en_GB", "ar": "ar_AR"}
#: The image shared on social media: the size Open Graph readers expect.
OG_IMAGE_SPEC = "fill-1200x630|format-jpeg"

# Inside <script>, "</script>" or "<!--" in a text would end or confuse the data block.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """JSON for a `<script type="application/ld+json">` data block (not executed: CSP allows it)."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above


def news_metadata(page, request) -> dict:
    """Open Graph properties (in order) and the JSON-LD of a news page."""
    # The language from the cached locales, not page.locale (a query).
    language = (
        next((code for code, pk in locale_ids().items() if pk == page.locale_id), "") or page.locale.language_code
    )
    url = request.build_absolute_uri(page.get_url(request) or "/")
    site = Site.find_for_request(request) or page.get_site()
    tree = site_tree(site).get(language) if site is not None else None
    publisher_name = tree.home.title if tree is not None else ""
    publisher_url = request.build_absolute_uri(tree.home.url) if tree is not None and tree.home.url else ""
    description = page.search_description or page.intro
    image_url = ""
    if page.image is not None:
        rendition = page.image.get_rendition(OG_IMAGE_SPEC)
        image_url = request.build_absolute_uri(rendition.url)

    open_graph = [
        ("og:type", "article"),
        ("og:title", page.seo_title or page.title),
        ("og:description", description),
        ("og:url", url),
        ("og:locale", OG_LOCALES.get(language, language)),
    ]
    if publisher_name:
        open_graph.append(("og:site_name", publisher_name))
    if image_url:
        open_graph += [("og:image", image_url), ("og:image:alt", page.image_alt_text)]
    open_graph.append(("article:published_time", page.date.isoformat()))
    if page.last_published_at:
        open_graph.append(("article:modified_time", page.last_published_at.isoformat()))

    publisher = {"@type": "GovernmentOrganization", "name": publisher_name, "url": publisher_url}
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": description,
        "datePublished": page.date.isoformat(),
        "dateModified": (page.last_published_at or page.first_published_at or page.date).isoformat(),
        "inLanguage": language,
        "url": url,
        "mainEntityOfPage": url,
        "publisher": publisher,
        "author": publisher,
    }
    if image_url:
        article["image"] = [image_url]
    return {"open_graph": open_graph, "json_ld": json_ld(article)}
