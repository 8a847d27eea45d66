"""The anonymous weekly log of searches: what was searched, how often nothing was found, how
often a result was opened. Personal data in a query (identity numbers, e-mail addresses, phone
numbers) is masked before anything is stored, and nothing ties a query to a person.

Names are masked too: two or more words in a row that the site itself never uses ("anna
svensson bygglov") are most likely a person's name and are stored as one mask ("[…] bygglov").
A single unknown word stays, since that is how the zero-hit report shows what the site lacks
or what citizens misspell (docs/search.md).
"""

import datetime
import time

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from foundations.personal_data import MASK, mask_personal_data

from .models import QueryWeek, SearchDocument, Synonym
from .text import words

#: A query searched at least this often in a week whose results were opened in fewer than this
#: share of searches is a "low-click" query.
LOW_CLICK_MIN_SEARCHES = 3
LOW_CLICK_SHARE = 0.2


def week_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


#: What a masked stretch is while the words are normalised (words() would split "[…]").
MASKED_WORD = "maskerat"
#: How long a process keeps a language's vocabulary before reading it again.
VOCABULARY_SECONDS = 600
_vocabularies: dict[str, tuple[float, frozenset]] = {}


def site_vocabulary(language: str) -> frozenset:
    """Every word the site's indexed pages, e-services and synonyms use in `language`."""
    read_at, known = _vocabularies.get(language, (0.0, frozenset()))
    if time.monotonic() - read_at < VOCABULARY_SECONDS:
        return known
    found: set[str] = set()
    for title, terms in SearchDocument.objects.filter(language=language).values_list("title_terms", "terms").iterator():
        found.update(words(title))
        found.update(words(terms))
    for synonym, means in Synonym.objects.values_list("words", "means"):
        found.update(words(f"{synonym} {means}"))
    known = frozenset(found)
    _vocabularies[language] = (time.monotonic(), known)
    return known


def _mask_names(tokens: list[str], known: frozenset) -> list[str]:
    """Runs of two or more words outside the site's vocabulary (not numbers) become one mask."""
    result: list[str] = []
    run: list[str] = []
    for token in [*tokens, None]:
        if token is not None and token not in known and not token.isdigit() and token != MASKED_WORD:
            run.append(token)
            continue
        result.extend([MASKED_WORD] if len(run) > 1 else run)
        run = []
        if token is not None:
            result.append(token)
    return result


def normalised(query: str, language: str = "") -> str:
    masked = mask_personal_data(query or "")
    tokens = words(masked.replace(MASK, " MASKERAT "))
    if language:
        tokens = _mask_names(tokens, site_vocabulary(language))
    return " ".join(tokens)[:200].replace(MASKED_WORD, MASK)


def _count(query: str, language: str, **increments) -> None:
    """Add to this week's counters of the query: one UPDATE when the row exists (nearly always),
    so logging costs a search a single query."""
    text = normalised(query, language)
    if not text:
        return
    key = {"week": week_of(timezone.localdate()), "language": language, "query": text}
    changes = {field: F(field) + amount for field, amount in increments.items()}
    if QueryWeek.objects.filter(**key).update(**changes):
        return
    try:
        with transaction.atomic():
            QueryWeek.objects.create(**key, **increments)
    except IntegrityError:  # another request made the row in between
        QueryWeek.objects.filter(**key).update(**changes)


def record_search(query: str, language: str, hits: int) -> None:
    _count(query, language, searches=1, zero_hits=1 if hits == 0 else 0)


def record_click(query: str, language: str) -> None:
    _count(query, language, clicks=1)


def report(week: datetime.date, language: str | None = None) -> dict:
    """The week's zero-hit and low-click queries, most searched first."""
    rows = QueryWeek.objects.filter(week=week)
    if language:
        rows = rows.filter(language=language)
    zero = rows.filter(zero_hits__gt=0).order_by("-zero_hits", "query")
    low = [
        row
        for row in rows.filter(zero_hits=0, searches__gte=LOW_CLICK_MIN_SEARCHES).order_by("-searches", "query")
        if row.clicks < row.searches * LOW_CLICK_SHARE
    ]
    return {"zero_hits": list(zero), "low_clicks": low, "searches": sum(row.searches for row in rows)}
