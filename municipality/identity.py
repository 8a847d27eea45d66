"""What every page shows of the municipality (header, footer, icons, colours), built once per site
and language. The settings' part is cached until the settings (or a place, for its hours)
change; the links to the legal pages come with the cached navigation."""

import hashlib

from django.conf import settings
from django.urls import reverse
from django.utils.translation import pgettext
from wagtail.models import Site

from cms_pages.navigation import site_tree
from foundations.pages import locale_ids
from foundations.tree_cache import cached
from foundations.weekdays import Weekday
from places.models import normalized_phone
from places.presentation import EN_DASH, interval_text

from .contrast import darker
from .models import MunicipalitySettings

#: The cache scope of the settings' part (`foundations.tree_cache`), bumped when they change.
SETTINGS = "municipality"


def identity(site: Site | None, language: str) -> dict:
    """Plain data for the templates: name, logo, icons, brand stylesheet, contact centre,
    opening hours, social links and the links to the legal pages in `language`."""
    if site is None:
        return {}
    return {
        **cached(f"municipality:identity:{site.pk}:{language}", lambda: _build(site, language), scope=SETTINGS),
        "legal": _legal_links(site, language),
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
    week = list(place.opening_hours.all())  # one query, not one per weekday
    rows = []
    for weekday in Weekday:
        intervals = sorted((row.opens, row.closes) for row in week if row.weekday == weekday)
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


def _legal_links(site: Site, language: str) -> list[dict]:
    """The legal pages under the home page of `language`, from the cached navigation."""
    trees = site_tree(site)
    tree = trees.get(language) or trees.get(settings.LANGUAGE_CODE)
    return [{"title": link.title, "url": link.url} for link in tree.footer_links] if tree else []
