"""The site search's state for the health check: the configured backend, the one answering now
(the database's own while an engine is unreachable), and the index updates waiting for it."""

from .backends.registry import registry
from .pending import waiting


def report() -> dict:
    configured = registry.configured()
    state = {"backend": configured.id, "in_use": configured.id, "fell_back": False}
    try:
        state.update(configured.health())
    except Exception as error:
        fallback = registry.for_database()
        state.update(in_use=fallback.id, fell_back=True, error=type(error).__name__)
    if not configured.in_database:
        state["pending_updates"] = waiting()
    return state
