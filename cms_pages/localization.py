"""Page references are stored once (pointing at the source language) and localised when shown."""

from django.utils import translation
from wagtail.models import Page


def active_locale_id() -> int | None:
    """The id of the active language's locale, without a query on most calls."""
    from cms_pages.navigation import locale_ids

    return locale_ids().get(translation.get_language())


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
