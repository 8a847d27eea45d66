"""Page references are stored once (pointing at the source language) and localised when shown."""

from wagtail.models import Locale, Page


def localized_pages(pages, locale: Locale | None = None) -> list[Page]:
    """Each page replaced by its live translation in `locale`, or kept as is when there is none.

    One query for the whole list, instead of one `page.localized` per link.
    """
    pages = [page for page in pages if page is not None]
    if locale is None:
        locale = Locale.get_active()
    keys = {page.translation_key for page in pages if page.locale_id != locale.pk}
    if not keys:
        return pages
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(locale=locale, translation_key__in=keys).specific(defer=False)
    }
    return [translations.get(page.translation_key, page) if page.locale_id != locale.pk else page for page in pages]


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "é": "e", "è": "e", "ü": "y"})


def title_sort_key(title: str) -> str:
    """Sort key that puts å, ä, ö after z as Swedish readers expect; harmless for English and Arabic."""
    return title.casefold().translate(_SWEDISH_ORDER)
