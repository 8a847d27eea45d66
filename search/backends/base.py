"""What a search backend is: it finds the hits for an expanded query in one language and keeps
its own index of the search documents (stored in the database by `search.indexing`) current.

Backends that search the database's own documents (`in_database`) need no index of their own
beyond the database; the most preferred one that suits the database is what `auto` chooses.
"""

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable

from ..models import SearchDocument
from ..results import Hit


class SearchUnavailable(Exception):
    """The backend cannot answer now (its engine is down): the database's own backend answers."""


class SearchBackend(ABC):
    """One way of searching the site's documents; registered in `search.backends.registry`."""

    #: The stable id that `SEARCH_BACKEND` names ("postgres").
    id: str = ""
    label: str = ""
    #: True for backends that search the documents where they are stored: one of these is
    #: always kept current, and is what `auto` chooses.
    in_database: bool = True
    #: Among the database backends that suit the database, `auto` takes the most preferred.
    preference: int = 0

    def suits(self, connection) -> bool:
        """Whether this backend can search the given database connection's documents."""
        return True

    @abstractmethod
    def hits(self, groups: list[list[str]], language: str, stem: Callable[[str], str]) -> list[Hit]:
        """Hits best first: each group holds the alternatives for one word of the query."""

    def index_documents(self, documents: list[SearchDocument]) -> None:
        """Bring the backend's own index up to date for these freshly stored documents
        (nothing to do for a backend that reads the stored documents as they are)."""
        return None

    def remove_page(self, page_id: int, languages: Iterable[str]) -> None:
        """Forget the documents of a page that is gone or no longer searchable."""
        return None

    def sync_page(self, page_id: int) -> bool:
        """Replay a queued update of the page (`search.pending`); True when it is done."""
        return True

    def rebuild(self, languages: Iterable[str], documents: Iterable[SearchDocument]) -> None:
        """After a full rebuild of the stored documents: index all of them anew."""
        self.index_documents(list(documents))

    def health(self) -> dict:
        """Facts for the health check; raises when the backend cannot answer."""
        return {}
