"""Navigation built from audiences: the main menu, breadcrumbs and the language switcher.

Departments never appear here. The data comes from `cms_pages.navigation`, cached between
requests, so navigation costs no queries on most page views.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from cms_pages import navigation
from foundations import tree_cache

register = template.Library()

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English", "ar": "العربية"}


def _language_tree(request) -> navigation.LanguageTree | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    trees = navigation.site_tree(site)
    return trees.get(translation.get_language()) or trees.get(settings.LANGUAGE_CODE)


@register.simple_tag
def navigation_cache():
    """Version and lifetime for `{% cache %}` fragments built from the page tree (header, breadcrumbs)."""
    version = f"{tree_cache.version(tree_cache.TREE)}-{tree_cache.version(tree_cache.SETUP)}"
    return {"version": version, "seconds": settings.NAVIGATION_CACHE_SECONDS}


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the active language (a `NavLink` with title and url)."""
    tree = _language_tree(context["request"])
    return tree.home if tree else None


@register.simple_tag(takes_context=True)
def audience_navigation(context):
    """The audience pages under the home page, in the order editors gave them in the page tree."""
    tree = _language_tree(context["request"])
    return tree.audiences if tree else ()


@register.simple_tag(takes_context=True)
def content_index_links(context):
    """The news, events and places lists under the home page (for the footer and home page)."""
    tree = _language_tree(context["request"])
    return tree.content_indexes if tree else ()


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors from the home page down (not the page itself)."""
    tree = _language_tree(context["request"])
    if not isinstance(page, Page) or tree is None or not page.path.startswith(tree.home.path):
        return []
    if page.depth <= tree.home.depth:
        return []
    crumbs = [tree.home]
    audience = next((item for item in tree.audiences if page.path.startswith(item.path) and item.id != page.id), None)
    if audience:
        crumbs.append(audience)
    known_depth = crumbs[-1].depth
    if page.depth > known_depth + 1:
        # Deeper pages: fetch only the ancestors navigation does not already know.
        crumbs.extend(
            navigation.NavLink.of(ancestor)
            for ancestor in page.get_ancestors()
            .filter(depth__gt=known_depth)
            .only("id", "translation_key", "title", "url_path", "path", "depth")
        )
    return crumbs


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per site language: to this page's translation when there is one, otherwise to that
    language's home page with a note saying the page has not been translated.

    Views outside the page tree (search) switch language by translating their own URL.
    """
    request = context["request"]
    page = page if isinstance(page, Page) else None
    site = Site.find_for_request(request)
    trees = navigation.site_tree(site) if site else {}
    translated_urls = navigation.translation_urls(page.translation_key) if page else {}
    links = []
    for code, _name in settings.LANGUAGES:
        translated = True
        if page is None:
            url = translate_url(request.path, code)
        elif code in translated_urls:
            url = translated_urls[code]
        else:
            translated = False
            url = trees[code].home.url if code in trees else translate_url("/", code)
        with translation.override(code):
            note = "" if translated else _("This page is not translated. The link goes to the home page.")
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES.get(code, code),
                "url": url,
                "current": code == translation.get_language(),
                "translated": translated,
                "note": note,
            }
        )
    return links


@register.simple_tag
def public_url(path: str) -> str:
    """The public site's absolute address of a path (SITE_BASE_URL): for Open Graph, canonical
    and alternate links, which must not depend on the Host a request came with."""
    if not path:
        return ""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_BASE_URL.rstrip("/") + path


OG_LOCALES = {"sv": "sv_SE", "en": "en_GB", "ar": "ar_AR"}


@register.simple_tag
def og_locale(language: str) -> str:
    return OG_LOCALES.get(language, language)
