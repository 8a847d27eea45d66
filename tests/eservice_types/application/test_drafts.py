"""Drafts: saving half a step, resuming where the citizen left off, the files a question may
hold, hidden questions, expiry; and the handler's PDF read as text."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from eservice_blocks.cases.models import Case
from eservice_types.application.models import ApplicationDraft, DraftFile
from eservice_types.application.retention import delete_expired_drafts, delete_expired_drafts_task
from notifications.models import Notification
from tests.factories.files import pdf, photo

from .conftest import ABOUT, PROJECT, start, token_of

pytestmark = pytest.mark.django_db


def step_url(token, number):
    return reverse("eservice_blocks:application:step", args=[token, number])


def resume_url(token):
    return reverse("eservice_blocks:application:resume", args=[token])


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_resume_link_leads_back_to_the_step_where_the_citizen_left_off(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    saved = client.post(step_url(token, 2), {**PROJECT, "action": "save"})

    assert saved["Location"].endswith("/saved/")
    assert Client().get(resume_url(token))["Location"].endswith("/step/2/")
    client.post(step_url(token, 2), PROJECT)
    client.post(step_url(token, 3), {"drawings": [pdf()]})
    assert Client().get(resume_url(token))["Location"].endswith("/review/")


def test_the_saved_page_and_the_e_mail_give_the_resume_link(
    client, application_page, django_capture_on_commit_callbacks
):
    token = token_of(start(client, application_page))
    saved_url = client.post(step_url(token, 1), {**ABOUT, "action": "save"})["Location"]

    page = client.get(saved_url)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(saved_url, {"email": "anna@exempel.se"})

    assert page["Cache-Control"] == "private, no-store"
    assert page["Referrer-Policy"] == "same-origin"
    assert "noindex" in page["X-Robots-Tag"]
    assert soup(page).select_one("#draft-link")["value"].endswith(resume_url(token))
    assert mail.outbox[-1].to == ["anna@exempel.se"]
    assert resume_url(token) in mail.outbox[-1].body


def test_a_step_may_be_saved_with_answers_missing_but_not_with_a_wrong_one(client, application_page):
    token = token_of(start(client, application_page))

    half = client.post(step_url(token, 1), {"name": "Anna", "email": "", "action": "save"})
    wrong = client.post(step_url(token, 1), {"name": "Anna", "email": "anna@", "action": "save"})

    assert half["Location"].endswith("/saved/")
    assert wrong.status_code == 400
    assert ApplicationDraft.objects.get().answers["name"] == "Anna"


def test_answers_that_passed_are_kept_in_the_draft_when_another_answer_is_wrong(client, application_page):
    token = token_of(start(client, application_page))

    client.post(step_url(token, 1), {"name": "Anna Svensson", "email": "anna@", "pnr": ""})

    resumed = soup(Client().get(step_url(token, 1)))
    assert resumed.select_one("[name=name]")["value"] == "Anna Svensson"
    assert "email" not in ApplicationDraft.objects.get().answers


def test_files_attached_earlier_count_towards_the_most_files_of_the_question(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), PROJECT)
    client.post(step_url(token, 3), {"drawings": [pdf("plan.pdf"), pdf("fasad.pdf")], "action": "save"})

    response = client.post(step_url(token, 3), {"drawings": [pdf("sektion.pdf"), photo("tomt.jpg")]})

    assert response.status_code == 400
    assert "3" in soup(response).select_one("#id_drawings_error").get_text()
    assert sorted(DraftFile.objects.values_list("name", flat=True)) == ["fasad.pdf", "plan.pdf"]


def test_a_removed_file_is_deleted_and_the_required_upload_is_asked_for_again(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), PROJECT)
    client.post(step_url(token, 3), {"drawings": [pdf()], "action": "save"})
    held = DraftFile.objects.get()
    storage, name = held.file.storage, held.file.name

    client.post(step_url(token, 3), {"remove_file": str(held.pk)})

    assert not DraftFile.objects.exists() and not storage.exists(name)
    assert client.post(step_url(token, 3), {}).status_code == 400


def test_a_hidden_question_is_not_required_and_a_hidden_answer_is_not_sent(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), {**PROJECT, "project": "Ändrad användning"})
    client.post(step_url(token, 3), {"drawings": [pdf()], "change": "Garage blir bostad"})
    client.post(step_url(token, 2), PROJECT)  # Tillbyggnad hides "Beskriv ändringen"

    assert client.post(step_url(token, 3), {}).status_code == 302  # required, but hidden now
    client.post(reverse("eservice_blocks:application:review", args=[token]))

    case = Case.objects.get(page=application_page)
    assert "Garage blir bostad" not in str(case.answers) + str(case.data)


def test_expired_drafts_are_deleted_with_their_files_by_the_command_and_the_task(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), PROJECT)
    client.post(step_url(token, 3), {"drawings": [pdf()]})
    held = DraftFile.objects.get()
    storage, name = held.file.storage, held.file.name
    fresh = token_of(start(client, application_page))

    assert delete_expired_drafts(now=timezone.now() + timedelta(days=29)) == 0
    ApplicationDraft.objects.exclude(pk=ApplicationDraft.objects.get(files__isnull=True).pk).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    output = io.StringIO()
    call_command("delete_expired_application_drafts", stdout=output)

    assert "Deleted 1" in output.getvalue()
    assert not storage.exists(name)
    assert client.get(step_url(token, 1)).status_code == 404
    assert client.get(step_url(fresh, 1)).status_code == 200
    ApplicationDraft.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert delete_expired_drafts_task.enqueue().return_value == 1
    assert not ApplicationDraft.objects.exists()


def test_the_link_is_not_mailed_to_anyone_who_asks_again_and_again(client, application_page, settings):
    settings.ESERVICE_SUBMISSIONS_PER_MINUTE = 2
    token = token_of(start(client, application_page))
    saved_url = reverse("eservice_blocks:application:saved", args=[token])

    statuses = [client.post(saved_url, {"email": f"person{n}@exempel.se"}).status_code for n in range(3)]

    assert statuses == [200, 200, 400]
    assert Notification.objects.filter(kind="application_draft_link").count() == 2
