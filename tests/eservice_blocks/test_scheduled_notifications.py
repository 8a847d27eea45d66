"""A notification can wait for its time (a reminder) and be cancelled before it is sent."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from eservice_blocks.cases.models import Case, Notification, NotificationStatus
from eservice_blocks.cases.notifications import cancel_pending, deliver, deliver_due_notifications, notify
from tests.eservice_blocks.test_submission import form_data, open_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(client, contact_page):
    client.post(contact_page.url, form_data(open_form(client, contact_page), email="anna@example.com"))
    case = Case.objects.get(page=contact_page)
    Notification.objects.filter(case=case).update(status=NotificationStatus.SENT)  # the receipt
    mail.outbox.clear()
    return case


def test_a_reminder_is_not_sent_before_its_time_and_is_sent_by_the_sweep_when_due(
    case, django_capture_on_commit_callbacks
):
    send_at = timezone.now() + timedelta(hours=24)
    with django_capture_on_commit_callbacks(execute=True):
        reminder = notify(case, "receipt", "anna@example.com", {"case_link": True}, send_at=send_at)

    assert mail.outbox == []
    assert deliver(reminder.pk) is False  # a task that runs early sends nothing
    assert deliver_due_notifications(now=send_at - timedelta(minutes=1)) == 0

    assert deliver_due_notifications(now=send_at + timedelta(seconds=1)) == 1
    assert [message.to for message in mail.outbox] == [["anna@example.com"]]


def test_a_cancelled_reminder_is_never_sent(case, django_capture_on_commit_callbacks):
    send_at = timezone.now() + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        reminder = notify(case, "receipt", "anna@example.com", send_at=send_at)

    assert cancel_pending(case, "receipt") == 1

    assert deliver_due_notifications(now=send_at + timedelta(days=1)) == 0
    assert Notification.objects.get(pk=reminder.pk).status == NotificationStatus.CANCELLED
    assert mail.outbox == []
