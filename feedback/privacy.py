"""Keep personal data out of free-text feedback: identity numbers, e-mail addresses and phone
numbers typed into a comment are masked (`foundations.personal_data`) before it is stored."""

from foundations.free_text import clean_text
from foundations.personal_data import mask_personal_data


def sanitise(text: str) -> str:
    """The comment as typed, less invisible control characters and bidi overrides.

    A comment is plain text, escaped wherever it is shown, so nothing that looks like markup is
    removed: "priset < 100 kr och > 50 kr" and "<3" are what the citizen meant to say.
    """
    return clean_text(text or "").strip()


def clean_comment(text: str) -> tuple[str, bool]:
    """The comment as stored: plain text with personal data masked, and whether any was."""
    text = sanitise(text)
    masked = mask_personal_data(text)
    return masked, masked != text
