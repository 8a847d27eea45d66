"""Facts about Wagtail pages that every app needs, whatever the page type: which pages are public
(view restrictions), the locales, and page references localised when shown (they are stored
once, pointing at the source language). All cached in the tree cache (`foundations.tree_cache`).
"""

from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction

from .tree_cache import SETUP, cached


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of pages with a view restriction: they and their descendants are not public."""
    return cached(
        "restricted", lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)), scope=SETUP
    )


def exclude_restricted(queryset):
    """Like `PageQuerySet.public()`, without a query per call."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def is_visible(page) -> bool:
    """Live and not behind a view restriction: what an anonymous reader may see."""
    return page.live and not any(page.path.startswith(path) for path in restricted_paths())


def visible_pages(page_type: type[Page] = Page):
    """Live pages (of `page_type`, default any) an anonymous reader may see, below the tree's root."""
    return exclude_restricted(page_type.objects.live().filter(depth__gt=1))


def locale_ids() -> dict[str, int]:
    """Language code -> Wagtail locale id."""
    return cached("locales", lambda: dict(Locale.objects.values_list("language_code", "id")), scope=SETUP)


class NotTranslated(LookupError):
    """The page is public, but not in the language asked for."""


def public_page(pk, language: str | None = None, page_type: type[Page] = Page) -> Page | None:
    """The public page with this id (live, not behind a view restriction, of `page_type`) as its
    specific type, or its translation into `language` when one is asked for.

    None when there is no such page; `NotTranslated` when there is, but not in that language, for
    callers that tell the reader which of the two it is.
    """
    pages = visible_pages(page_type)
    page = pages.filter(pk=pk).first()
    if page is None:
        return None
    if language and page.locale_id != locale_ids().get(language):
        page = pages.filter(translation_key=page.translation_key, locale_id=locale_ids().get(language)).first()
        if page is None:
            raise NotTranslated(language)
    return page.specific


def cached_site_for(hostname: str, port: int, find):
    """The Wagtail site for a host, with its root page loaded, from the cache when possible."""

    def build():
        site = find()
        if site is not None:
            site.root_page  # noqa: B018 - load the root page so it is cached with the site
        return site or False

    return cached(f"host:{hostname}:{port}", build, scope=SETUP, shared=False) or None


def active_locale_id() -> int | None:
    """The id of the active language's locale, without a query on most calls."""
    return locale_ids().get(translation.get_language())


def language_of(page) -> str:
    """The language code of a page's locale, without a query."""
    codes = {locale_id: code for code, locale_id in locale_ids().items()}
    return codes.get(page.locale_id, "")


def foreign_language(item) -> str:
    """The language of something shown on a page (a page, a search document, a list entry with
    `language`, a language code) when it is not the reader's language; "" when it is, or unknown.

    Lists prefer the reader's language (`localized_pages`); what falls back to the original
    must say which language it is in, so screen readers pronounce it right.
    """
    if isinstance(item, str):
        language = item
    elif isinstance(item, dict):
        language = item.get("language", "")
    elif isinstance(getattr(item, "language", None), str):
        language = item.language
    elif getattr(item, "locale_id", None) is not None:
        language = language_of(item)
    else:
        language = ""
    return "" if language == translation.get_language() else language


def localized_pages(pages, locale_id: int | None = None) -> list[Page]:
    """Each page replaced by its live translation in the locale (default: the active language's),
    or kept as is when there is none.

    At most one query for the whole list, instead of two per `page.localized`.
    """
    pages = [page for page in pages if page is not None]
    locale_id = locale_id or active_locale_id()
    keys = {page.translation_key for page in pages if page.locale_id != locale_id}
    if not keys or locale_id is None:
        return pages
    translations = {
        page.translation_key: page for page in Page.objects.live().filter(locale_id=locale_id, translation_key__in=keys)
    }
    return [translations.get(page.translation_key, page) if page.locale_id != locale_id else page for page in pages]


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "é": "e", "è": "e", "ü": "y"})


def title_sort_key(title: str) -> str:
    """Sort key that puts å, ä, ö after z as Swedish readers expect; harmless for English and Arabic."""
    return title.casefold().translate(_SWEDISH_ORDER)
