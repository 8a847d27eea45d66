"""A report with an error elsewhere keeps the photos that passed their checks: the citizen sees
them as already attached, need not choose them again, and may replace them."""

import pytest
from bs4 import BeautifulSoup

from eservice_blocks.cases.models import CaseAttachment
from eservice_types.problem_report.models import PendingPurpose, PendingReport

from .conftest import BLOCK_ID, PREFIX, report_data
from .test_problem_report import cases

pytestmark = pytest.mark.django_db

HELD = f"{PREFIX}held_photos"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def resend(client, page, response, **fields):
    """Send the form again as the browser would: the hidden fields of the page with errors
    (the kept photos' token among them) and the citizen's corrected answers."""
    data = report_data(client, page, **fields)
    held = soup(response).select_one(f"#es-{BLOCK_ID} input[name='{HELD}']")
    if held is not None:
        data[HELD] = held["value"]
    return client.post(page.url, data)


def test_valid_photos_are_kept_and_shown_when_another_answer_has_an_error(client, report_page):
    from tests.factories.files import photo

    response = client.post(
        report_page.url, report_data(client, report_page, description="", photos=[photo("lampa.jpg")])
    )

    assert response.status_code == 400
    page = soup(response)
    assert "lampa.jpg" in page.select_one(".problem-held-photos").get_text()
    assert page.select_one(f"input[name='{HELD}']")["value"]
    assert PendingReport.objects.filter(purpose=PendingPurpose.PHOTOS).count() == 1
    assert not cases(report_page).exists()


def test_the_corrected_report_is_sent_with_the_kept_photos_without_choosing_them_again(client, report_page):
    from tests.factories.files import photo

    first = client.post(report_page.url, report_data(client, report_page, description="", photos=[photo("lampa.jpg")]))

    sent = resend(client, report_page, first, description="Lampan är trasig")

    assert sent.status_code == 302
    assert [item.name for item in CaseAttachment.objects.filter(case__page=report_page)] == ["lampa.jpg"]
    assert not PendingReport.objects.exists()  # the kept copy is gone once sent


def test_photos_chosen_again_replace_the_kept_ones(client, report_page):
    from tests.factories.files import photo

    first = client.post(report_page.url, report_data(client, report_page, description="", photos=[photo("lampa.jpg")]))

    sent = resend(client, report_page, first, description="Lampan är trasig", photos=[photo("stolpe.jpg")])

    assert sent.status_code == 302
    assert [item.name for item in CaseAttachment.objects.filter(case__page=report_page)] == ["stolpe.jpg"]
    assert not PendingReport.objects.exists()


def test_kept_photos_are_not_a_report_to_confirm(client, report_page):
    """The token of kept photos cannot be passed off as a held report's."""
    from tests.factories.files import photo

    first = client.post(report_page.url, report_data(client, report_page, description="", photos=[photo("lampa.jpg")]))
    token = soup(first).select_one(f"input[name='{HELD}']")["value"]

    response = client.post(report_page.url, {"eservice_block_id": BLOCK_ID, f"{PREFIX}pending": token})

    assert response.status_code == 400
    assert not cases(report_page).exists()
