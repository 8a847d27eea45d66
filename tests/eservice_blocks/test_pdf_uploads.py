"""PDFs with active content (scripts, also those run on opening, programs launched, files
embedded) are refused with what to do instead; plain PDFs pass unchanged."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from eservice_blocks.cases.models import CaseMessage
from eservice_blocks.uploads import DOCUMENT_TYPES, check_upload
from tests.factories.files import (
    broken_pdf,
    pdf,
    pdf_with_compressed_javascript,
    pdf_with_embedded_file,
    pdf_with_escaped_javascript_name,
    pdf_with_launch_action,
    pdf_with_open_action_javascript,
)

from .test_case_page import case_url  # noqa: F401 - a fixture


def refusal(upload) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        check_upload(upload, allowed_types=DOCUMENT_TYPES)
    return refused.value


def test_a_plain_pdf_is_stored_as_it_was_sent():
    upload = pdf()
    sent = upload.read()
    upload.seek(0)

    clean = check_upload(upload, allowed_types=DOCUMENT_TYPES)

    assert (clean.content_type, clean.content) == ("application/pdf", sent)


@pytest.mark.parametrize(
    "upload",
    [
        pdf_with_open_action_javascript,
        pdf_with_escaped_javascript_name,
        pdf_with_compressed_javascript,
        pdf_with_launch_action,
        pdf_with_embedded_file,
    ],
)
def test_a_pdf_with_scripts_launch_actions_or_embedded_files_is_refused(upload):
    error = refusal(upload())

    assert [item.code for item in error.error_list] == ["pdf_active_content"]


def test_the_refusal_says_how_to_make_a_plain_pdf_in_the_citizens_language():
    with translation.override("sv"):
        message = refusal(pdf_with_open_action_javascript("faktura.pdf")).messages[0]

    assert message.startswith("faktura.pdf innehåller skript eller inbäddade filer.")
    assert "skriv ut den till PDF" in message


def test_a_pdf_that_cannot_be_read_is_refused_since_it_cannot_be_checked():
    assert [item.code for item in refusal(broken_pdf()).error_list] == ["unreadable"]


def test_a_pdf_locked_with_a_password_is_refused_and_one_only_restricted_passes():
    from pypdf import PdfReader, PdfWriter

    def encrypted(user_password: str) -> SimpleUploadedFile:
        writer = PdfWriter(clone_from=PdfReader(pdf()))
        writer.encrypt(user_password=user_password, owner_password="agare", algorithm="RC4-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        return SimpleUploadedFile("skyddad.pdf", buffer.getvalue(), content_type="application/pdf")

    assert [item.code for item in refusal(encrypted("hemligt")).error_list] == ["pdf_encrypted"]
    assert check_upload(encrypted(""), allowed_types=DOCUMENT_TYPES).content_type == "application/pdf"


@pytest.mark.django_db
def test_a_citizen_replying_with_a_scripted_pdf_gets_the_message_and_keeps_the_text(
    client,
    case_url,  # noqa: F811 - the fixture imported above
    contact_page,
):
    response = client.post(case_url, {"body": "Här är fakturan", "attachment": pdf_with_open_action_javascript()})

    assert response.status_code == 400
    assert not CaseMessage.objects.filter(case__page=contact_page).exists()
    page = BeautifulSoup(response.content, "html.parser")
    assert "skript eller inbäddade filer" in page.select_one("#id_attachment_error").get_text()
    assert page.select_one("#id_body").get_text().strip() == "Här är fakturan"
