"""Checks on what editors give in the municipality's settings: the organisation number, colours
and the logo file (an SVG must be a plain picture, since a browser runs scripts in one that is
opened on its own)."""

import re

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .contrast import HEX_COLOUR

ORGANISATION_NUMBER = re.compile(r"^\d{6}-\d{4}$")
LOGO_EXTENSIONS = ("svg", "png")
#: SVG elements that run code or pull in other documents.
_ACTIVE_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def validate_organisation_number(value: str) -> None:
    if not ORGANISATION_NUMBER.match(value or ""):
        raise ValidationError(
            _("Write the organisation number as six digits, a hyphen and four digits, for example 212000-0142."),
            code="invalid",
        )


def validate_colour(value: str) -> None:
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Write the colour as # and six hexadecimal digits, for example #0b4f8a."), code="invalid"
        )


def _local_name(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def validate_logo(file) -> None:
    """A PNG, or an SVG without scripts, event handlers or references to other files."""
    name = (getattr(file, "name", "") or "").lower()
    file.seek(0)
    content = file.read()
    file.seek(0)
    if name.endswith(".png"):
        if not content.startswith(PNG_SIGNATURE):
            raise ValidationError(_("This file is not a PNG image. Upload the logo as SVG or PNG."), code="invalid")
        return
    if not name.endswith(".svg"):
        raise ValidationError(_("Upload the logo as SVG or PNG."), code="invalid")
    try:
        root = ElementTree.fromstring(content, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        raise ValidationError(_("This SVG file cannot be read. Save it again as plain SVG."), code="invalid") from None
    if _local_name(root.tag) != "svg":
        raise ValidationError(_("This file is not an SVG image. Upload the logo as SVG or PNG."), code="invalid")
    for element in root.iter():
        active = _local_name(element.tag) in _ACTIVE_ELEMENTS
        for attribute, value in element.attrib.items():
            attribute = _local_name(attribute)
            if attribute.startswith("on"):
                active = True
            if attribute == "href" and not value.strip().startswith("#"):
                active = True
            if "url(" in value and "url(#" not in value.replace(" ", ""):
                active = True
        if active:
            raise ValidationError(
                _(
                    "The SVG file holds scripts or links to other files. Export the logo as a plain picture "
                    "(or as PNG) and upload it again."
                ),
                code="unsafe",
            )
