"""The municipality's settings refuse what would harm readers: too little contrast, a malformed
organisation number, an SVG logo that could run code."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.models import Site

from municipality import contrast
from municipality.models import MunicipalitySettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(home_page):
    return MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))


def errors_of(setting, language: str = "en") -> dict:
    with translation.override(language), pytest.raises(ValidationError) as raised:
        setting.full_clean()
    return raised.value.message_dict


def test_black_on_white_has_the_highest_contrast():
    assert contrast.ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast.ratio("#0b4f8a", "#ffffff") > 4.5


def test_the_default_colours_pass(setting):
    setting.full_clean()


def test_a_text_colour_too_close_to_the_primary_colour_is_refused_with_the_ratio(setting):
    setting.primary_colour, setting.on_primary_colour = "#0b4f8a", "#2a6fb0"

    message = errors_of(setting)["on_primary_colour"][0]

    assert "4.5:1" in message and "contrast of 1." in message


def test_a_primary_colour_too_light_for_links_on_white_is_refused(setting):
    setting.primary_colour, setting.on_primary_colour = "#ffd24d", "#000000"

    assert "Choose a darker primary colour" in errors_of(setting)["primary_colour"][0]


def test_the_contrast_error_is_translated(setting):
    setting.primary_colour, setting.on_primary_colour = "#0b4f8a", "#0b4f8a"

    message = errors_of(setting, "sv")["on_primary_colour"][0]

    assert "kontrast" in message.lower()


@pytest.mark.parametrize("number", ["2120000000", "212000-000", "21200-00000", "abcdef-ghij"])
def test_an_organisation_number_must_be_six_digits_a_hyphen_and_four_digits(setting, number):
    setting.organisation_number = number

    assert "organisation_number" in errors_of(setting)


def test_a_well_formed_organisation_number_passes(setting):
    setting.organisation_number = "212000-0142"

    setting.full_clean()


def test_a_colour_must_be_a_hash_and_six_hex_digits(setting):
    setting.primary_colour = "blue"

    assert "primary_colour" in errors_of(setting)


def test_an_svg_logo_with_a_script_is_refused(setting):
    setting.logo = SimpleUploadedFile(
        "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )

    assert "scripts" in errors_of(setting)["logo"][0]


def test_an_svg_logo_with_an_event_handler_is_refused(setting):
    setting.logo = SimpleUploadedFile("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"></svg>')

    assert "logo" in errors_of(setting)


def test_a_plain_svg_logo_passes(setting):
    setting.logo = SimpleUploadedFile(
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><clipPath id="c"><rect width="5" '
        b'height="5"/></clipPath></defs><circle clip-path="url(#c)" cx="5" cy="5" r="4" fill="#0b4f8a"/></svg>',
    )

    setting.full_clean()


def test_a_logo_in_another_format_is_refused(setting):
    setting.logo = SimpleUploadedFile("logo.gif", b"GIF89a")

    assert "logo" in errors_of(setting)
