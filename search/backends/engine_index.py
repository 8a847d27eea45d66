"""The index that the search-engine backends (Elasticsearch, OpenSearch) share: one index per
language with the language's stemmer and the editors' synonyms, the fields of a search document,
and the query for the expanded groups of words. Plain request bodies, so that each engine's own
client sends them as they are."""

from ..models import SearchDocument, Synonym

#: The engines' stemmers by our language codes. Swedish is the light stemmer: the Snowball one
#: leaves definite forms such as "bygglovet" unstemmed.
STEMMERS = {"sv": "light_swedish", "en": "english", "ar": "arabic"}
#: Kept in the engine so that a hit is shown from it alone (while a rebuild renews the stored
#: documents, say); only the `TEXT_FIELDS` are searched.
SHOWN_FIELDS = ("language", "kind", "page_id", "block_id", "title", "description", "body", "audiences", "url")
TEXT_FIELDS = ("title", "title_terms", "terms")
#: Added to a hit's score when every word of the query matches, and when they all match its title.
ALL_WORDS_BONUS = 5.0
TITLE_BONUS = 3.0


def synonym_rules(language: str) -> list[str]:
    """The editors' synonyms of a language, as `synonym_graph` rules ("dagis, dagiset => förskola")."""
    return [
        f"{', '.join(synonym.word_list())} => {synonym.means}"
        for synonym in Synonym.objects.filter(language=language)
        if synonym.word_list()
    ]


def analysis(language: str) -> dict:
    """Two analyzers: for indexing (lowercase, stem) and for searching (also the synonyms)."""
    stem = {"type": "stemmer", "language": STEMMERS.get(language, "light_english")}
    filters = {f"stem_{language}": stem}
    search_filters = ["lowercase"]
    rules = synonym_rules(language)
    if rules:
        filters[f"synonyms_{language}"] = {"type": "synonym_graph", "synonyms": rules, "lenient": True}
        search_filters.append(f"synonyms_{language}")
    search_filters.append(f"stem_{language}")
    return {
        "filter": filters,
        "analyzer": {
            f"kommunportal_{language}": {"tokenizer": "standard", "filter": ["lowercase", f"stem_{language}"]},
            f"kommunportal_{language}_search": {"tokenizer": "standard", "filter": search_filters},
        },
    }


def mappings(language: str) -> dict:
    text = {
        "type": "text",
        "analyzer": f"kommunportal_{language}",
        "search_analyzer": f"kommunportal_{language}_search",
    }
    keyword = {"type": "keyword"}
    return {
        # Only these fields are searched; the others are kept to show the hit.
        "dynamic": False,
        "properties": {
            **dict.fromkeys(TEXT_FIELDS, text),
            "language": keyword,
            "kind": keyword,
            "page_id": keyword,
        },
    }


def definition(language: str) -> dict:
    """The settings and mappings of a new index for the language."""
    return {
        "settings": {"number_of_shards": 1, "number_of_replicas": 0, "analysis": analysis(language)},
        "mappings": mappings(language),
    }


def source(document: SearchDocument) -> dict:
    """What the engine keeps of a document."""
    kept = {name: getattr(document, name) for name in SHOWN_FIELDS}
    kept["page_id"] = str(document.page_id)
    return {**kept, "title_terms": document.title_terms, "terms": document.terms}


def from_source(document_id, kept: dict) -> SearchDocument:
    """An unsaved document with the stored one's id, made from what the engine kept."""
    values = {name: kept.get(name, "") for name in SHOWN_FIELDS}
    values["page_id"] = int(values["page_id"])
    return SearchDocument(pk=int(document_id), **values)


def query(groups: list[list[str]], size: int) -> dict:
    """Ranked as on PostgreSQL: how well the words match (titles weigh most), a word's beginning
    finds longer words ("bygg" finds "bygglov") at a fifth of the weight, a bonus when every
    group of alternatives matches, and another when the title is made of them."""

    def each(group, fields, **options):
        return {"multi_match": {"query": " ".join(group), "fields": fields, **options}}

    words = [each(group, ["title^3", "title_terms^3", "terms"]) for group in groups]
    prefixes = [each(group, ["title", "terms"], type="bool_prefix", boost=0.2) for group in groups]
    every_group = {"bool": {"filter": [each(group, ["title_terms", "terms"]) for group in groups]}}
    in_title = {"bool": {"filter": [each(group, ["title", "title_terms"]) for group in groups]}}
    bonuses = [
        {"constant_score": {"filter": every_group, "boost": ALL_WORDS_BONUS}},
        {"constant_score": {"filter": in_title, "boost": TITLE_BONUS}},
    ]
    return {
        "query": {"bool": {"should": words + prefixes + bonuses, "minimum_should_match": 1}},
        "size": size,
        "_source": list(SHOWN_FIELDS),
    }
