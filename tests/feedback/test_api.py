"""Feedback through the API: recorded, routed to the owning department, comments cleaned."""

import pytest

from feedback.models import Feedback
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_page):
    page = InformationPageFactory(parent=home_page, slug="bygglov", title="Bygglov")
    page.save_revision().publish()
    return page


def send(client, **data):
    return client.post("/api/v1/feedback/", data, content_type="application/json")


def test_feedback_is_recorded_for_the_owning_department(client, page):
    response = send(
        client,
        page=page.pk,
        helpful=False,
        comment="Mitt personnummer är 19811218-9876, svara mig.",
        email="anna@exempel.se",
    )

    assert response.status_code == 201
    feedback = Feedback.objects.get(page=page)
    assert feedback.helpful is False
    assert feedback.department == page.owning_department
    assert "9876" not in feedback.comment and feedback.comment_was_masked
    assert feedback.email == "anna@exempel.se"


def test_an_email_without_a_comment_gets_the_web_forms_message(client, page):
    response = send(client, page=page.pk, helpful=True, email="anna@exempel.se")

    assert response.status_code == 400
    assert response.json()["errors"]["comment"][0]["message"] == "Skriv vad du vill ha svar på."
    assert not Feedback.objects.filter(page=page).exists()


def test_feedback_about_a_page_that_is_not_public_is_refused(client, page):
    page.unpublish()

    response = send(client, page=page.pk, helpful=True)

    assert response.status_code == 400
    assert "page" in response.json()["errors"]
