"""Citizens answer "Was this helpful?" without JavaScript, and say more if they want to."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.core import mail
from django.urls import reverse

from feedback.models import Feedback, FeedbackSource, FeedbackStatus
from tests.factories import AudiencePageFactory, DepartmentFactory, InformationPageFactory

pytestmark = pytest.mark.django_db

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def page(home_page):
    audience = AudiencePageFactory(parent=home_page, slug="husagare")
    return InformationPageFactory(parent=audience, slug="sophamtning", title="Sophämtning")


def answer_form(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    form = html.select_one("[data-feedback] form.feedback__answer")
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    return form["action"], data


def handler_of(department, name="handlaggare"):
    user = User.objects.create_user(name, password="pw-not-used-123")
    group = department.staff_groups.first()
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def test_every_page_asks_whether_it_was_helpful_with_a_form_that_works_without_javascript(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")

    section = html.select_one("main [data-feedback]")
    assert section.select_one("h2").get_text(strip=True) == "Hittade du det du sökte?"
    assert [button["value"] for button in section.select("button[name=helpful]")] == ["yes", "no"]
    assert section.select_one("form")["method"] == "post"


def test_a_no_is_stored_at_once_routed_to_the_owning_department_and_asks_for_more(client, page):
    action, data = answer_form(client, page)

    response = client.post(action, {**data, "helpful": "no"}, **ORIGIN)

    assert response.status_code == 303
    feedback = Feedback.objects.get(page=page)
    assert feedback.helpful is False
    assert feedback.department == page.owning_department
    assert feedback.source == FeedbackSource.PAGE
    follow_up = client.get(response["Location"])
    assert follow_up["Cache-Control"] == "private, no-store"
    assert "förbättra" in follow_up.content.decode()


def test_the_comment_is_stored_masked_with_the_e_mail_for_an_answer(client, page):
    action, data = answer_form(client, page)
    follow_up = client.post(action, {**data, "helpful": "no"}, **ORIGIN)["Location"]

    response = client.post(
        follow_up,
        {"comment": "Hämtningen missades. Mitt pnr 19811218-9876.", "email": "anna@exempel.se"},
        **ORIGIN,
    )

    assert response.status_code == 200
    feedback = Feedback.objects.get(page=page)
    assert "19811218-9876" not in feedback.comment
    assert feedback.comment.startswith("Hämtningen missades.")
    assert feedback.comment_was_masked
    assert feedback.email == "anna@exempel.se"


def test_a_comment_form_with_errors_keeps_what_the_citizen_wrote(client, page):
    action, data = answer_form(client, page)
    follow_up = client.post(action, {**data, "helpful": "no"}, **ORIGIN)["Location"]

    response = client.post(follow_up, {"comment": "Sidan saknar öppettider", "email": "anna@"}, **ORIGIN)

    assert response.status_code == 400
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("[role=alert]")
    assert html.select_one("textarea[name=comment]").get_text().strip() == "Sidan saknar öppettider"
    assert Feedback.objects.get(page=page).comment == ""


def test_with_javascript_the_answer_is_sent_in_place_as_json(client, page):
    action, data = answer_form(client, page)

    response = client.post(action, {**data, "helpful": "yes"}, HTTP_ACCEPT="application/json", **ORIGIN)

    assert response.status_code == 200
    follow_up = response.json()["follow_up"]
    sent = client.post(follow_up, {"comment": "Bra sida!"}, HTTP_ACCEPT="application/json", **ORIGIN)
    assert sent.json()["message"]
    assert Feedback.objects.get(page=page).comment == "Bra sida!"


def test_a_post_from_another_site_is_refused(client, page):
    action, data = answer_form(client, page)

    assert client.post(action, {**data, "helpful": "no"}, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert client.post(action, {**data, "helpful": "no"}).status_code == 403  # no origin at all
    assert not Feedback.objects.filter(page=page).exists()


def test_a_bot_that_fills_the_honeypot_is_thanked_and_nothing_is_stored(client, page):
    action, data = answer_form(client, page)

    response = client.post(action, {**data, "helpful": "no", "website": "http://spam.example"}, **ORIGIN)

    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    assert not Feedback.objects.filter(page=page).exists()


def test_answers_are_rate_limited_per_client(client, page, settings):
    settings.FEEDBACK_PER_MINUTE = 3
    action, data = answer_form(client, page)

    statuses = [client.post(action, {**data, "helpful": "yes"}, **ORIGIN).status_code for _ in range(5)]

    assert statuses == [303, 303, 303, 429, 429]
    assert Feedback.objects.filter(page=page).count() == 3


def test_the_too_many_attempts_page_says_that_what_was_sent_was_not_received(client, page, settings):
    action, data = answer_form(client, page)
    client.post(action, {**data, "helpful": "yes"}, **ORIGIN)
    settings.FEEDBACK_PER_MINUTE = 0

    response = client.post(action, {**data, "helpful": "yes"}, **ORIGIN)

    text = response.content.decode()
    assert response.status_code == 429
    assert "inte tagits emot" in text
    assert "har inte gått förlorat" not in text


def test_a_follow_up_link_cannot_be_guessed_or_forged(client, page):
    action, data = answer_form(client, page)
    follow_up = client.post(action, {**data, "helpful": "no"}, **ORIGIN)["Location"]
    feedback = Feedback.objects.get(page=page)

    assert client.get(follow_up.replace(follow_up.rstrip("/").split("/")[-1], str(feedback.pk))).status_code == 404


def test_feedback_on_an_e_service_goes_to_its_receiving_department(client, contact_page_with_department):
    page, department, block_id = contact_page_with_department
    data = {"page": page.pk, "source": "eservice", "target": block_id, "helpful": "no"}

    client.post(reverse("feedback:submit"), data, **ORIGIN)

    feedback = Feedback.objects.get(page=page)
    assert feedback.department == department
    assert feedback.service_type == "contact"


@pytest.fixture
def contact_page_with_department(page):
    from tests.eservice_blocks.conftest import CONTACT_SETTINGS

    department = DepartmentFactory(name="Kontaktcenter")
    block_id = "5b1a3c1e-0000-4000-8000-00000000feed"
    page.body = [
        {
            "type": "eservice_contact",
            "id": block_id,
            "value": {**CONTACT_SETTINGS, "receiving_department": department.pk},
        }
    ]
    page.save_revision().publish()
    return page, department, block_id


def test_handlers_see_their_departments_feedback_set_its_status_and_answer_the_citizen(
    client, page, django_capture_on_commit_callbacks
):
    mine = Feedback.objects.create(
        page=page, department=page.owning_department, helpful=False, comment="Fel tider", email="anna@exempel.se"
    )
    other = Feedback.objects.create(page=page, department=DepartmentFactory(name="Annan"), helpful=False, comment="X")
    client.force_login(handler_of(page.owning_department))

    inbox = client.get(reverse("feedback_inbox")).content.decode()
    assert "Fel tider" in inbox
    assert client.get(reverse("feedback_detail", args=[other.pk])).status_code == 404

    detail = reverse("feedback_detail", args=[mine.pk])
    client.post(detail, {"action": "handle", "status": FeedbackStatus.ACTED_ON, "internal_note": "Tider rättade"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(detail, {"action": "reply", "reply": "Tack, vi har rättat tiderna på sidan."})

    mine.refresh_from_db()
    assert mine.status == FeedbackStatus.ACTED_ON
    assert mine.internal_note == "Tider rättade"
    assert mine.replied_at is not None
    assert mail.outbox[-1].to == ["anna@exempel.se"]
    assert "Tack, vi har rättat tiderna på sidan." in mail.outbox[-1].body


def test_the_page_editor_shows_the_pages_helpfulness_and_recent_comments(admin_client, page):
    for helpful in [True, True, True, False]:
        Feedback.objects.create(page=page, department=page.owning_department, helpful=helpful)
    Feedback.objects.create(page=page, department=page.owning_department, helpful=False, comment="Saknar karta")

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "60 %" in html  # 3 of 5
    assert "Saknar karta" in html


def test_e_mails_and_comments_are_deleted_after_the_retention_period_and_the_answer_stays(page, settings):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    settings.FEEDBACK_RETENTION_DAYS = 30
    old = Feedback.objects.create(page=page, helpful=False, comment="Gammal", email="a@exempel.se")
    Feedback.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    recent = Feedback.objects.create(page=page, helpful=True, comment="Ny", email="b@exempel.se")

    call_command("delete_expired_feedback_data", stdout=io.StringIO())

    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.comment, old.email, old.helpful) == ("", "", False)
    assert old.personal_data_deleted_at is not None
    assert (recent.comment, recent.email) == ("Ny", "b@exempel.se")
