"""The outbox: recorded with the case, delivered in order, retried with backoff and the same
event id, parked after the last retry, retried by hand."""

from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from handover import outbox
from handover.base import CASE_CREATED, CITIZEN_MESSAGE, HandoverBackend, PermanentError, RetryableError
from handover.delivery import deliver
from handover.models import Handover, HandoverStatus
from handover.registry import registry
from handover.states import describe, health

from .conftest import handover_page, submit_contact


class Scripted(HandoverBackend):
    """A backend that answers as the test tells it, and remembers what it got."""

    id = "scripted"
    label = "Scripted"
    answers: list = []
    received: list = []

    def settings_block(self):
        from wagtail import blocks

        return blocks.StructBlock([("name", blocks.CharBlock(required=False))])

    def target(self, settings):
        return "Scripted system"

    def deliver(self, handover, files):
        self.received.append((str(handover.event_id), handover.event_type))
        answer = self.answers.pop(0) if self.answers else "REF-1"
        if isinstance(answer, BaseException):
            raise answer
        return answer


@pytest.fixture
def scripted():
    backend = Scripted()
    backend.answers, backend.received = [], []
    registry.register(backend)
    yield backend
    registry.unregister(backend.id)


@pytest.fixture
def case(home_page, department, scripted):
    page = handover_page(home_page, "skriptad", [], department)
    created = submit_contact(page)
    outbox.record(created, CASE_CREATED, {"case": {"reference": created.reference}}, routes=[("scripted", {})])
    # The demo, committed once for the session on this worker, has hand-overs of its own: the
    # health figures here are to count this case's alone (rolled back after the test).
    Handover.objects.exclude(pk__in=created.handovers.values("pk")).delete()
    return created


def only(case):
    return case.handovers.get()


def test_an_event_is_recorded_for_each_route_in_the_callers_transaction(case):
    handover = only(case)
    assert handover.status == HandoverStatus.PENDING
    assert handover.document["type"] == CASE_CREATED
    assert handover.document["id"] == str(handover.event_id)


def test_a_delivered_hand_over_keeps_the_receivers_reference(case, scripted):
    scripted.answers = ["BN-2026-1234"]
    assert deliver(only(case).pk)
    handover = only(case)
    assert (handover.status, handover.receiver_reference) == (HandoverStatus.DELIVERED, "BN-2026-1234")
    assert describe(handover) == "Levererat till Scripted system som BN-2026-1234"


def test_a_failed_attempt_is_retried_later_with_the_same_event_id(case, scripted, settings):
    settings.HANDOVER_FIRST_RETRY_SECONDS = 60
    scripted.answers = [RetryableError("HTTP 500 from the receiver"), "BN-1"]
    now = timezone.now()
    assert not deliver(only(case).pk, now=now)
    handover = only(case)
    assert handover.attempts == 1
    assert handover.next_attempt_at == now + timedelta(seconds=60)
    assert describe(handover) == f"Väntar, nytt försök 1 av {settings.HANDOVER_MAX_RETRIES}"
    assert deliver(handover.pk, now=now + timedelta(seconds=61))
    assert scripted.received[0][0] == scripted.received[1][0] == str(handover.event_id)


def test_the_wait_doubles_after_each_failed_attempt(case, scripted, settings):
    settings.HANDOVER_FIRST_RETRY_SECONDS = 10
    scripted.answers = [RetryableError("down"), RetryableError("down")]
    now = timezone.now()
    deliver(only(case).pk, now=now)
    later = now + timedelta(seconds=11)
    deliver(only(case).pk, now=later)
    assert only(case).next_attempt_at == later + timedelta(seconds=20)


def test_after_the_last_retry_the_hand_over_is_parked_with_its_error(case, scripted, settings):
    settings.HANDOVER_MAX_RETRIES = 2
    scripted.answers = [RetryableError("HTTP 503 from the receiver")] * 3
    now = timezone.now()
    for step in range(3):
        deliver(only(case).pk, now=now + timedelta(days=step))
    handover = only(case)
    assert handover.status == HandoverStatus.FAILED
    assert describe(handover) == "Misslyckades: HTTP 503 from the receiver"


def test_a_refusal_no_retry_can_change_is_parked_at_once(case, scripted):
    scripted.answers = [PermanentError("HTTP 401 from the receiver")]
    deliver(only(case).pk)
    assert only(case).status == HandoverStatus.FAILED
    assert only(case).attempts == 1


def test_a_parked_hand_over_retried_by_hand_is_delivered_with_the_same_event_id(case, scripted):
    scripted.answers = [PermanentError("HTTP 401 from the receiver"), "BN-9"]
    deliver(only(case).pk)
    outbox.retry(only(case))
    assert deliver(only(case).pk)
    assert len({event_id for event_id, _type in scripted.received}) == 1


def test_a_later_event_waits_until_the_earlier_one_is_delivered(case, scripted):
    scripted.answers = [RetryableError("down")]
    deliver(only(case).pk)
    message = outbox.record(case, CITIZEN_MESSAGE, {"case": {}})[0]
    assert not deliver(message.pk)
    assert [event_type for _id, event_type in scripted.received] == [CASE_CREATED]


def test_an_event_goes_only_to_backends_that_take_its_type(case):
    from handover.base import CASE_CLOSED

    assert outbox.record(case, CASE_CLOSED, {"case": {}}) == []


def test_the_health_check_fails_while_a_hand_over_is_failed_for_too_long(case, scripted, settings):
    settings.HANDOVER_FAILED_ALERT_SECONDS = 3600
    scripted.answers = [PermanentError("HTTP 401 from the receiver")]
    deliver(only(case).pk)
    case.handovers.update(failed_at=timezone.now() - timedelta(hours=2))
    assert health()["ok"] is False
    assert health()["handovers_failed"] == 1


def test_the_worker_health_endpoint_answers_503_for_an_old_failed_hand_over(case, scripted, client, settings):
    scripted.answers = [PermanentError("HTTP 401 from the receiver")]
    deliver(only(case).pk)
    case.handovers.update(failed_at=timezone.now() - timedelta(seconds=settings.HANDOVER_FAILED_ALERT_SECONDS + 60))
    response = client.get("/health/worker/")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["handovers_failed"] == 1


def test_the_worker_health_endpoint_answers_503_while_a_due_hand_over_waits_too_long(case, client, settings):
    # Its task was lost with a crashed worker, and no sweep has run since.
    case.handovers.update(next_attempt_at=timezone.now() - timedelta(seconds=settings.HEALTH_MAX_BACKLOG_SECONDS + 60))
    response = client.get("/health/worker/")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["handovers_due"] == 1


class WorkerKilled(BaseException):
    """The worker process dies mid-delivery (killed, out of memory): nothing in it catches this."""


def test_a_hand_over_whose_worker_died_while_delivering_is_delivered_by_the_sweep(case, scripted):
    scripted.answers = [WorkerKilled(), "BN-7"]
    with pytest.raises(WorkerKilled):
        deliver(only(case).pk)
    # Its transaction was rolled back: still waiting, and its task is gone with the worker.
    assert (only(case).status, only(case).attempts) == (HandoverStatus.PENDING, 0)
    case.handovers.update(next_attempt_at=timezone.now() - timedelta(minutes=5))
    out = StringIO()
    call_command("deliver_handovers", stdout=out)
    assert out.getvalue().strip() == "Delivered 1 hand-over(s)."
    assert (only(case).status, only(case).receiver_reference) == (HandoverStatus.DELIVERED, "BN-7")
    assert len({event_id for event_id, _type in scripted.received}) == 1


def test_the_sweep_leaves_a_hand_over_that_just_came_due_to_the_worker(case, scripted):
    call_command("deliver_handovers", stdout=StringIO())
    assert only(case).status == HandoverStatus.PENDING
    assert scripted.received == []


def test_the_sweep_does_not_try_a_retry_before_its_time(case, scripted):
    case.handovers.update(attempts=1, next_attempt_at=timezone.now() + timedelta(minutes=5))
    call_command("deliver_handovers", "--overdue", "0", stdout=StringIO())
    assert scripted.received == []


class Stop(Exception):
    pass


def test_with_every_the_sweep_keeps_running_in_one_process_and_delivers_what_comes_due(case, scripted, monkeypatch):
    naps = []

    def nap(seconds):
        naps.append(seconds)
        if len(naps) == 1:  # between the sweeps, the hand-over comes due
            case.handovers.update(next_attempt_at=timezone.now() - timedelta(minutes=5))
        else:
            raise Stop

    monkeypatch.setattr("handover.management.commands.deliver_handovers.time.sleep", nap)
    # Between sweeps the command lets go of a broken connection; here it holds the test's transaction.
    monkeypatch.setattr("handover.management.commands.deliver_handovers.close_old_connections", lambda: None)
    out = StringIO()
    with pytest.raises(Stop):
        call_command("deliver_handovers", "--every", "60", stdout=out)
    assert naps == [60, 60]
    assert out.getvalue().split("\n")[:2] == ["Delivered 0 hand-over(s).", "Delivered 1 hand-over(s)."]
    assert only(case).status == HandoverStatus.DELIVERED


def test_the_sweep_runs_every_few_minutes_on_a_production_host():
    unit = Path(__file__).resolve().parents[2] / "deploy/systemd/kommunportal-handovers.service"
    assert "manage.py deliver_handovers" in unit.read_text()
    assert "OnUnitActiveSec=5min" in unit.with_suffix(".timer").read_text()


def test_deleting_the_personal_data_empties_the_hand_over_documents(case):
    outbox.forget(case)
    handover = only(case)
    assert handover.document == {}
    assert handover.status == HandoverStatus.FAILED
