"""Search backends are plugins: found by id in a registry, `auto` picks the database's own."""

import pytest
from django.db import connection

from search.backends.base import SearchBackend
from search.backends.database import DatabaseBackend
from search.backends.postgres import PostgresBackend
from search.backends.registry import SearchBackendRegistry, registry
from search.checks import search_backend_is_installed
from search.results import Hit


class QuietBackend(SearchBackend):
    id = "quiet"
    label = "Quiet"
    in_database = False

    def hits(self, groups, language, stem) -> list[Hit]:
        return []


def fresh_registry() -> SearchBackendRegistry:
    """A registry of its own with the database backends and a quiet engine."""
    fresh = SearchBackendRegistry()
    for backend_class in (DatabaseBackend, PostgresBackend, QuietBackend):
        fresh(backend_class)
    return fresh


def test_the_built_in_backends_are_registered_by_id():
    assert {"database", "postgres", "elasticsearch"} <= {backend.id for backend in registry}


def test_auto_chooses_postgres_on_postgresql_and_the_database_backend_elsewhere(settings):
    settings.SEARCH_BACKEND = "auto"

    expected = "postgres" if connection.vendor == "postgresql" else "database"
    assert registry.configured().id == expected


def test_a_backend_named_in_the_settings_is_looked_up_by_id(settings):
    fresh = fresh_registry()
    settings.SEARCH_BACKEND = "quiet"

    assert isinstance(fresh.configured(), QuietBackend)


def test_the_database_backend_is_kept_current_beside_an_engine(settings):
    fresh = fresh_registry()
    settings.SEARCH_BACKEND = "quiet"

    assert [backend.id for backend in fresh.kept_current()] == [registry.for_database().id, "quiet"]


def test_an_unknown_backend_is_a_system_check_error(settings):
    settings.SEARCH_BACKEND = "solr"

    errors = search_backend_is_installed(None)

    assert [error.id for error in errors] == ["search.E001"]
    assert "postgres" in errors[0].hint


@pytest.mark.django_db
def test_the_search_says_which_backend_answered(settings):
    from search import engine

    settings.SEARCH_BACKEND = "database"

    assert engine.search("bygglov", "sv").backend == "database"
