"""The site search: the citizen's words (with editors' synonyms and compound parts) matched
against the search documents of one language, promoted results first, a highlighted snippet
for each hit, and a "did you mean" when nothing is found.

Backends, chosen by `SEARCH_BACKEND` (`auto`: PostgreSQL when the database is PostgreSQL):
* `postgres`: full-text search with the language's Snowball configuration (swedish, english,
  arabic), a GIN-indexed weighted tsvector, ranked with ts_rank.
* `database`: any database (SQLite by default); the same Snowball stemmers in Python.
* `elasticsearch`: Elasticsearch 8 (`search.elastic`), one index per language.
"""

import difflib
import math
from dataclasses import dataclass, field
from functools import cached_property

import snowballstemmer
from django.conf import settings
from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .indexing import config_for, vocabulary
from .models import SearchDocument, Synonym
from .text import split_compound, words

STEMMERS = {"sv": "swedish", "en": "english", "ar": "arabic"}
SNIPPET_WORDS = 30
#: Words at least this long that are not the site's own are also searched as their closest
#: site word, when it is this similar (difflib ratio).
FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 0.85
#: The most hits a search returns (20 result pages).
MAX_HITS = 200
#: Fields a result never shows, left in the database.
UNSHOWN_FIELDS = ("terms", "title_terms", "search_vector")


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

    @property
    def total(self) -> int:
        return len(self.hits)


def stemmer_for(language: str):
    algorithm = STEMMERS.get(language)
    if algorithm is None:
        return lambda word: word
    stemmer = snowballstemmer.stemmer(algorithm)
    return stemmer.stemWord


def expand(query: str, language: str, known: set[str]) -> tuple[list[list[str]], set[str]]:
    """One group of alternatives per word of the query: the word, its synonyms' meanings and
    its compound parts, or the site's word for a likely misspelling ("byglov"). Also the
    synonyms' words (for "did you mean")."""
    given = words(query)
    text = f" {' '.join(given)} "
    synonyms = [(synonym.word_list(), words(synonym.means)) for synonym in Synonym.objects.filter(language=language)]
    synonym_words = {word for citizen_words, _means in synonyms for word in citizen_words}
    groups = []
    for word in given:
        group = [word]
        if word not in known and word not in synonym_words:  # a word the site uses is searched as it is
            parts = split_compound(word, known)
            close = (
                []
                if parts or len(word) < FUZZY_MIN_LENGTH
                else difflib.get_close_matches(word, known, n=1, cutoff=FUZZY_CUTOFF)
            )
            group = close[:1] or [word, *parts]
        groups.append(group)
    for citizen_words, means in synonyms:
        for phrase in citizen_words:
            if f" {phrase} " in text:
                first = given.index(phrase.split()[0])
                groups[first].extend(means)
    return [list(dict.fromkeys(group)) for group in groups], synonym_words


def backend_name() -> str:
    chosen = getattr(settings, "SEARCH_BACKEND", "auto")
    if chosen == "auto":
        return "postgres" if connection.vendor == "postgresql" else "database"
    return chosen


def known_words(language: str) -> set[str]:
    from foundations.tree_cache import cached

    return cached(f"search-vocabulary:{language}", lambda: frozenset(vocabulary(language)))


def search(query: str, language: str, *, correct: bool = True) -> Results:
    """Hits for the query, best first. When nothing matches and a close spelling does, the hits
    for that spelling (`corrected`)."""
    known = set(known_words(language))
    groups, synonym_words = expand(query, language, known)
    terms = list(dict.fromkeys(term for group in groups for term in group))
    results = Results(query=query, language=language, terms=terms)
    if not terms:
        return results
    stem = stemmer_for(language)
    if backend_name() == "elasticsearch":
        hits = _elasticsearch(groups, language)
    elif backend_name() == "postgres":
        hits = _postgres(groups, language)
    else:
        hits = _database(groups, language, stem)
    hits = _promoted_first(query, language, hits)
    stems = {stem(term) for term in terms}
    for hit in hits:
        hit.highlight = (stems, stem)
    results.hits = hits
    if not hits:
        results.suggestion = did_you_mean(query, known | synonym_words)
        if results.suggestion and correct:
            corrected = search(results.suggestion, language, correct=False)
            results.hits, results.corrected = corrected.hits, bool(corrected.hits)
    return results


def _database(groups, language, stem) -> list[Hit]:
    stem_groups = [{stem(term) for term in group} for group in groups]
    stems = set().union(*stem_groups)
    hits = []
    for document in SearchDocument.objects.filter(language=language).select_related("page"):
        title = [stem(word) for word in document.title_terms.split()]
        body = [stem(word) for word in document.terms.split()]
        words_here = set(title) | set(body)
        matched = sum(1 for group in stem_groups if group & words_here)
        if not matched:
            continue
        score = sum(3.0 for term in stems if term in title) + sum(math.log1p(body.count(term)) for term in stems)
        # A title made of the query's words (a short, exact title) beats a long one mentioning them.
        score += 2.0 * sum(1 for word in title if word in stems) / max(len(title), 1)
        score *= matched / len(stem_groups)
        hits.append(Hit(document, score))
    hits.sort(key=lambda hit: (-hit.score, hit.document.title))
    return hits


def _postgres(groups, language) -> list[Hit]:
    """Found by prefix (so that "bygg" finds "bygglov"), ranked by exact words: how well they
    match (title weighs most), whether all of them match, and a short title made of them."""
    config = config_for(language)
    terms = [term for group in groups for term in group]
    prefix_any = " | ".join(f"{term}:*" for term in terms)
    exact_any = " | ".join(terms)
    exact_all = " & ".join(f"({' | '.join(group)})" for group in groups)
    table = SearchDocument._meta.db_table
    sql = (
        "WITH q AS (SELECT to_tsquery(%(c)s::regconfig, %(pa)s) AS prefix_any, "  # noqa: S608
        "to_tsquery(%(c)s::regconfig, %(ea)s) AS exact_any, to_tsquery(%(c)s::regconfig, %(el)s) AS exact_all) "
        "SELECT id, ts_rank(search_vector, q.exact_any, 1) + 0.2 * ts_rank(search_vector, q.prefix_any, 1) "
        "+ CASE WHEN search_vector @@ q.exact_all THEN 1 ELSE 0 END "
        "+ CASE WHEN to_tsvector(%(c)s::regconfig, title_terms) @@ q.exact_all "
        "THEN 1.0 / (1 + length(to_tsvector(%(c)s::regconfig, title_terms))) ELSE 0 END AS score "
        f"FROM {table}, q WHERE language = %(l)s AND search_vector @@ q.prefix_any "
        "ORDER BY score DESC, title LIMIT %(n)s"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql, {"c": config, "pa": prefix_any, "ea": exact_any, "el": exact_all, "l": language, "n": MAX_HITS}
        )
        rows = cursor.fetchall()
    documents = SearchDocument.objects.defer(*UNSHOWN_FIELDS).in_bulk([row[0] for row in rows])
    return [Hit(documents[pk], float(score)) for pk, score in rows if pk in documents]


def _elasticsearch(groups, language) -> list[Hit]:
    from . import elastic

    rows = elastic.search(groups, language)
    documents = SearchDocument.objects.in_bulk([pk for pk, _score in rows])
    return [Hit(documents[pk], score) for pk, score in rows if pk in documents]


def _promoted_first(query: str, language: str, hits: list[Hit]) -> list[Hit]:
    """Editors' promoted results for this query (Wagtail's search promotions) lead the list."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    page_ids = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query), page__isnull=False)
        .order_by("sort_order")
        .values_list("page_id", flat=True)
    )
    if not page_ids:
        return hits
    documents: dict[int, SearchDocument] = {}
    for document in SearchDocument.objects.filter(page_id__in=page_ids, language=language, block_id=""):
        documents[document.page_id] = document
    promoted = []
    for page_id in page_ids:
        # The e-service on a promoted page is what the citizen came for, when there is one.
        on_page = [hit for hit in hits if hit.document.page_id == page_id]
        document = next((hit.document for hit in on_page if hit.document.block_id), None) or documents.get(page_id)
        if document is not None:
            promoted.append(Hit(document, math.inf, promoted=True))
    shown = {hit.document.pk for hit in promoted}
    return promoted + [hit for hit in hits if hit.document.pk not in shown]


def did_you_mean(query: str, known: set[str]) -> str:
    """The query with each unknown word replaced by the closest word the site uses, or ""."""
    given = words(query)
    changed, result = False, []
    for word in given:
        if word in known:
            result.append(word)
            continue
        close = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
        if close:
            result.append(close[0])
            changed = True
        else:
            result.append(word)
    return " ".join(result) if changed else ""
