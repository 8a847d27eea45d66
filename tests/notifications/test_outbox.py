"""The outbox: a message can wait for its time (a reminder), be cancelled before it is sent, and
keeps a secret link only until it is delivered."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from eservice_blocks.cases.models import Case
from notifications.models import Notification, NotificationStatus
from notifications.outbox import cancel_pending, deliver, deliver_due_notifications, notify
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
        reminder = notify(
            "receipt", "anna@example.com", language="sv", subject=case, context={"case_link": True}, send_at=send_at
        )

    assert mail.outbox == []
    assert deliver(reminder.pk) is False  # a task that runs early sends nothing
    assert deliver_due_notifications(now=send_at - timedelta(minutes=1)) == 0

    assert deliver_due_notifications(now=send_at + timedelta(seconds=1)) == 1
    assert [message.to for message in mail.outbox] == [["anna@example.com"]]


def test_a_cancelled_reminder_is_never_sent(case, django_capture_on_commit_callbacks):
    send_at = timezone.now() + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        reminder = notify("receipt", "anna@example.com", language="sv", subject=case, send_at=send_at)

    assert cancel_pending(case, "receipt") == 1

    assert deliver_due_notifications(now=send_at + timedelta(days=1)) == 0
    assert Notification.objects.get(pk=reminder.pk).status == NotificationStatus.CANCELLED
    assert mail.outbox == []


def test_a_message_about_a_case_links_to_it_without_storing_the_link(case, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message = notify("status_changed", "anna@example.com", language="en", subject=case, context={"case_link": True})

    stored = Notification.objects.get(pk=message.pk)
    assert stored.status == NotificationStatus.SENT
    assert case.access_token not in str(stored.context)
    assert case.access_token in mail.outbox[0].body
    assert case.reference in mail.outbox[0].subject
    assert list(case.notifications.filter(kind="status_changed")) == [stored]


def test_a_secret_in_the_context_is_dropped_once_the_message_is_sent(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message = notify(
            "application_draft_link",
            "anna@example.com",
            language="sv",
            context={"secret_draft_url": "https://kommun.example/e/application/secret/", "title": "Bygglov"},
        )

    assert "https://kommun.example/e/application/secret/" in mail.outbox[0].body
    assert Notification.objects.get(pk=message.pk).context == {"title": "Bygglov"}
