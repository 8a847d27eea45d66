"""Following a report needs a confirmed e-mail address: the first e-mail is only the link, and
only confirmed followers hear about the report. Follows are limited per address and client."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from eservice_blocks.cases.handling import change_status
from eservice_blocks.cases.models import CaseStatus
from eservice_types.problem_report.models import Follower, ProblemReport
from eservice_types.problem_report.retention import delete_expired_data

from .conftest import SPOT, confirm_link, follow_link, send

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(client, report_page):
    send(client, report_page, latitude=SPOT[0], longitude=SPOT[1])
    return ProblemReport.objects.get(case__page=report_page)


def follow(client, report, email="b@exempel.se", capture=None):
    url = reverse("eservice_blocks:problem_report:follow", args=[report.pk])
    if capture is None:
        return client.post(url, {"email": email})
    with capture(execute=True):
        return client.post(url, {"email": email})


def updates_to(email):
    return [message for message in mail.outbox if message.to == [email] and "ny status" in message.body]


def test_following_sends_only_a_confirmation_link_and_no_updates_before_it_is_confirmed(
    client, report, admin_user, django_capture_on_commit_callbacks
):
    response = follow(client, report, capture=django_capture_on_commit_callbacks)

    assert response.status_code == 200 and "Bekräfta din e-postadress" in response.content.decode()
    [message] = [message for message in mail.outbox if message.to == ["b@exempel.se"]]
    assert "Bekräfta att du vill följa anmälan" in message.subject and follow_link() in message.body
    with django_capture_on_commit_callbacks(execute=True):
        change_status(report.case, CaseStatus.IN_PROGRESS, admin_user)
    assert updates_to("b@exempel.se") == []


def test_opening_the_link_asks_and_only_the_button_confirms(client, report, django_capture_on_commit_callbacks):
    follow(client, report, capture=django_capture_on_commit_callbacks)

    opened = client.get(follow_link())  # a mail scanner opening every link confirms nothing
    assert opened.status_code == 200 and not Follower.objects.confirmed().exists()

    confirmed = confirm_link(client)

    assert confirmed.status_code == 200 and "Du följer anmälan" in confirmed.content.decode()
    assert Follower.objects.confirmed().get().email == "b@exempel.se"


def test_a_confirmed_follower_hears_when_the_status_changes(
    client, report, admin_user, django_capture_on_commit_callbacks
):
    follow(client, report, capture=django_capture_on_commit_callbacks)
    confirm_link(client)

    with django_capture_on_commit_callbacks(execute=True):
        change_status(report.case, CaseStatus.DECIDED, admin_user)

    assert len(updates_to("b@exempel.se")) == 1


def test_following_again_sends_no_second_e_mail(client, report, django_capture_on_commit_callbacks):
    follow(client, report, capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()

    again = follow(client, report, email="B@exempel.se", capture=django_capture_on_commit_callbacks)

    assert again.status_code == 200
    assert mail.outbox == [] and Follower.objects.count() == 1


def test_one_address_can_wait_for_few_confirmations_at_a_time(client, report_page, settings):
    settings.PROBLEM_REPORT_UNCONFIRMED_FOLLOWS_PER_ADDRESS = 2
    reports = []
    for latitude in (59.30, 59.31, 59.32):
        send(client, report_page, latitude=latitude, longitude=18.07)
        reports.append(ProblemReport.objects.get(latitude=latitude))

    statuses = [follow(client, report).status_code for report in reports]

    assert statuses == [200, 200, 429]
    assert Follower.objects.count() == 2


def test_one_client_can_follow_only_so_many_reports_an_hour(client, report, settings):
    settings.PROBLEM_REPORT_FOLLOWS_PER_CLIENT_PER_HOUR = 2
    statuses = [follow(client, report, email=f"person{n}@exempel.se").status_code for n in range(3)]

    assert statuses == [200, 200, 429]
    assert Follower.objects.count() == 2


def test_follows_never_confirmed_are_deleted_when_their_link_runs_out(
    client, report, django_capture_on_commit_callbacks
):
    follow(client, report, capture=django_capture_on_commit_callbacks)
    link = follow_link()
    confirmed = Follower.objects.create(report=report, email="c@exempel.se", confirmed_at=timezone.now())

    assert delete_expired_data(now=timezone.now() + timedelta(hours=23))["unconfirmed_followers"] == 0
    assert delete_expired_data(now=timezone.now() + timedelta(hours=25))["unconfirmed_followers"] == 1

    assert list(Follower.objects.all()) == [confirmed]
    assert client.post(link).status_code == 404
