"""Keep personal data out of free-text feedback: identity numbers, e-mail addresses and phone
numbers typed into a comment are found and masked before the comment is stored or shown.

Identity numbers are confirmed by their control digit (python-stdnum) and phone numbers by the
numbering plan (phonenumbers), so dates, amounts and case references survive.
"""

import re

import nh3
import phonenumbers
from stdnum.se import personnummer

MASK = "[…]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IDENTITY_CANDIDATE = re.compile(r"(?<![\d-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d-])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def sanitise(text: str) -> str:
    """Plain text only: markup removed (templates escape what is left), control characters dropped."""
    text = nh3.clean(text or "", tags=set(), attributes={}, strip_comments=True)
    # nh3 escapes what it keeps; the comment is plain text, escaped again when shown.
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", '"')
    return _CONTROL.sub("", text).strip()


def mask_personal_data(text: str) -> tuple[str, bool]:
    """The text with identity numbers, e-mail addresses and phone numbers masked, and whether
    anything was masked."""
    masked = _EMAIL.sub(MASK, text)
    masked = _IDENTITY_CANDIDATE.sub(_mask_identity_number, masked)
    spans = [
        (match.start, match.end)
        for match in phonenumbers.PhoneNumberMatcher(masked, "SE", leniency=phonenumbers.Leniency.VALID)
    ]
    for start, end in reversed(spans):
        masked = masked[:start] + MASK + masked[end:]
    return masked, masked != text


def _mask_identity_number(match: re.Match) -> str:
    return MASK if personnummer.is_valid(match.group(0)) else match.group(0)


def clean_comment(text: str) -> tuple[str, bool]:
    return mask_personal_data(sanitise(text))
