"""Reports held for a step the citizen never finished are deleted every night with their
photos, by the retention command (and its task), not only when someone else reports."""

from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from eservice_types.problem_report.models import PendingReport
from eservice_types.problem_report.retention import delete_expired_problem_report_data_task
from tests.factories.files import photo

from .conftest import send

pytestmark = pytest.mark.django_db

RETENTION_UNIT = Path(__file__).resolve().parents[3] / "deploy/systemd/kommunportal-retention.service"


@pytest.fixture
def held_photo_path(client, report_page):
    send(client, report_page, address="", photos=[photo(gps=True)])
    held = PendingReport.objects.get()
    PendingReport.objects.update(created_at=timezone.now() - timedelta(hours=2))
    return Path(held.photos.get().file.path)


def test_the_nightly_command_deletes_reports_never_sent_with_their_photos(held_photo_path):
    out = StringIO()

    call_command("delete_expired_problem_report_data", stdout=out)

    assert "Deleted 1 unsent problem reports" in out.getvalue()
    assert not PendingReport.objects.exists() and not held_photo_path.exists()


def test_the_task_deletes_them_too(held_photo_path):
    delete_expired_problem_report_data_task.enqueue()

    assert not PendingReport.objects.exists() and not held_photo_path.exists()


def test_a_report_held_for_less_than_an_hour_stays(client, report_page):
    send(client, report_page, address="", photos=[photo(gps=True)])

    call_command("delete_expired_problem_report_data", stdout=StringIO())

    assert PendingReport.objects.count() == 1


def test_the_retention_unit_runs_the_command_every_night():
    assert "manage.py delete_expired_problem_report_data\n" in RETENTION_UNIT.read_text()
    assert "manage.py release_unconfirmed_bookings\n" in RETENTION_UNIT.read_text()
