"""Navigation built from audiences: the main menu, breadcrumbs and the language switcher.

Departments never appear here. Each tag caches what it looked up on the request, so a page
that uses several of them pays for each query once.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

register = template.Library()

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English", "ar": "العربية"}


def _cached(request, key, compute):
    store = request.__dict__.setdefault("_kommunportal_navigation", {})
    if key not in store:
        store[key] = compute()
    return store[key]


def _active_locale(request) -> Locale | None:
    return _cached(request, "locale", lambda: Locale.objects.filter(language_code=translation.get_language()).first())


def _site(request) -> Site | None:
    return _cached(request, "site", lambda: Site.find_for_request(request))


def localized_home(request) -> Page | None:
    """The home page in the active language, or the site's root page when it has no translation."""

    def compute():
        site, locale = _site(request), _active_locale(request)
        if site is None:
            return None
        root = site.root_page
        if locale is None or root.locale_id == locale.pk:
            return root
        return Page.objects.live().filter(translation_key=root.translation_key, locale=locale).first() or root

    return _cached(request, "home", compute)


@register.simple_tag(takes_context=True)
def home_page(context):
    return localized_home(context["request"])


@register.simple_tag(takes_context=True)
def audience_navigation(context):
    """The audience pages under the home page, in the order editors gave them in the page tree."""
    request = context["request"]

    def compute():
        from cms_pages.models import AudiencePage

        home = localized_home(request)
        if home is None:
            return []
        return list(
            AudiencePage.objects.child_of(home)
            .live()
            .in_menu()
            .only("id", "title", "url_path", "path", "depth", "locale_id", "translation_key")
        )

    return _cached(request, "audiences", compute)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors from the home page down, without the tree root."""
    home = localized_home(context["request"])
    if page is None or home is None or page.pk == home.pk:
        return []
    ancestors = (
        page.get_ancestors()
        .filter(depth__gte=home.depth)
        .live()
        .only("id", "title", "url_path", "path", "depth", "locale_id")
    )
    return list(ancestors)


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per site language: to this page's translation when there is one, otherwise to that
    language's home page with a note saying the page has not been translated.

    Pages outside the page tree (search) switch language by translating their own URL.
    """
    request = context["request"]
    current = translation.get_language()
    site = _site(request)
    keys = {site.root_page.translation_key} if site else set()
    if page is not None:
        keys.add(page.translation_key)
    by_key_and_language = {
        (found.translation_key, found.locale.language_code): found
        for found in Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    }
    links = []
    for code, _name in settings.LANGUAGES:
        translated = True
        if page is None:
            url = translate_url(request.path, code)
        elif (page.translation_key, code) in by_key_and_language:
            url = by_key_and_language[(page.translation_key, code)].get_url(request)
        else:
            translated = False
            home = by_key_and_language.get((site.root_page.translation_key, code)) if site else None
            url = home.get_url(request) if home else translate_url("/", code)
        with translation.override(code):
            note = "" if translated else _("This page is not translated. The link goes to the home page.")
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES.get(code, code),
                "url": url,
                "current": code == current,
                "translated": translated,
                "note": note,
            }
        )
    return links


@register.filter
def localized_page(page):
    """A page chosen in the source language, shown in the active language when translated."""
    return page.localized if page is not None else None
