"""The files search engines read: an XML sitemap per language with hreflang alternates, the
sitemap index, and robots.txt."""

from collections import defaultdict

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from foundations import tree_cache

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _public(path: str) -> str:
    return settings.SITE_BASE_URL.rstrip("/") + path


def _entries() -> dict[str, list[dict]]:
    """Per language: every live, public page with its address, last change and translations."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}
    pages = list(
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "locale", "translation_key", "last_published_at")
    )
    urls = {}
    for page in pages:
        url = page.get_url(current_site=site)
        if url:
            urls[page.pk] = url
    by_key: dict[str, dict[str, str]] = defaultdict(dict)
    for page in pages:
        if page.pk in urls:
            by_key[page.translation_key][page.locale.language_code] = _public(urls[page.pk])
    entries: dict[str, list[dict]] = defaultdict(list)
    for page in pages:
        if page.pk not in urls:
            continue
        language = page.locale.language_code
        alternates = by_key[page.translation_key]
        entries[language].append(
            {
                "location": alternates[language],
                "lastmod": page.last_published_at.date().isoformat() if page.last_published_at else "",
                "alternates": sorted(alternates.items()) if len(alternates) > 1 else [],
                "default": alternates.get(settings.LANGUAGE_CODE, ""),
            }
        )
    for items in entries.values():
        items.sort(key=lambda item: item["location"])
    return dict(entries)


def _cached_entries():
    return tree_cache.cached("sitemap-entries", _entries)


@require_safe
def sitemap_index(request):
    entries = _cached_entries()
    body = render_to_string(
        "cms_pages/sitemap_index.xml",
        {"sitemaps": [_public(reverse("sitemap_language", args=[code])) for code in LANGUAGES if code in entries]},
    )
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_safe
def sitemap_language(request, language):
    if language not in LANGUAGES:
        raise Http404
    body = render_to_string("cms_pages/sitemap.xml", {"urls": _cached_entries().get(language, [])})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def _private_prefixes() -> list[str]:
    """Addresses that are one citizen's or answer a query: never for search engines."""
    prefixes = ["/admin/", "/django-admin/", "/api/", "/auth/", "/health/"]
    for code in LANGUAGES:
        with translation.override(code):
            language_root = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
            case_page = reverse("eservice_blocks:case", args=["token"])
            prefixes += [
                reverse("search"),
                reverse("citizens:sign_in"),
                reverse("mina_sidor:overview"),
                case_page[: case_page.index("token/")],
                language_root + "e/",  # e-service steps, drafts and bookings behind their links
            ]
    return sorted(set(prefixes))


@require_safe
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {prefix}" for prefix in _private_prefixes()]
    lines += ["", f"Sitemap: {_public(reverse('sitemap_index'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
