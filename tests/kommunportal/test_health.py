"""Liveness, readiness and the worker's backlog, as load balancers and monitoring read them."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from handover.models import Handover
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_liveness_answers_without_touching_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/health/", HTTP_HOST="10.0.0.5")  # a load balancer's probe
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response["Cache-Control"] == "no-store"


def test_readiness_checks_the_database_and_the_cache(client):
    response = client.get("/health/ready/")
    assert response.status_code == 200
    checks = response.json()["checks"]
    assert checks["database"]["ok"] and checks["cache"]["ok"]


def test_readiness_fails_when_the_database_is_away(client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("database away")

    monkeypatch.setattr(connection, "cursor", broken)
    response = client.get("/health/ready/")
    assert response.status_code == 503
    database = response.json()["checks"]["database"]
    assert database["ok"] is False and database["error"] == "ConnectionError"


@pytest.fixture
def empty_outboxes(db):
    """The demo, committed once on this worker when another test needed it, leaves e-mails and
    hand-overs waiting (no worker runs in the tests): the backlog here is this test's alone."""
    Notification.objects.all().delete()
    Handover.objects.all().delete()


def test_the_worker_check_fails_when_e_mails_wait_too_long(client, settings, empty_outboxes):
    assert client.get("/health/worker/").status_code == 200
    Notification.objects.create(
        kind="receipt", recipient="a@example.com", next_attempt_at=timezone.now() - timedelta(minutes=30)
    )
    settings.HEALTH_MAX_BACKLOG_SECONDS = 600
    response = client.get("/health/worker/")
    assert response.status_code == 503
    worker = response.json()["checks"]["worker"]
    assert worker["emails_due"] == 1 and worker["longest_wait_seconds"] >= 1700


def test_health_endpoints_refuse_writes(client):
    assert client.post("/health/ready/").status_code == 405
