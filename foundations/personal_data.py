"""One set of rules for personal data in free text: what a citizen types into a comment, a
search box or a place description, and what reaches a log line.

Identity numbers (personnummer and samordningsnummer) are confirmed by their control digit
(python-stdnum) and phone numbers by the numbering plan (phonenumbers), so dates, amounts and
case references survive while real numbers are masked.
"""

import re

import phonenumbers
from stdnum.se import personnummer

MASK = "[…]"
PHONE_REGION = "SE"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IDENTITY_CANDIDATE = re.compile(r"(?<![\d-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d-])")
# By shape only, for logs: a mistyped number is personal data too, and a log needs no amounts.
_IDENTITY_SHAPE = re.compile(r"\b(?:19|20)?\d{6}[-+]?\d{4}\b")
_PHONE_SHAPE = re.compile(r"(?<![\d-])(?:\+46|0)[\d \-]{6,}\d")


def _mask_identity_number(match: re.Match) -> str:
    return MASK if personnummer.is_valid(match.group(0)) else match.group(0)


def mask_personal_data(text: str, *, by_shape: bool = False) -> str:
    """The text with e-mail addresses, identity numbers and phone numbers replaced by `MASK`.

    With `by_shape` (logs) anything shaped like an identity or Swedish phone number is masked
    too, even when its control digit or numbering plan says it is mistyped.
    """
    if not text:
        return text or ""
    masked = _EMAIL.sub(MASK, text)
    if by_shape:
        masked = _PHONE_SHAPE.sub(MASK, _IDENTITY_SHAPE.sub(MASK, masked))
    masked = mask_identity_numbers(masked)
    spans = [
        (match.start, match.end)
        for match in phonenumbers.PhoneNumberMatcher(masked, PHONE_REGION, leniency=phonenumbers.Leniency.VALID)
    ]
    for start, end in reversed(spans):
        masked = masked[:start] + MASK + masked[end:]
    return masked


def mask_identity_numbers(text: str) -> str:
    """The text with identity numbers (confirmed by their control digit) replaced by `MASK`, and
    nothing else changed: what a citizen typed, shown back to them."""
    if not text:
        return text or ""
    return _IDENTITY_CANDIDATE.sub(_mask_identity_number, text)


def mask_identity_number(value: str) -> str:
    """A stored identity number for display: the birth date shown, the last four hidden
    (19811218-****)."""
    if not value:
        return ""
    return f"{value[:-4]}****"
