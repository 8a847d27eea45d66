"""Keep personal data out of free-text feedback: identity numbers, e-mail addresses and phone
numbers typed into a comment are masked (`foundations.personal_data`) before it is stored."""

import re

import nh3

from foundations.personal_data import mask_personal_data

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def sanitise(text: str) -> str:
    """Plain text only: markup removed (templates escape what is left), control characters dropped."""
    text = nh3.clean(text or "", tags=set(), attributes={}, strip_comments=True)
    # nh3 escapes what it keeps; the comment is plain text, escaped again when shown.
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", '"')
    return _CONTROL.sub("", text).strip()


def clean_comment(text: str) -> tuple[str, bool]:
    """The comment as stored: plain text with personal data masked, and whether any was."""
    text = sanitise(text)
    masked = mask_personal_data(text)
    return masked, masked != text
