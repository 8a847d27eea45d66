"""Text for the search index: words of pages and blocks, normalised, with Swedish compound
words split into their parts ("bygglovsansökan" → "bygglov ansökan") using the words the site
itself uses, so that a compound finds its parts and the parts find the compound."""

import re

from django.utils.html import strip_tags
from wagtail.blocks import StreamValue, StructValue
from wagtail.rich_text import RichText

#: The Snowball stemmer of each language the site is written in (PostgreSQL's text search
#: configurations have the same names).
SNOWBALL = {"sv": "swedish", "en": "english", "ar": "arabic"}
_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PART = 3


def words(text: str) -> list[str]:
    return [_definite(word) for word in _WORD.findall((text or "").casefold()) if not word.isdigit() or len(word) > 2]


def _definite(word: str) -> str:
    """Swedish nouns in -a take -n in the definite form (skola, skolan; lampa, lampan), which the
    Snowball stemmer leaves alone; dropping the n lets both forms share a stem."""
    return word[:-1] if len(word) > 5 and word.endswith("an") else word


def block_text(value) -> str:
    """Every piece of text in a block value (rich text without tags), depth first."""
    parts: list[str] = []

    def walk(item):
        if isinstance(item, RichText):
            parts.append(strip_tags(item.source))
        elif isinstance(item, StreamValue):
            for child in item:
                walk(child.value)
        elif isinstance(item, StructValue | dict):
            for child in item.values():
                walk(child)
        elif isinstance(item, list | tuple) or type(item).__name__ == "ListValue":
            for child in item:
                walk(child)
        elif isinstance(item, str):
            parts.append(item)

    walk(value)
    return " ".join(part for part in parts if part)


def split_compound(word: str, vocabulary: set[str]) -> list[str]:
    """The parts of a compound made of known words (with a linking s allowed), else []."""
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        for stem in (head, head[:-1] if head.endswith("s") else None):
            if stem and len(stem) >= MIN_PART and stem in vocabulary:
                if tail in vocabulary:
                    return [stem, tail]
                rest = split_compound(tail, vocabulary)
                if rest:
                    return [stem, *rest]
    return []


def with_parts(text: str, vocabulary: set[str]) -> str:
    """The words of `text`, each compound followed by its parts."""
    result = []
    for word in words(text):
        result.append(word)
        if len(word) >= 2 * MIN_PART:
            result.extend(split_compound(word, vocabulary))
    return " ".join(result)
