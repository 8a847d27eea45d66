"""The site search: the citizen's words (with editors' synonyms and compound parts) matched
against the search documents of one language, promoted results first, a highlighted snippet
for each hit, and a "did you mean" when nothing is found.

The backend that finds the hits is a plugin (`search.backends`), named by `SEARCH_BACKEND`
(`auto`: PostgreSQL full-text search on PostgreSQL, else the database backend). While a search
engine cannot answer, the database's own backend does (`Results.fell_back`).
"""

import difflib
import math

import snowballstemmer

from foundations.tree_cache import cached, invalidate

from .backends.base import SearchUnavailable
from .backends.registry import registry
from .indexing import vocabulary
from .models import SearchDocument, Synonym
from .results import Hit, Results
from .text import SNOWBALL, split_compound, words

#: Words at least this long that are not the site's own are also searched as their closest
#: site word, when it is this similar (difflib ratio).
FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 0.85


def stemmer_for(language: str):
    algorithm = SNOWBALL.get(language)
    if algorithm is None:
        return lambda word: word
    stemmer = snowballstemmer.stemmer(algorithm)
    return stemmer.stemWord


#: The cache scope of the editors' synonyms: an edit bumps it (`synonyms_changed`), nothing else does.
SYNONYMS = "search-synonyms"


def synonyms(language: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The editors' synonyms of a language as (citizens' words, the site's words) pairs."""
    return cached(
        f"search-synonyms:{language}",
        lambda: tuple(
            (tuple(synonym.word_list()), tuple(words(synonym.means)))
            for synonym in Synonym.objects.filter(language=language)
        ),
        scope=SYNONYMS,
    )


def synonyms_changed(**kwargs) -> None:
    invalidate(SYNONYMS)


def expand(query: str, language: str, known: set[str]) -> tuple[list[list[str]], set[str]]:
    """One group of alternatives per word of the query: the word, its synonyms' meanings and
    its compound parts, or the site's word for a likely misspelling ("byglov"). Also the
    synonyms' words (for "did you mean")."""
    given = words(query)
    text = f" {' '.join(given)} "
    pairs = synonyms(language)
    synonym_words = {word for citizen_words, _means in pairs for word in citizen_words}
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
    for citizen_words, means in pairs:
        for phrase in citizen_words:
            if f" {phrase} " in text:
                first = given.index(phrase.split()[0])
                groups[first].extend(means)
    return [list(dict.fromkeys(group)) for group in groups], synonym_words


def known_words(language: str) -> set[str]:
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
    results.backend, found = _hits(groups, language, stem)
    results.fell_back = results.backend != registry.configured().id
    hits = _promoted_first(query, language, found)
    stems = {stem(term) for term in terms}
    for hit in hits:
        hit.highlight = (stems, stem)
    results.hits = hits
    if not hits:
        results.suggestion = did_you_mean(query, known | synonym_words)
        if results.suggestion and correct:
            corrected = search(results.suggestion, language, correct=False)
            results.hits, results.corrected = corrected.hits, bool(corrected.hits)
            results.backend, results.fell_back = corrected.backend, corrected.fell_back
    return results


def _hits(groups, language, stem) -> tuple[str, list[Hit]]:
    """The configured backend's hits; the database's own backend's while that one cannot answer."""
    backend = registry.configured()
    try:
        return backend.id, backend.hits(groups, language, stem)
    except SearchUnavailable:
        fallback = registry.for_database()
        return fallback.id, fallback.hits(groups, language, stem)


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
