"""Cleaning what a citizen typed before it is searched."""

import re

MAX_QUERY_LENGTH = 200
#: Punctuation and control characters become spaces: a citizen's words are what we search for,
#: and quotes, brackets or NUL would otherwise reach a query parser as syntax.
_NOT_A_WORD = re.compile(r"[^\w\s]|[\x00-\x1f\x7f_]")


def clean_query(raw: str) -> str:
    return " ".join(_NOT_A_WORD.sub(" ", raw or "").split())[:MAX_QUERY_LENGTH]
