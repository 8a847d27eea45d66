"""What a person types into a free-text field, cleaned the same way in every channel (web forms
and the API) before it is checked, stored, shown to handlers or printed in a PDF.

Invisible characters go: control characters (but tabs and line breaks stay), the bidirectional
embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that make "Anna\u202ekcilc"
look like "Annaclick" in the admin, zero-width spaces and joiners of words, byte order marks and
lone surrogates. Right-to-left text is not touched: Arabic letters, and the marks that writers of
Arabic use (U+200E, U+200F, U+061C, the zero-width (non-)joiners U+200C and U+200D) stay, since
they change how neutral characters next to them are laid out but cannot reorder a whole name.
"""

import re

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.datastructures import MultiValueDict

#: Every character `clean_text` drops. C0 and C1 controls except tab, line feed and carriage
#: return; bidirectional embeddings, overrides and isolates; invisible separators and joiners of
#: words (zero-width space, word joiner, invisible operators, the Mongolian vowel separator, the
#: byte order mark); interlinear annotations; lone surrogates (never valid text: they cannot be
#: stored or sent as UTF-8).
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u202a-\u202e\u2066-\u2069"
    "\u200b\u2060-\u2064\u180e\ufeff"
    "\ufff9-\ufffb"
    "\ud800-\udfff]"
)


def clean_text(value: str) -> str:
    """`value` without invisible control characters (see the module's docstring)."""
    if not value:
        return value
    return INVISIBLE.sub("", value)


def clean_input(data):
    """Form or API input with every text value cleaned; files and other values as they came.

    Takes what Django forms are given: a QueryDict or MultiValueDict (web forms, the API's
    multipart bodies) or a dict (the API's JSON bodies), and nested lists and dicts of JSON.
    """
    if isinstance(data, MultiValueDict):
        cleaned = MultiValueDict()
        for key, values in data.lists():
            cleaned.setlist(key, [clean_input(value) for value in values])
        return cleaned
    if isinstance(data, dict):
        return {clean_input(key): clean_input(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return type(data)(clean_input(value) for value in data)
    if isinstance(data, str):
        return clean_text(data)
    if isinstance(data, UploadedFile):
        return data
    return data


class FreeTextForm(forms.Form):
    """Base of the forms citizens fill in: their text is cleaned before any field checks it, so
    a hidden override neither passes a check nor reaches the case, the admin or a PDF."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(None if data is None else clean_input(data), *args, **kwargs)
