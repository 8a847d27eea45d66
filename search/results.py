"""What a search gives: hits (a search document and its score, with a highlighted snippet) and
the results of one query. Backends return hits; the engine adds promotions and suggestions."""

from dataclasses import dataclass, field
from functools import cached_property

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import SearchDocument
from .text import words

SNIPPET_WORDS = 30


@dataclass
class Hit:
    document: SearchDocument
    score: float
    promoted: bool = False
    #: (stems of the query, stemmer): set by `search`, used to highlight the snippet.
    highlight: tuple = ()

    @cached_property
    def snippet(self):
        """Up to 30 words of the description (or text) around the first match, matches in
        <mark>. Made only for the hits that are shown."""
        stems, stem = self.highlight or (set(), lambda word: word)
        text = self.document.description or self.document.body
        tokens = text.split()
        start = 0
        for index, token in enumerate(tokens):
            if any(stem(word) in stems for word in words(token)):
                start = max(0, index - 8) if index >= SNIPPET_WORDS else 0
                break
        parts = []
        for token in tokens[start : start + SNIPPET_WORDS]:
            if any(stem(word) in stems for word in words(token)):
                parts.append(f"<mark>{escape(token)}</mark>")
            else:
                parts.append(escape(token))
        prefix = "… " if start else ""
        suffix = " …" if start + SNIPPET_WORDS < len(tokens) else ""
        # Every token was escaped above; only our <mark> tags are markup.
        return mark_safe(prefix + " ".join(parts) + suffix)  # noqa: S308


@dataclass
class Results:
    query: str
    language: str
    terms: list[str]
    hits: list[Hit] = field(default_factory=list)
    suggestion: str = ""
    #: The suggestion whose results are shown because the query itself found nothing.
    corrected: bool = False
    #: The id of the backend that answered, and whether that was the fallback for an engine
    #: that could not answer.
    backend: str = ""
    fell_back: bool = False

    @property
    def total(self) -> int:
        return len(self.hits)
