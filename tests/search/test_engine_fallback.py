"""A search engine that cannot be reached (nothing listens at its address): the site search
falls back to the database, updates wait in the database and are replayed, the health check
tells. No engine is needed for these."""

from datetime import timedelta

import pytest
from django.utils import timezone

from search import engine, pending
from search.backends.registry import registry
from search.models import PendingIndexUpdate
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine_down(settings):
    settings.SEARCH_BACKEND = "opensearch"
    settings.OPENSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    settings.SEARCH_ENGINE_TIMEOUT = 1
    return registry.get("opensearch")


@pytest.fixture
def published(home_page, django_capture_on_commit_callbacks):
    def run(title, intro):
        page = InformationPageFactory(parent=home_page, title=title, intro=intro)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return run


def test_the_database_answers_while_the_engine_cannot(engine_down, published):
    published("Kolonilott", "Hyr en kolonilott och odla grönsaker.")

    results = engine.search("kolonilott", "sv")

    assert results.fell_back and results.backend == registry.for_database().id
    assert [hit.document.title for hit in results.hits] == ["Kolonilott"]


def test_an_update_the_engine_missed_waits_in_the_database(engine_down, published):
    page = published("Kolonilott", "Hyr en kolonilott.")

    update = PendingIndexUpdate.objects.get(page_id=page.pk)
    assert update.attempts >= 1 and update.last_error
    assert update.next_attempt_at > timezone.now()


def test_waiting_updates_are_replayed_once_the_engine_answers(engine_down, published, monkeypatch):
    page = published("Kolonilott", "Hyr en kolonilott.")
    sent = []
    monkeypatch.setattr(type(engine_down), "_push", lambda self, page_id, documents: sent.append(page_id))
    from django.core.cache import cache

    cache.clear()  # the engine is no longer marked down

    assert pending.replay_due(timezone.now() + timedelta(hours=1)) == 1
    assert page.pk in sent and not PendingIndexUpdate.objects.exists()


def test_once_the_engine_answers_updates_still_in_backoff_go_at_once(engine_down, published, monkeypatch):
    early = published("Kolonilott", "Hyr en kolonilott.")
    late = published("Båtplats", "Hyr en båtplats.")
    PendingIndexUpdate.objects.filter(page_id=early.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    PendingIndexUpdate.objects.filter(page_id=late.pk).update(next_attempt_at=timezone.now() + timedelta(minutes=10))
    sent = []
    monkeypatch.setattr(type(engine_down), "_push", lambda self, page_id, documents: sent.append(page_id))
    from django.core.cache import cache

    cache.clear()  # the engine is no longer marked down

    assert pending.replay_due() == 2
    assert sent == [early.pk, late.pk] and not PendingIndexUpdate.objects.exists()


def test_a_replay_that_still_fails_waits_longer(engine_down, published):
    page = published("Kolonilott", "Hyr en kolonilott.")
    first = PendingIndexUpdate.objects.get(page_id=page.pk)
    from django.core.cache import cache

    cache.clear()
    pending.replay_due(timezone.now() + timedelta(hours=1))

    again = PendingIndexUpdate.objects.get(page_id=page.pk)
    assert again.attempts == first.attempts + 1 and again.next_attempt_at > first.next_attempt_at


def test_backoff_doubles_and_stops_at_ten_minutes():
    assert [pending.backoff(n).total_seconds() for n in (1, 2, 3)] == [10, 20, 40]
    assert pending.backoff(30) == timedelta(minutes=10)


def test_the_readiness_check_shows_the_fallback_and_stays_ready(engine_down, published, client):
    published("Kolonilott", "Hyr en kolonilott.")

    response = client.get("/health/ready/")

    assert response.status_code == 200
    search = response.json()["checks"]["search"]
    assert search["backend"] == "opensearch" and search["in_use"] == registry.for_database().id
    assert search["fell_back"] is True and search["pending_updates"] == 1


def test_the_readiness_check_names_the_database_backend_when_no_engine_is_configured(client, settings):
    settings.SEARCH_BACKEND = "auto"

    search = client.get("/health/ready/").json()["checks"]["search"]

    assert search["backend"] == search["in_use"] == registry.for_database().id
    assert search["fell_back"] is False
