"""Numbers as citizens type them and read them: one way to read what was typed (in Swedish,
English or Arabic), one exact form to keep, and one way to show a kept number in a language.

A number is kept as a plain decimal string ("24.5", "1200", never "4E+1"): the digits the
citizen gave, in links, drafts, cases and the API alike. It is shown with the language's
separators as Django's locale formats give them (sv "1 200,5", en "1,200.5", ar "1200,5").
"""

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils import formats, numberformat, translation
from django.utils.translation import gettext_lazy as _

#: Arabic-Indic and Extended Arabic-Indic digits (as typed on Arabic and Persian keyboards).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: Marks that only ever separate thousands: spaces of every width and the Arabic thousands mark.
_GROUP_ONLY = "\u0020\u00a0\u2009\u202f\u066c"
#: The Arabic decimal mark: never anything else.
_ARABIC_DECIMAL = "\u066b"
_MINUS = "-\u2212\u2012\u2013"
#: The marks each language writes between thousands besides spaces: in English "1,200" is
#: twelve hundred; in Swedish and Arabic a single mark before three digits could be either.
_GROUPING_MARK = {"en": ","}

_SHAPE = re.compile(r"^[0-9.,]+$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+$")
#: Characters a raw answer may have at most: more than any number a form asks for.
MAX_LENGTH = 50

MESSAGES = {
    "invalid": _("Enter a number, for example 25 or 12,5."),
    "ambiguous": _(
        "“%(value)s” can mean %(whole)s or %(decimal)s. Write %(whole)s without a separator "
        "between thousands, or %(decimal)s for a number with decimals."
    ),
}


class NumberError(ValidationError):
    """What the citizen typed is not a number we can read for certain; the message says why."""

    def __init__(self, code: str, params: dict | None = None):
        super().__init__(MESSAGES[code], code=code, params=params)


def _language(language: str | None) -> str:
    return (language or translation.get_language() or "sv").split("-")[0]


def parse(raw, language: str | None = None, *, largest: Decimal | None = None) -> Decimal:
    """The number in `raw` as typed in `language` (the active one unless told), or NumberError.

    Read: a comma or a point (or the Arabic ٫) before the decimals, spaces (or ٬) between
    thousands, leading zeros, Arabic-Indic digits, a leading minus. Refused: letters,
    exponents, "NaN" and infinities, and a single mark before exactly three digits that could
    be either a decimal mark or a thousands separator in that language ("1.200" in Swedish),
    unless the thousands are more than the `largest` the question allows (a latitude).
    """
    if isinstance(raw, bool):
        raise NumberError("invalid")
    if isinstance(raw, int | float | Decimal):
        # A JSON number from an API client: its decimal digits as written (repr of a float).
        raw = format(Decimal(str(raw)), "f") if Decimal(str(raw)).is_finite() else "x"
    text = str(raw or "").strip().translate(_DIGITS)
    if not text or len(text) > MAX_LENGTH:
        raise NumberError("invalid")
    sign = ""
    if text[0] in _MINUS or text[0] == "+":
        sign, text = ("-" if text[0] in _MINUS else ""), text[1:].lstrip()
    text = _without_spaced_groups(text)
    text = text.replace(_ARABIC_DECIMAL, "." if "." not in text and "," not in text else "\x00")
    if not text or not _SHAPE.match(text):
        raise NumberError("invalid")
    digits = _read_marks(text, _language(language), largest)
    try:
        number = Decimal(sign + digits)
    except InvalidOperation:
        raise NumberError("invalid") from None
    # "-0" is zero: kept and shown without a sign.
    return number.copy_abs() if number.is_zero() else number


def _without_spaced_groups(text: str) -> str:
    """`text` without the spaces (or ٬) between thousands; a space anywhere else is refused:
    "12 5" is not a number."""
    parts = re.split(f"[{_GROUP_ONLY}]", text)
    if len(parts) == 1:
        return text
    head, *groups = parts
    last = re.match(r"^([0-9]{3})([.,\u066b][0-9]*)?$", groups[-1])
    if not re.fullmatch(r"[0-9]{1,3}", head) or not last or not all(re.fullmatch(r"[0-9]{3}", g) for g in groups[:-1]):
        raise NumberError("invalid")
    return "".join(parts)


def _read_marks(text: str, language: str, largest: Decimal | None = None) -> str:
    """A string of digits, points and commas as Python's Decimal reads it."""
    commas, points = text.count(","), text.count(".")
    if commas and points:
        # Both: the last is the decimal mark, the other separates thousands ("1.234,5", "1,234.5").
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _sep, decimals = text.rpartition(decimal_mark)
        if text.count(decimal_mark) > 1 or not re.fullmatch(rf"[0-9]{{1,3}}(?:\{group_mark}[0-9]{{3}})+", whole):
            raise NumberError("invalid")
        return f"{whole.replace(group_mark, '')}.{decimals}"
    mark = "," if commas else "." if points else ""
    if not mark:
        return text
    if text.count(mark) > 1:
        if not _GROUPED.match(text.replace(mark, ",")):
            raise NumberError("invalid")
        return text.replace(mark, "")
    whole, _sep, decimals = text.partition(mark)
    if not decimals:
        raise NumberError("invalid")  # "12," is half a number
    could_be_thousands = 1 <= len(whole) <= 3 and whole[0] != "0" and len(decimals) == 3
    if could_be_thousands and mark != _decimal_mark(language):
        if mark == _GROUPING_MARK.get(language):
            return whole + decimals
        if largest is not None and Decimal(whole + decimals) > largest:
            return f"{whole}.{decimals}"  # read as thousands, it could not be an answer
        value = Decimal(f"{whole}.{decimals}")
        raise NumberError(
            "ambiguous",
            {"value": text, "whole": whole.lstrip("0") + decimals, "decimal": display(value, language, group=False)},
        )
    return f"{whole or '0'}.{decimals}"


def _decimal_mark(language: str) -> str:
    with translation.override(language):
        return formats.get_format("DECIMAL_SEPARATOR")


_PLAIN = re.compile(r"^-?[0-9]+(?:\.[0-9]+)?$")


def kept(raw) -> Decimal | None:
    """A number in the form it is kept in ("24.5", "1200"), or None when `raw` is not in that
    form (then read it with `parse`). Kept answers are read so, whatever the language."""
    text = str(raw or "").strip()
    if len(text) > MAX_LENGTH or not _PLAIN.match(text):
        return None
    number = Decimal(text)
    return number.copy_abs() if number.is_zero() else number


def plain(number: Decimal) -> str:
    """The form a number is kept in: its exact digits, no exponent, a point before decimals."""
    return format(number.copy_abs() if number.is_zero() else number, "f")


def display(value, language: str | None = None, *, group: bool = True) -> str:
    """A kept number (a plain string or a Decimal) in `language`'s way of writing numbers, with
    the digits kept as given; a value that is not a number is shown as it is."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    with translation.override(_language(language)):
        return numberformat.format(
            plain(number),
            formats.get_format("DECIMAL_SEPARATOR"),
            grouping=formats.get_format("NUMBER_GROUPING") if group else 0,
            thousand_sep=formats.get_format("THOUSAND_SEPARATOR"),
            force_grouping=group,
        )
