"""The citizen's case page: status, messages both ways, a reply with an attachment."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from eservice_blocks.cases.models import Case, CaseEvent, CaseMessage, CaseStatus, ImmutableError
from tests.eservice_blocks.test_submission import form_data, open_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_url(client, contact_page):
    response = client.post(contact_page.url, form_data(open_form(client, contact_page), email="anna@example.com"))
    token = response["Location"].rstrip("/").split("/")[-2]
    return reverse("eservice_blocks:case", args=[token])


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_case_page_shows_the_status_timeline_privately(client, case_url):
    response = client.get(case_url)

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    current = page.select_one(".timeline [aria-current=step]")
    assert current is not None
    assert len(page.select(".timeline li")) == 4  # received, in progress, decided, closed
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "same-origin"
    assert page.select_one("meta[name=robots]")["content"] == "noindex, nofollow"


def test_the_citizen_replies_with_an_attachment(client, case_url, contact_page):
    upload = SimpleUploadedFile("karta.png", png_bytes(), content_type="image/png")

    response = client.post(case_url, {"body": "Här är en karta.", "attachment": upload})

    assert response.status_code == 302
    message = CaseMessage.objects.get(case__page=contact_page)
    assert message.body == "Här är en karta."
    assert message.attachment_name == "karta.png"
    assert CaseEvent.objects.filter(case__page=contact_page, kind="message_from_citizen").count() == 1
    assert "Här är en karta." in client.get(case_url).content.decode()


def test_an_attachment_is_judged_by_its_bytes_not_its_name(client, case_url, contact_page):
    fake = SimpleUploadedFile("intyg.pdf", b"MZ\x90\x00 this is a windows program", content_type="application/pdf")

    response = client.post(case_url, {"body": "Mitt intyg", "attachment": fake})

    assert response.status_code == 400
    assert not CaseMessage.objects.filter(case__page=contact_page).exists()
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("#id_body").get_text().strip() == "Mitt intyg"  # nothing the citizen wrote is lost
    assert page.select_one("#id_attachment_error").get_text(strip=True)


@override_settings(CASE_ATTACHMENT_MAX_BYTES=100)
def test_an_attachment_over_the_size_limit_gets_a_clear_error(client, case_url, contact_page):
    upload = SimpleUploadedFile("karta.png", png_bytes() + b"\x00" * 200, content_type="image/png")

    response = client.post(case_url, {"body": "Karta", "attachment": upload})

    assert response.status_code == 400
    assert not CaseMessage.objects.filter(case__page=contact_page).exists()


def test_a_closed_case_takes_no_more_replies(client, case_url, contact_page):
    Case.objects.filter(page=contact_page).update(status=CaseStatus.CLOSED)

    assert client.post(case_url, {"body": "Hallå?"}).status_code == 409
    assert not CaseMessage.objects.filter(case__page=contact_page).exists()
    assert "<form" not in client.get(case_url).content.decode().split("<main", 1)[1]


def test_a_reply_to_a_case_closed_meanwhile_keeps_the_text_and_says_how_to_continue(client, case_url, contact_page):
    case = Case.objects.get(page=contact_page)
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.CLOSED)

    response = client.post(case_url, {"body": "Lampan lyser fortfarande inte."})

    assert response.status_code == 409
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("#id_body").get_text().strip() == "Lampan lyser fortfarande inte."
    notice = page.select_one("#reply-closed")
    assert "stängdes" in notice.get_text()
    assert notice.select_one(f"a[href='mailto:{case.department.contact_email}']")
    assert notice.select_one(f"a[href='{contact_page.url}']")  # start a new case there
    assert case.reference in notice.get_text()


@override_settings(CASE_VIEWS_PER_MINUTE=2)
def test_a_reply_over_the_rate_limit_is_shown_again_with_the_text_and_a_429(client, case_url, contact_page):
    client.get(case_url)
    client.get(case_url)

    response = client.post(case_url, {"body": "Min långa beskrivning av felet."})

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response["Cache-Control"] == "private, no-store"
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("#id_body").get_text().strip() == "Min långa beskrivning av felet."
    assert "vänta en minut" in page.select_one("#reply-errors").get_text().lower()
    assert "filer" in page.select_one("#reply-errors").get_text()  # files must be chosen again
    assert not CaseMessage.objects.filter(case__page=contact_page).exists()


@override_settings(CASE_VIEWS_PER_MINUTE=2)
def test_a_reply_over_the_rate_limit_reveals_nothing_about_the_token(client, case_url):
    client.get(case_url)
    client.get(case_url)

    real = client.post(case_url, {"body": "Hej"})
    guessed = client.post(reverse("eservice_blocks:case", args=["x" * 43]), {"body": "Hej"})

    assert real.status_code == guessed.status_code == 429
    main = [BeautifulSoup(response.content, "html.parser").select_one("main") for response in (real, guessed)]
    for page in main:
        page.select_one("input[name=csrfmiddlewaretoken]").decompose()  # random in every response
    assert str(main[0]) == str(main[1])


def test_guessing_case_links_is_rate_limited(client, case_url):
    statuses = [client.get(reverse("eservice_blocks:case", args=[f"guess{n:040d}"])).status_code for n in range(40)]

    assert statuses[0] == 404
    assert statuses[-1] == 429


def test_case_events_cannot_be_edited_or_deleted(case_url, contact_page):
    event = CaseEvent.objects.get(case__page=contact_page, kind="received")

    with pytest.raises(ImmutableError):
        event.save()
    with pytest.raises(ImmutableError):
        event.delete()


def test_the_database_refuses_to_change_a_case_event_even_in_bulk(case_url, contact_page):
    from django.db import DatabaseError, transaction

    with pytest.raises(DatabaseError), transaction.atomic():
        CaseEvent.objects.filter(case__page=contact_page).update(details={"forged": True})


def answers_on(soup) -> list[tuple[str, str]]:
    answers = soup.select_one(".case-answers")
    return [(dt.get_text(), dd.get_text()) for dt, dd in zip(answers.select("dt"), answers.select("dd"), strict=True)]


def test_the_case_page_shows_the_answers_as_given_with_identity_numbers_masked(client, contact_page):
    message = "Hej!\n  Mitt barn 19121212-1212 ska börja skolan.\nRing 070-123 45 67 efter 16."
    data = form_data(
        open_form(client, contact_page),
        email="anna@example.com",
        message=message,
        personal_identity_number="19811218-9876",
        name="Anna <Svensson>",
        answer_by="email",
    )
    response = client.post(contact_page.url, data)
    token = response["Location"].rstrip("/").split("/")[-2]

    page = BeautifulSoup(client.get(reverse("eservice_blocks:case", args=[token])).content, "html.parser")

    assert page.select_one("#answers-heading").get_text() == "Dina svar"
    answers = dict(answers_on(page))
    assert answers["Ämne"] == "Fråga om sophämtning"
    assert answers["Ditt meddelande"] == "Hej!\n  Mitt barn […] ska börja skolan.\nRing 070-123 45 67 efter 16."
    assert answers["Namn"] == "Anna <Svensson>"
    assert answers["E-post"] == "anna@example.com"
    assert answers["Personnummer"] == "19811218-****"
    assert answers["Hur vill du få svar?"] == "E-post"


@pytest.mark.parametrize(("language", "optional"), [("sv", "frivilligt"), ("en", "optional"), ("ar", "اختياري")])
def test_the_reply_forms_file_label_says_optional_once(client, case_url, language, optional):
    from django.utils import translation

    token = case_url.rstrip("/").split("/")[-1]
    with translation.override(language):
        url = reverse("eservice_blocks:case", args=[token])
    label = BeautifulSoup(client.get(url).content, "html.parser").select_one("label[for=id_attachment]")
    form_label = label.get_text(" ", strip=True)
    assert form_label.count(optional) == 1, form_label
