"""What the search-engine backends (Elasticsearch, OpenSearch) share: an alias per language in
front of the index that holds its documents, hits shown from the engine alone, updates that
survive the engine being down (queued in `search.pending` and replayed), a fallback to the
database's own backend while it is unreachable, and a full rebuild into new indexes that an
alias swap puts in service, so that the search stays online during it.

A backend module says how to reach its engine (`make_client`, `bulk`); the requests are the
same for both (`engine_index`)."""

import logging
from abc import abstractmethod
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from .. import pending
from ..models import SearchDocument
from ..results import Hit
from ..text import SNOWBALL
from . import engine_index
from .base import SearchBackend, SearchUnavailable

logger = logging.getLogger(__name__)

#: The most hits a search returns (20 result pages).
MAX_HITS = 200
#: Documents sent to the engine in one bulk request during a rebuild.
BULK_SIZE = 500
#: A rebuild creates indexes and sends large batches: it may wait longer than a search.
REBUILD_TIMEOUT = 120


class EngineBackend(SearchBackend):
    """A search engine that keeps its own copy of the documents (see the module docstring)."""

    in_database = False

    @abstractmethod
    def make_client(self, timeout: float | None = None):
        """A client of the engine, giving up on a request after `timeout` seconds (default
        `settings.SEARCH_ENGINE_TIMEOUT`)."""

    @abstractmethod
    def bulk(self, client, actions: list[dict], refresh) -> None:
        """Send index actions with the client library's bulk helper."""

    @abstractmethod
    def index_prefix(self) -> str:
        """The prefix of this site's index names (one engine may serve several sites)."""

    # --- Names --------------------------------------------------------------------------------

    def alias(self, language: str) -> str:
        return f"{self.index_prefix()}-{language}"

    def new_index_name(self, language: str) -> str:
        return f"{self.alias(language)}-{timezone.now().strftime('%Y%m%d%H%M%S%f')}"

    # --- Reachability -------------------------------------------------------------------------

    def _down_key(self) -> str:
        return f"search-engine-down:{self.id}:{self.index_prefix()}"

    def is_marked_down(self) -> bool:
        """The engine failed within the last SEARCH_ENGINE_RETRY_SECONDS: do not wait for it."""
        return bool(cache.get(self._down_key()))

    def mark_down(self, error: Exception) -> None:
        logger.warning("Search engine %s unreachable: %s", self.id, error)
        cache.set(self._down_key(), True, settings.SEARCH_ENGINE_RETRY_SECONDS)

    def health(self) -> dict:
        state = self.make_client().cluster.health()
        cache.delete(self._down_key())
        return {"status": state["status"]}

    # --- Searching ----------------------------------------------------------------------------

    def hits(self, groups, language, stem) -> list[Hit]:
        if self.is_marked_down():
            raise SearchUnavailable(self.id)
        try:
            response = self.make_client().search(index=self.alias(language), body=engine_index.query(groups, MAX_HITS))
        except Exception as error:  # unreachable, timed out, no index yet: the database answers
            self.mark_down(error)
            raise SearchUnavailable(self.id) from error
        return [
            Hit(engine_index.from_source(hit["_id"], hit["_source"]), float(hit["_score"]))
            for hit in response["hits"]["hits"]
        ]

    # --- Keeping the index current ------------------------------------------------------------

    def index_documents(self, documents) -> None:
        by_page: dict[int, list[SearchDocument]] = {}
        for document in documents:
            by_page.setdefault(document.page_id, []).append(document)
        for page_id, page_documents in by_page.items():
            self.sync_page(page_id, page_documents)

    def remove_page(self, page_id, languages) -> None:
        self.sync_page(page_id, [])

    def sync_page(self, page_id: int, documents: list[SearchDocument] | None = None) -> bool:
        """Make the engine hold the page's stored documents (or none); when it cannot, queue
        the page for a replay."""
        if documents is None:
            documents = list(SearchDocument.objects.filter(page_id=page_id))
        try:
            if self.is_marked_down():
                raise SearchUnavailable(self.id)
            self._push(page_id, documents)
        except Exception as error:
            if not isinstance(error, SearchUnavailable):
                self.mark_down(error)
            pending.record(page_id, error)
            return False
        pending.done(page_id)
        return True

    def _push(self, page_id: int, documents: list[SearchDocument]) -> None:
        client = self.make_client()
        for language in {*SNOWBALL, *(document.language for document in documents)}:
            if client.indices.exists(index=self.alias(language)):
                client.delete_by_query(
                    index=self.alias(language),
                    body={"query": {"term": {"page_id": str(page_id)}}},
                    refresh=True,
                    conflicts="proceed",
                )
        for language in {document.language for document in documents}:
            self._ensure_alias(client, language)
        actions = [self._action(self.alias(document.language), document) for document in documents]
        if actions:
            self.bulk(client, actions, refresh="wait_for")

    def _ensure_alias(self, client, language: str) -> None:
        if not client.indices.exists(index=self.alias(language)):
            body = {**engine_index.definition(language), "aliases": {self.alias(language): {}}}
            client.indices.create(index=self.new_index_name(language), body=body)

    @staticmethod
    def _action(index: str, document: SearchDocument) -> dict:
        return {"_index": index, "_id": document.pk, "_source": engine_index.source(document)}

    # --- Full rebuild: new indexes, then an alias swap ----------------------------------------

    def rebuild(self, languages: Iterable[str], documents: Iterable[SearchDocument]) -> None:
        """Fill new indexes while the aliases still serve the old ones, then swap each alias
        and drop the old index; pages changed meanwhile are sent again."""
        client = self.make_client(timeout=REBUILD_TIMEOUT)
        started = timezone.now()
        new: dict[str, str] = {}

        def index_for(language):
            if language not in new:
                new[language] = self.new_index_name(language)
                client.indices.create(index=new[language], body=engine_index.definition(language))
            return new[language]

        for language in languages:
            index_for(language)
        batch = []
        for document in documents:
            batch.append(self._action(index_for(document.language), document))
            if len(batch) >= BULK_SIZE:
                self.bulk(client, batch, refresh=False)
                batch = []
        self.bulk(client, batch, refresh=False)
        for language, index in new.items():
            client.indices.refresh(index=index)
            self._swap(client, self.alias(language), index)
        cache.delete(self._down_key())
        changed = SearchDocument.objects.filter(updated_at__gte=started).values_list("page_id", flat=True)
        for page_id in {*changed, *pending.page_ids()}:
            self.sync_page(page_id)

    def _swap(self, client, alias: str, index: str) -> None:
        """Point the alias at `index` in one step, and drop what it pointed at before."""
        old = []
        if client.indices.exists_alias(name=alias):
            old = list(client.indices.get_alias(name=alias))
        actions = [{"add": {"index": index, "alias": alias}}]
        actions += [{"remove": {"index": name, "alias": alias}} for name in old]
        if not old and client.indices.exists(index=alias):  # a plain index of that name (before aliases)
            actions.append({"remove_index": {"index": alias}})
        client.indices.update_aliases(body={"actions": actions})
        for name in old:
            client.indices.delete(index=name, ignore_unavailable=True)

    def drop_indexes(self) -> None:
        """Delete this site's indexes (tests, and taking a site off an engine)."""
        self.make_client().indices.delete(index=f"{self.index_prefix()}-*", ignore_unavailable=True)
