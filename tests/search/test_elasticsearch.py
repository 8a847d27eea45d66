"""The Elasticsearch backend. Its index settings (shared with OpenSearch) are checked everywhere;
the behaviour tests run against a real engine with `make test-elasticsearch` (ELASTICSEARCH_URL;
see docs/search.md), where a missing engine fails the run."""

import os
import uuid

import pytest
from django.test import override_settings

from search import engine
from search.backends import engine_index
from search.backends.engines import EngineBackend
from search.backends.registry import registry
from search.indexing import rebuild
from search.models import SearchDocument, Synonym

from .relevance import QUERIES
from .test_relevance import path_under_home

pytestmark = pytest.mark.django_db


def test_each_language_has_its_stemmer_and_the_editors_synonyms_at_search_time():
    Synonym.objects.create(language="sv", words="dagis, dagiset", means="förskola")

    settings = engine_index.definition("sv")["settings"]["analysis"]
    mapping = engine_index.definition("sv")["mappings"]["properties"]["title"]

    assert settings["filter"]["stem_sv"] == {"type": "stemmer", "language": "light_swedish"}
    assert "dagis, dagiset => förskola" in settings["filter"]["synonyms_sv"]["synonyms"]
    assert "synonyms_sv" not in settings["analyzer"][mapping["analyzer"]]["filter"]
    assert "synonyms_sv" in settings["analyzer"][mapping["search_analyzer"]]["filter"]
    assert engine_index.definition("ar")["settings"]["analysis"]["filter"]["stem_ar"]["language"] == "arabic"


def test_elasticsearch_and_opensearch_share_one_index_definition(settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = settings.OPENSEARCH_INDEX_PREFIX = "site"
    elasticsearch, opensearch = registry.get("elasticsearch"), registry.get("opensearch")

    assert isinstance(elasticsearch, EngineBackend) and isinstance(opensearch, EngineBackend)
    assert elasticsearch.alias("sv") == opensearch.alias("sv") == "site-sv"
    assert type(elasticsearch).hits is type(opensearch).hits is EngineBackend.hits


def test_a_hit_is_shown_from_what_the_engine_kept():
    document = SearchDocument(pk=7, language="sv", kind="page", page_id=3, title="Bygglov", url="/bygglov/")

    shown = engine_index.from_source(7, engine_index.source(document))

    assert (shown.pk, shown.page_id, shown.title, shown.url) == (7, 3, "Bygglov", "/bygglov/")


@pytest.fixture
def elasticsearch(demo):
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.fail("make test-elasticsearch needs ELASTICSEARCH_URL (see docs/search.md)")
    prefix = f"kommunportal-test-{uuid.uuid4().hex[:8]}"
    with override_settings(SEARCH_BACKEND="elasticsearch", ELASTICSEARCH_URL=url, ELASTICSEARCH_INDEX_PREFIX=prefix):
        rebuild()
        yield
        registry.get("elasticsearch").drop_indexes()


@pytest.mark.elasticsearch
def test_nine_in_ten_queries_find_the_expected_page_in_the_top_three_on_elasticsearch(elasticsearch):
    top_three = 0
    for language, query, expected in QUERIES:
        shown = [path_under_home(hit.document.page) for hit in engine.search(query, language).hits[:3]]
        top_three += expected in shown
    print(f"\nelasticsearch: top 3 {top_three}/{len(QUERIES)}")
    assert top_three / len(QUERIES) >= 0.9


@pytest.mark.elasticsearch
def test_only_the_current_language_is_searched_on_elasticsearch(elasticsearch):
    swedish = {hit.document.language for hit in engine.search("bygglov", "sv").hits}
    assert swedish == {"sv"}
