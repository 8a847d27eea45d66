"""What every page shows of the municipality (header, footer, icons, colours), built once per site
and language. The settings' part is cached until the settings (or a place, for its hours)
change; the links to the legal pages until the next publish."""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import pgettext
from wagtail.models import Page, Site

from foundations.pages import exclude_restricted, locale_ids
from foundations.tree_cache import TREE, cached
from foundations.weekdays import Weekday
from places.models import normalized_phone
from places.presentation import EN_DASH, interval_text

from .contrast import darker
from .models import AccessibilityStatementPage, CookiesPage, MunicipalitySettings, PersonalDataPage

LEGAL_PAGE_TYPES = (AccessibilityStatementPage, PersonalDataPage, CookiesPage)
#: The cache scope of the settings' part (`foundations.tree_cache`), bumped when they change.
SETTINGS = "municipality"


def identity(site: Site | None, language: str) -> dict:
    """Plain data for the templates: name, logo, icons, brand stylesheet, contact centre,
    opening hours, social links and the links to the legal pages in `language`."""
    if site is None:
        return {}
    locale_id = locale_ids().get(language)
    return {
        **cached(f"municipality:identity:{site.pk}:{language}", lambda: _build(site, language), scope=SETTINGS),
        "legal": cached(f"municipality:legal:{locale_id}", lambda: _legal_links(locale_id), scope=TREE),
    }


def brand_css(site: Site | None) -> str:
    """The custom properties that give the site the municipality's colours."""
    setting = MunicipalitySettings.for_site(site) if site else None
    if setting is None or not setting.has_own_colours:
        return ""
    primary, on_primary = setting.primary_colour.lower(), setting.on_primary_colour.lower()
    return f":root{{--brand:{primary};--brand-dark:{darker(primary)};--on-brand:{on_primary}}}\n"


def _build(site: Site, language: str) -> dict:
    setting = MunicipalitySettings.for_site(site)
    text = setting.text_for(language)
    locale_id = locale_ids().get(language)
    data = {
        "name": text.name if text else "",
        "address": text.visiting_address if text else "",
        "hours_text": text.opening_hours if text else "",
        "organisation_number": setting.organisation_number,
        "phone": setting.contact_phone,
        "phone_href": "tel:" + normalized_phone(setting.contact_phone) if setting.contact_phone else "",
        "email": setting.email,
        "logo_url": setting.logo.url if setting.logo else "",
        "social": [{"name": link.name, "url": link.url} for link in setting.social_links.all()],
        **_icons(setting),
        **_place_hours(setting, locale_id),
    }
    if setting.has_own_colours:
        version = hashlib.sha256(f"{setting.primary_colour}{setting.on_primary_colour}".encode()).hexdigest()[:12]
        data["brand_css_url"] = f"{reverse('municipality_brand_css')}?v={version}"
    return data


def _icons(setting: MunicipalitySettings) -> dict:
    if setting.icon is None:
        return {}
    return {
        "icon_url": setting.icon.get_rendition("fill-32x32|format-png").url,
        "touch_icon_url": setting.icon.get_rendition("fill-180x180|format-png").url,
    }


def _place_hours(setting: MunicipalitySettings, locale_id: int | None) -> dict:
    """The chosen place's ordinary week, days with the same hours joined (Monday to Friday 8-17)."""
    place = setting.opening_hours_place
    if place is None or not place.live:
        return {}
    translated = place.get_translation_or_none(locale_id) if locale_id else None
    place = translated if translated is not None and translated.live else place
    rows = []
    for weekday in Weekday:
        intervals = sorted((row.opens, row.closes) for row in place.opening_hours.all() if row.weekday == weekday)
        hours = interval_text(intervals) if intervals else pgettext("opening hours", "Closed")
        if rows and rows[-1]["hours"] == hours:
            rows[-1]["last"] = str(weekday.label)
        else:
            rows.append({"first": str(weekday.label), "last": None, "hours": hours})
    return {
        "hours_rows": [
            {"days": f"{row['first']}{EN_DASH}{row['last']}" if row["last"] else row["first"], "hours": row["hours"]}
            for row in rows
        ],
        "hours_place": {"title": place.title, "url": place.url},
    }


def _legal_links(locale_id: int | None) -> list[dict]:
    """The first live page of each legal type in the locale, in one query."""
    if locale_id is None:
        return []
    content_types = {ContentType.objects.get_for_model(page_type).pk: page_type for page_type in LEGAL_PAGE_TYPES}
    first = {}
    pages = exclude_restricted(Page.objects.live().filter(locale_id=locale_id, content_type_id__in=content_types))
    pages = pages.select_related("locale").order_by("path")
    for page in pages.only("id", "title", "url_path", "content_type_id", "path", "depth", "locale__language_code"):
        first.setdefault(page.content_type_id, {"title": page.title, "url": page.url})
    return [first[pk] for pk in content_types if pk in first]
