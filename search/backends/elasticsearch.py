"""The Elasticsearch 8 backend, for municipalities that run a search cluster: one index per
language whose settings (the language's analyzer, and the editors' synonyms) are managed with
elasticsearch-dsl. It indexes the same search documents as the database backends and receives
the same expanded query (synonyms, compound parts, spelling), so behaviour stays the same.

Configured by `ELASTICSEARCH_URL`; chosen with `SEARCH_BACKEND=elasticsearch`. Tested by
`make test-elasticsearch` against a running engine (see docs/search.md).
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from elasticsearch_dsl import Document, Index, Keyword, Q, Text, analyzer, connections, token_filter

from ..models import SearchDocument
from ..results import Hit
from .base import SearchBackend
from .registry import registry

#: Elasticsearch's built-in language analyzers' stemmers, by our language codes.
STEMMERS = {"sv": "swedish", "en": "english", "ar": "arabic"}


def connect():
    return connections.create_connection(alias="kommunportal", hosts=[settings.ELASTICSEARCH_URL], timeout=10)


def index_name(language: str) -> str:
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{language}"


def language_analyzer(language: str, synonyms: list[str], name: str):
    """Lowercase, the editors' synonyms (at search time), and the language's stemmer."""
    filters = ["lowercase"]
    if synonyms:
        filters.append(token_filter(f"synonyms_{language}", "synonym_graph", synonyms=synonyms, lenient=True))
    filters.append(token_filter(f"stem_{language}", "stemmer", language=STEMMERS.get(language, "light_english")))
    return analyzer(name, tokenizer="standard", filter=filters)


def index_for(language: str) -> Index:
    from ..models import Synonym

    rules = [
        f"{', '.join(synonym.word_list())} => {synonym.means}"
        for synonym in Synonym.objects.filter(language=language)
        if synonym.word_list()
    ]
    index_analyzer = language_analyzer(language, [], f"kommunportal_{language}")
    search_analyzer = language_analyzer(language, rules, f"kommunportal_{language}_search")

    class SearchEntry(Document):
        language_code = Keyword()
        kind = Keyword()
        page_id = Keyword()
        title = Text(analyzer=index_analyzer, search_analyzer=search_analyzer)
        title_terms = Text(analyzer=index_analyzer, search_analyzer=search_analyzer)
        terms = Text(analyzer=index_analyzer, search_analyzer=search_analyzer)

    index = Index(index_name(language), using="kommunportal")
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(SearchEntry)
    return index


def recreate_indexes(languages) -> None:
    """Drop and create each language's index with the current synonyms (a full rebuild)."""
    connect()
    for language in languages:
        index = index_for(language)
        if index.exists():
            index.delete()
        index.create()


def index_documents(documents) -> None:
    from elasticsearch.helpers import bulk

    client = connect()
    actions = [
        {
            "_index": index_name(document.language),
            "_id": document.pk,
            "language_code": document.language,
            "kind": document.kind,
            "page_id": str(document.page_id),
            "title": document.title,
            "title_terms": document.title_terms,
            "terms": document.terms,
        }
        for document in documents
    ]
    for language in {document.language for document in documents}:
        if not index_for(language).exists():
            index_for(language).create()
    bulk(client, actions, refresh="wait_for")


def delete_page(page_id: int, languages) -> None:
    client = connect()
    for language in languages:
        if client.indices.exists(index=index_name(language)):
            client.delete_by_query(
                index=index_name(language), query={"term": {"page_id": str(page_id)}}, refresh=True, conflicts="proceed"
            )


def search(groups: list[list[str]], language: str, size: int = 200) -> list[tuple[int, float]]:
    """(document id, score) best first: every group of alternatives should match (all groups
    matching ranks higher), titles weigh most."""
    connect()
    if not index_for(language).exists():
        return []
    should = [
        Q("multi_match", query=" ".join(group), fields=["title^3", "title_terms^3", "terms"], operator="or")
        for group in groups
    ]
    prefix = [
        Q("multi_match", query=" ".join(group), fields=["title", "terms"], type="bool_prefix") for group in groups
    ]
    query = Q("bool", should=should + prefix, minimum_should_match=1)
    response = index_for(language).search().query(query).extra(size=size).execute()
    return [(int(hit.meta.id), float(hit.meta.score)) for hit in response]


@registry
class ElasticsearchBackend(SearchBackend):
    id = "elasticsearch"
    label = _("Elasticsearch 8")
    in_database = False

    def hits(self, groups, language, stem) -> list[Hit]:
        rows = search(groups, language)
        documents = SearchDocument.objects.in_bulk([pk for pk, _score in rows])
        return [Hit(documents[pk], score) for pk, score in rows if pk in documents]

    def index_documents(self, documents) -> None:
        index_documents(documents)

    def remove_page(self, page_id, languages) -> None:
        languages = set(languages)
        if languages:
            delete_page(page_id, languages)

    def rebuild(self, languages, documents) -> None:
        recreate_indexes(languages)
        index_documents(list(documents))
