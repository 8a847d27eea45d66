"""The Elasticsearch 8 backend, for municipalities that run an Elasticsearch cluster: the shared
engine index (`engine_index`, `engines`) reached with the official `elasticsearch` client.

Configured by `ELASTICSEARCH_URL` and `ELASTICSEARCH_INDEX_PREFIX`; chosen with
`SEARCH_BACKEND=elasticsearch`. Its request bodies are checked in `make test`; Maven Central has
no Elasticsearch build with the analysis module to test against (docs/search.md).
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .engines import EngineBackend
from .registry import registry


@registry
class ElasticsearchBackend(EngineBackend):
    id = "elasticsearch"
    label = _("Elasticsearch 8")

    def make_client(self, timeout=None):
        from elasticsearch import Elasticsearch

        return Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=timeout or settings.SEARCH_ENGINE_TIMEOUT)

    def bulk(self, client, actions, refresh) -> None:
        from elasticsearch.helpers import bulk

        if actions:
            bulk(client, actions, refresh=refresh)

    def index_prefix(self) -> str:
        return settings.ELASTICSEARCH_INDEX_PREFIX
