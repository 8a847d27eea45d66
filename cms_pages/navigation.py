"""Cached navigation data: each language's home page and audience menu, page translations,
and the paths behind view restrictions.

Every page needs these, and they change only when editors publish, unpublish, move or delete
pages. They are cached under a version that those events bump, with a short lifetime so that
other processes catch up within seconds even when each process has its own cache.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction, Site

_VERSION_KEY = "kommunportal:navigation:version"


def _lifetime() -> int:
    return getattr(settings, "NAVIGATION_CACHE_SECONDS", 10)


def _version() -> int:
    version = cache.get(_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.set(_VERSION_KEY, version, None)
    return version


def invalidate(**_kwargs) -> None:
    """Drop every cached navigation entry (connected to page and site signals)."""
    cache.set(_VERSION_KEY, time.time_ns(), None)


def _cached(name: str, build):
    key = f"kommunportal:navigation:{_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, _lifetime())
    return value


@dataclass(frozen=True)
class NavLink:
    """A page as navigation needs it; plain data, cheap to cache."""

    id: int
    translation_key: str
    title: str
    url: str
    path: str
    depth: int
    url_path: str

    @classmethod
    def of(cls, page: Page) -> "NavLink":
        return cls(
            page.pk, str(page.translation_key), page.title, page.get_url() or "", page.path, page.depth, page.url_path
        )


@dataclass(frozen=True)
class LanguageTree:
    home: NavLink
    audiences: tuple[NavLink, ...]


def site_tree(site: Site) -> dict[str, LanguageTree]:
    """For each language: the home page (the site root or its translation) and its audience pages,
    in the order editors gave them in the page tree."""

    def build():
        from cms_pages.models import AudiencePage

        homes = (
            Page.objects.live()
            .filter(translation_key=site.root_page.translation_key)
            .select_related("locale")
            .only("id", "translation_key", "title", "url_path", "path", "depth", "locale__language_code")
        )
        trees = {}
        for home in homes:
            audiences = (
                AudiencePage.objects.child_of(home)
                .live()
                .in_menu()
                .only("id", "translation_key", "title", "url_path", "path", "depth", "locale_id")
            )
            trees[home.locale.language_code] = LanguageTree(
                home=NavLink.of(home),
                audiences=tuple(NavLink.of(page) for page in exclude_restricted(audiences)),
            )
        return trees

    return _cached(f"site:{site.pk}", build)


def translation_urls(translation_key) -> dict[str, str]:
    """Language code -> URL of each live translation of one page."""

    def build():
        return {
            page.locale.language_code: page.get_url() or ""
            for page in Page.objects.live()
            .filter(translation_key=translation_key)
            .select_related("locale")
            .only("id", "url_path", "path", "depth", "locale__language_code")
        }

    return _cached(f"translations:{translation_key}", build)


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of pages with a view restriction: they and their descendants are not public."""
    return _cached("restricted", lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)))


def exclude_restricted(queryset):
    """Like `PageQuerySet.public()`, without a query per call."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def locale_ids() -> dict[str, int]:
    """Language code -> Wagtail locale id."""
    from wagtail.models import Locale

    return _cached("locales", lambda: dict(Locale.objects.values_list("language_code", "id")))


def cached_site_for(hostname: str, port: int, find):
    """The Wagtail site for a host, with its root page loaded, from the cache when possible."""

    def build():
        site = find()
        if site is not None:
            site.root_page  # noqa: B018 - load the root page so it is cached with the site
        return site or False

    return _cached(f"host:{hostname}:{port}", build) or None
