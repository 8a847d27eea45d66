"""Sjöviks kommun's identity and legal pages (`demo/data/municipality.yaml`): the settings with a
coat of arms drawn here as SVG (the logo) and PNG (the site icon), the footer's hours from the
citizen office, and the accessibility statement, personal data and cookies pages in sv, en and ar.
Idempotent: what exists is left as it is."""

import io
import uuid

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from cms_pages.models import HomePage
from demo.data import FOLDER, load
from demo.stream import pick, pick_deep
from demo.translate import translate_page
from municipality.models import (
    AccessibilityStatementPage,
    CookiesPage,
    MunicipalitySettings,
    MunicipalityText,
    PersonalDataPage,
    SocialLink,
)
from places.models import PlacePage

LANGUAGES = ("sv", "en", "ar")
TRANSLATIONS = ("en", "ar")
_NAMESPACE = uuid.UUID("9d3f7a2e-51c4-4d8e-b1a6-0f2c5e7d9a13")
_data = load("municipality")

BLUE, GOLD, WHITE = "#0b4f8a", "#ffd24d", "#ffffff"
#: The coat of arms, drawn by hand: in blue a sun of gold over a base of silver cut in waves.
COAT_OF_ARMS_SVG = FOLDER / "sjovik-vapen.svg"


def coat_of_arms_png(size: int = 256) -> bytes:
    """The same coat of arms drawn with Pillow, for the site icon (browsers want a PNG there)."""
    picture = PILImage.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    scale = size / 120
    left = (size - 100 * scale) / 2

    def point(x, y):
        return (left + x * scale, y * scale)

    outline = [point(6, 6), point(94, 6), point(94, 62), point(86, 88), point(70, 104), point(50, 116)]
    outline += [point(30, 104), point(14, 88), point(6, 62)]
    draw.polygon(outline, fill=BLUE, outline="#1b1b1f", width=max(1, int(3 * scale)))
    draw.polygon([point(10, 74), point(90, 74), point(86, 88), point(70, 104), point(50, 112), point(30, 104),
                  point(14, 88)], fill=WHITE)  # fmt: skip
    draw.ellipse([point(37, 27), point(63, 53)], fill=GOLD)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _icon():
    Image = get_image_model()
    title = "Sjöviks kommunvapen"
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(coat_of_arms_png()), name="sjovik-vapen.png")
    image.save()
    return image


def ensure_settings(site: Site) -> MunicipalitySettings:
    data = _data["settings"]
    setting = MunicipalitySettings.for_site(site)
    if setting.texts.exists():
        return setting
    place = PlacePage.objects.filter(slug=data["hours_place"], locale__language_code="sv").first()
    setting.organisation_number = data["organisation_number"]
    setting.contact_phone = data["phone"]
    setting.email = data["email"]
    setting.opening_hours_place = place
    setting.primary_colour = data["primary_colour"]
    setting.on_primary_colour = data["on_primary_colour"]
    setting.icon = _icon()
    setting.logo.save("sjovik-vapen.svg", ContentFile(COAT_OF_ARMS_SVG.read_bytes()), save=False)
    setting.full_clean()
    setting.save()
    texts = data["texts"]
    for language in LANGUAGES:
        MunicipalityText.objects.create(
            setting=setting,
            language=language,
            name=pick(texts["name"], language),
            visiting_address=pick(texts["visiting_address"], language),
            opening_hours=pick(texts["opening_hours"], language),
        )
    for link in data["social"]:
        SocialLink.objects.create(setting=setting, name=link["name"], url=link["url"])
    return setting


def _shortcomings(language: str) -> list[dict]:
    # Ids shared by the translations, so that their segments pair with the Swedish ones.
    return [
        {"type": "shortcoming", "value": pick_deep(item, language), "id": str(uuid.uuid5(_NAMESPACE, f"s/{n}"))}
        for n, item in enumerate(_data["accessibility"]["shortcomings"])
    ]


def _fields(key: str, language: str) -> dict:
    data = _data[key]
    fields = {"title": pick(data["title"], language), "intro": pick(data["intro"], language)}
    if key == "accessibility":
        fields.update(
            compliance=data["compliance"],
            alternatives=pick(data["alternatives"], language),
            shortcomings=_shortcomings(language),
            testing=pick(data["testing"], language),
        )
    elif key == "personal_data":
        fields.update(
            controller=pick(data["controller"], language),
            purposes=pick(data["purposes"], language),
            rights=pick(data["rights"], language),
            dpo_email=data["dpo_email"],
            dpo_phone=data["dpo_phone"],
        )
    else:
        fields["body"] = pick(data["body"], language)
    return fields


PAGES = {"accessibility": AccessibilityStatementPage, "personal_data": PersonalDataPage, "cookies": CookiesPage}


def ensure_pages(home: HomePage, departments) -> list:
    pages = []
    for key, page_type in PAGES.items():
        data = _data[key]
        page = page_type.objects.child_of(home).first()
        if page is None:
            page = page_type(slug=data["slug"], owning_department=departments[data["department"]], **_fields(key, "sv"))
            home.add_child(instance=page)
            page.save_revision().publish()
        for language in TRANSLATIONS:
            copy = page_type.objects.get(pk=page.pk)
            for name, value in _fields(key, language).items():
                setattr(copy, name, value)
            copy.slug = data["en_slug"]
            translate_page(page, language, copy)
        pages.append(page)
    return pages


def load_demo(pages_by_slug, departments, stdout) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=Locale.objects.get(language_code="sv"), depth=2).first()
    if site is None or home is None:
        return
    ensure_settings(site)
    for page in ensure_pages(home, departments):
        pages_by_slug[page.slug] = page
