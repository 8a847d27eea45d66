"""The registry of search backends: the built-in ones (database, postgres, elasticsearch, opensearch)
register here, apps add theirs in a `search_backends.py` module. `configured()` is the backend
`SEARCH_BACKEND` names; `AUTO` picks the most preferred database backend that suits the
database."""

from django.conf import settings
from django.db import connection

from foundations.registry import Registry

from .base import SearchBackend

DISCOVERY_MODULE = "search_backends"
#: The value of SEARCH_BACKEND that lets the database decide.
AUTO = "auto"


def _built_in():
    from . import database, elasticsearch, opensearch, postgres  # noqa: F401 - they register themselves


class SearchBackendRegistry(Registry[SearchBackend]):
    def __init__(self):
        super().__init__("search backend", discovery_module=DISCOVERY_MODULE, built_in=_built_in)

    def for_database(self) -> SearchBackend:
        """The most preferred backend that searches the database's own documents."""
        suitable = [backend for backend in self if backend.in_database and backend.suits(connection)]
        if not suitable:
            raise LookupError("No search backend suits this database")
        return max(suitable, key=lambda backend: backend.preference)

    def configured(self) -> SearchBackend:
        chosen = getattr(settings, "SEARCH_BACKEND", AUTO)
        return self.for_database() if chosen == AUTO else self.get(chosen)

    def kept_current(self) -> list[SearchBackend]:
        """The backends whose index follows every change: the database's own one (which the
        site falls back to) and the configured one, when that is another."""
        backends = [self.for_database()]
        configured = self.configured()
        if configured is not backends[0]:
            backends.append(configured)
        return backends


registry = SearchBackendRegistry()
