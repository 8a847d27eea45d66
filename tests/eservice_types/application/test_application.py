"""A citizen fills in an application step by step without JavaScript, saves it, resumes it with
a fresh browser, reviews and submits; bad input never loses anything; handlers get a PDF."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.core import mail
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader
from wagtail.blocks.struct_block import StructBlockValidationError

from eservice_blocks.cases.models import Case, CaseAttachment
from eservice_types.application.eservices import ApplicationBlock
from eservice_types.application.models import ApplicationDraft, DraftFile
from notifications.models import Notification
from tests.factories.files import image_bomb, pdf, program_named_like_a_photo

from .conftest import ABOUT, PROJECT, block_value, question, start, step, token_of

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def step_url(token, number):
    return reverse("eservice_blocks:application:step", args=[token, number])


def test_editors_get_clear_errors_for_duplicate_keys_and_conditions_on_later_answers():
    broken = [
        step("Ett", question("text", "name", "Namn", condition={"key": "project", "equals": "x"})),
        step("Två", question("text", "name", "Namn igen"), question("text", "project", "Projekt")),
    ]

    with translation.override("en"), pytest.raises(StructBlockValidationError) as refused:
        ApplicationBlock().clean(ApplicationBlock().to_python(block_value(broken)))

    with translation.override("en"):
        messages = " ".join(str(message) for message in refused.value.non_block_errors)
    assert 'The key "name" is used twice' in messages
    assert 'The question "Namn" depends on "project", which is not a question of an earlier step' in messages


def test_starting_creates_a_private_draft_that_a_fresh_browser_can_resume(client, application_page):
    url = start(client, application_page)
    client.post(url, ABOUT)
    assert ApplicationDraft.objects.get().answers["name"] == "Anna Svensson"

    from django.test import Client

    resumed = Client().get(url)

    assert resumed.status_code == 200
    assert resumed["Cache-Control"] == "private, no-store"
    assert soup(resumed).select_one("[name=name]")["value"] == "Anna Svensson"
    assert len(token_of(url)) >= 40
    assert not ApplicationDraft.objects.filter(token_hash=token_of(url)).exists()  # only a hash is stored


def test_a_step_with_errors_keeps_every_answer_and_says_what_to_fix(client, application_page):
    token = token_of(start(client, application_page))

    response = client.post(step_url(token, 1), {"name": "Anna", "email": "anna@", "pnr": "19811218-0000"})

    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("[role=alert]")
    assert page.select_one("[name=name]")["value"] == "Anna"
    assert page.select_one("#id_email_error") and page.select_one("#id_pnr_error")


def test_numbers_out_of_range_and_missing_required_answers_are_refused(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)

    response = client.post(step_url(token, 2), {**PROJECT, "area": "5000", "agree": ""})

    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#id_area_error") and page.select_one("#id_agree_error")
    assert page.select_one("[name=area]")["value"] == "5000"


@pytest.mark.parametrize(
    ("upload", "code_word"),
    [(lambda: program_named_like_a_photo("ritning.pdf"), "filtyp"), (lambda: image_bomb(), "pixlar")],
)
def test_a_bad_file_gets_a_clear_error_and_the_rest_of_the_step_is_kept(client, application_page, upload, code_word):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), {**PROJECT, "project": "Ändrad användning"})

    response = client.post(step_url(token, 3), {"drawings": [upload()], "change": "Garage blir bostad"})

    assert response.status_code == 400
    page = soup(response)
    assert code_word in page.select_one("#id_drawings_error").get_text()
    assert page.select_one("[name=change]").get_text().strip() == "Garage blir bostad"
    assert not DraftFile.objects.exists()


def test_a_file_that_passed_is_kept_when_another_answer_of_the_step_is_wrong(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), {**PROJECT, "project": "Ändrad användning"})

    response = client.post(step_url(token, 3), {"drawings": [pdf("fasad.pdf")], "change": ""})

    assert response.status_code == 400
    assert DraftFile.objects.get().name == "fasad.pdf"
    assert "fasad.pdf" in soup(response).select_one(".application-files").get_text()
    # the required upload is satisfied by the file already attached
    assert client.post(step_url(token, 3), {"change": "Garage blir bostad"}).status_code == 302


def test_a_file_over_the_fields_size_limit_is_refused(client, application_page):
    from django.core.files.uploadedfile import SimpleUploadedFile

    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), PROJECT)
    big = SimpleUploadedFile("stor.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10), content_type="application/pdf")

    response = client.post(step_url(token, 3), {"drawings": [big]})

    assert "högst 1,0" in soup(response).select_one("#id_drawings_error").get_text()


def test_conditions_show_questions_and_steps_only_for_matching_answers(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), PROJECT)  # Tillbyggnad

    page = soup(client.get(step_url(token, 3)))
    assert page.select_one("[name=change]") is None
    assert "Steg 3 av 3" in page.select_one(".application-progress").get_text()

    client.post(step_url(token, 2), {**PROJECT, "project": "Nybyggnad"})
    page = soup(client.get(step_url(token, 3)))
    assert "Steg 3 av 4" in page.select_one(".application-progress").get_text()


def test_the_review_shows_the_answers_with_change_links_that_lead_back_to_it(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), PROJECT)
    response = client.post(step_url(token, 3), {"drawings": [pdf()]})
    assert response["Location"].endswith("/review/")

    review = soup(client.get(response["Location"]))
    text = review.get_text()
    assert "Anna Svensson" in text and "19811218-****" in text and "ritning.pdf" in text and "Altan" in text
    change = review.select_one(".application-review a[href*='/step/2/']")["href"]
    back = client.post(change, {**PROJECT, "area": "30"})
    assert back["Location"].endswith("/review/")
    assert "30" in soup(client.get(back["Location"])).get_text()


def test_submitting_creates_one_case_with_the_visible_answers_and_files(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), {**PROJECT, "project": "Ändrad användning"})
    client.post(step_url(token, 3), {"drawings": [pdf()], "change": "Garage blir bostad"})
    client.post(step_url(token, 2), PROJECT)  # back to Tillbyggnad: the change question is hidden again
    review_url = reverse("eservice_blocks:application:review", args=[token])

    first = client.post(review_url)
    second = client.post(review_url)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    case = Case.objects.get(page=application_page)
    labels = [label for label, _value in case.answers]
    assert "Namn" in labels and "Beskriv ändringen" not in labels
    assert "Garage blir bostad" not in str(case.data)
    assert case.contact_email == "anna@exempel.se"
    assert CaseAttachment.objects.get(case=case).name == "ritning.pdf"
    draft = ApplicationDraft.objects.get()
    assert draft.submitted_at and draft.answers == {} and not draft.files.exists()


def test_the_review_refuses_to_send_while_required_answers_are_missing(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)

    response = client.post(reverse("eservice_blocks:application:review", args=[token]))

    assert response.status_code == 400
    assert "Vad ska du göra?" in soup(response).select_one("[role=alert]").get_text()
    assert not Case.objects.filter(page=application_page).exists()


def test_save_and_e_mail_me_the_link_sends_it_and_forgets_it_once_sent(
    client, application_page, django_capture_on_commit_callbacks
):
    url = start(client, application_page)
    token = token_of(url)
    saved = client.post(url, {**ABOUT, "action": "save"})
    assert saved["Location"].endswith("/saved/")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(saved["Location"], {"email": "anna@exempel.se"})

    assert token in mail.outbox[-1].body
    assert token not in str(Notification.objects.get(kind="application_draft_link").context)


def test_an_unknown_or_expired_link_gets_a_clear_page(client, application_page):
    response = client.get(step_url("no-such-draft-token", 1))

    assert response.status_code == 404
    assert "Länken fungerar inte längre" in response.content.decode()


def test_the_handler_downloads_the_application_as_pdf_and_others_cannot(client, application_page):
    token = token_of(start(client, application_page))
    client.post(step_url(token, 1), ABOUT)
    client.post(step_url(token, 2), PROJECT)
    client.post(step_url(token, 3), {"drawings": [pdf()]})
    client.post(reverse("eservice_blocks:application:review", args=[token]))
    case = Case.objects.get(page=application_page)
    handler = User.objects.create_user("handlaggare", password="pw-not-used-123")
    group = case.department.staff_groups.first()
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    handler.groups.add(group)
    outsider = User.objects.create_user("utomstaende", password="pw-not-used-123")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    url = reverse("application_case_pdf", args=[case.pk])

    client.force_login(handler)
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(response.content)).pages) in (1, 2)
    assert "Projektet" in soup(client.get(reverse("eservice_blocks_case", args=[case.pk]))).get_text()

    client.force_login(outsider)
    assert client.get(url).status_code == 404
