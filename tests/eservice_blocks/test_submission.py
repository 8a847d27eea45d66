"""A citizen submits the Contact e-service on a page: the case is stored first, then mailed."""

import re
from smtplib import SMTPException

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from eservice_blocks.cases.models import Case, CaseEvent
from notifications.models import Notification, NotificationStatus
from notifications.outbox import deliver_due_notifications

pytestmark = pytest.mark.django_db

BLOCK_ID = "5b1a3c1e-0000-4000-8000-000000000001"
PREFIX = "es-5b1a3c1e-"


def form_data(soup, **fields):
    data = {"eservice_block_id": BLOCK_ID}
    for element in soup.select(f"#es-{BLOCK_ID} form input[type=hidden]"):
        data[element["name"]] = element.get("value", "")
    defaults = {"subject": "Fråga om sophämtning", "message": "När töms kärlet?", "answer_by": "email"}
    for name, value in {**defaults, **fields}.items():
        data[PREFIX + name] = value
    return data


def open_form(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_page_shows_the_form_with_an_idempotency_key_and_no_per_visitor_csrf_token(client, contact_page):
    soup = open_form(client, contact_page)

    form = soup.select_one(f"#es-{BLOCK_ID} form")
    assert form["method"] == "post"
    # The browser's Origin protects the form (foundations/csrf.py): the page can be shared by a cache.
    assert not form.select_one("input[name=csrfmiddlewaretoken]")
    assert re.fullmatch(r"[0-9a-f]{32}", form.select_one(f"input[name={PREFIX}idempotency_key]")["value"])
    assert form.select_one(f"label[for=id_{PREFIX}subject]")


def test_a_valid_submission_becomes_a_case_with_a_reference_and_a_private_link(
    client, contact_page, django_capture_on_commit_callbacks
):
    soup = open_form(client, contact_page)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, form_data(soup, email="anna@example.com", name="Anna"))

    assert response.status_code == 302
    case = Case.objects.get(page=contact_page)
    assert re.fullmatch(r"KP-\d{4}-\d{6}", case.reference)
    assert case.department == contact_page.owning_department
    assert case.status == "received"
    assert CaseEvent.objects.filter(case=case, kind="received").exists()
    token = response["Location"].rstrip("/").split("/")[-2]
    assert len(token) >= 43  # 256 bits, base64
    assert token not in case.access_token_hash  # only a hash is stored
    receipt = client.get(response["Location"])
    assert case.reference in receipt.content.decode()
    assert receipt["X-Robots-Tag"] == "noindex, nofollow"


def test_the_receipt_email_is_sent_after_the_case_is_stored(client, contact_page, django_capture_on_commit_callbacks):
    soup = open_form(client, contact_page)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact_page.url, form_data(soup, email="anna@example.com"))

    case = Case.objects.get(page=contact_page)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["anna@example.com"]
    assert case.reference in mail.outbox[0].subject
    assert reverse("eservice_blocks:case", args=[case.access_token]) in mail.outbox[0].body
    assert Notification.objects.get(case__page=contact_page).status == NotificationStatus.SENT


def test_an_smtp_outage_delays_the_receipt_but_never_loses_the_case(
    client, contact_page, django_capture_on_commit_callbacks, monkeypatch
):
    def smtp_down(*args, **kwargs):
        raise SMTPException("connection refused")

    monkeypatch.setattr("notifications.outbox.send_mail", smtp_down)
    soup = open_form(client, contact_page)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, form_data(soup, email="anna@example.com"))

    assert response.status_code == 302
    notification = Notification.objects.get(case__page=contact_page)
    assert Case.objects.filter(page=contact_page).count() == 1
    assert notification.status == NotificationStatus.PENDING
    assert notification.attempts == 1
    assert "connection refused" in notification.last_error
    assert notification.next_attempt_at > notification.created_at

    monkeypatch.undo()
    assert deliver_due_notifications(now=notification.next_attempt_at) == 1
    assert len(mail.outbox) == 1


def test_a_double_submission_creates_one_case(client, contact_page):
    data = form_data(open_form(client, contact_page), email="anna@example.com")

    first = client.post(contact_page.url, data)
    second = client.post(contact_page.url, data)

    assert Case.objects.filter(page=contact_page).count() == 1
    assert first["Location"] == second["Location"]


def test_bad_input_shows_translated_errors_next_to_the_fields_and_keeps_the_input(client, contact_page):
    soup = open_form(client, contact_page)

    response = client.post(
        contact_page.url,
        form_data(soup, email="inte-en-adress", message="Min fråga är viktig"),
        HTTP_ACCEPT_LANGUAGE="sv",
    )

    assert response.status_code == 400
    assert Case.objects.filter(page=contact_page).count() == 0
    page = BeautifulSoup(response.content, "html.parser")
    email = page.select_one(f"#id_{PREFIX}email")
    assert email["value"] == "inte-en-adress"
    assert email["aria-invalid"] == "true"
    error = page.select_one(f"#{email['aria-describedby'].split()[-1]}")
    assert error.get_text(strip=True)
    assert page.select_one(f"#id_{PREFIX}message").get_text().strip() == "Min fråga är viktig"
    assert page.select_one("[role=alert] a")["href"] == f"#id_{PREFIX}email"


def post_with_csrf_checks(page, settings, **headers):
    """The form sent over HTTPS as deployed, with Django's CSRF checks on and these headers."""
    from django.test import Client

    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    strict = Client(enforce_csrf_checks=True, HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="testserver")
    return strict.post(page.url, form_data(open_form(strict, page), email="anna@example.com"), **headers)


@pytest.mark.parametrize(
    "headers",
    [
        {},  # says nothing about where it comes from, and carries no token
        {"HTTP_ORIGIN": "https://elsewhere.example"},
        {"HTTP_ORIGIN": "http://testserver"},  # our host, but not over HTTPS
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},  # another subdomain
        {"HTTP_REFERER": "https://elsewhere.example/form/"},
    ],
)
def test_a_submission_from_another_site_or_from_nowhere_is_refused(contact_page, headers, settings):
    response = post_with_csrf_checks(contact_page, settings, **headers)

    assert response.status_code == 403
    assert Case.objects.filter(page=contact_page).count() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "https://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_REFERER": "https://testserver/husagare/"},  # an old browser that sends no Origin
    ],
)
def test_a_submission_the_browser_says_comes_from_our_page_needs_no_token(contact_page, headers, settings):
    response = post_with_csrf_checks(contact_page, settings, **headers)

    assert response.status_code == 302
    assert Case.objects.filter(page=contact_page).count() == 1


def test_the_reference_alone_never_opens_a_case(client, contact_page):
    client.post(contact_page.url, form_data(open_form(client, contact_page), email="anna@example.com"))
    case = Case.objects.get(page=contact_page)

    assert client.get(reverse("eservice_blocks:case", args=[case.reference])).status_code == 404
    assert client.get(reverse("eservice_blocks:case", args=["x" * 43])).status_code == 404


def test_the_case_goes_to_the_receiving_department_chosen_by_the_editor(client, contact_page, other_department):
    body = contact_page.body.raw_data
    body[1]["value"]["receiving_department"] = other_department.pk
    contact_page.body = list(body)
    contact_page.save_revision().publish()

    client.post(contact_page.url, form_data(open_form(client, contact_page), email="anna@example.com"))

    assert Case.objects.get(page=contact_page).department == other_department


def test_the_link_in_the_receipt_points_at_the_public_site(
    client, contact_page, django_capture_on_commit_callbacks, settings
):
    settings.SITE_BASE_URL = "https://www.sjovik.example"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact_page.url, form_data(open_form(client, contact_page), email="anna@example.com"))

    case = Case.objects.get(page=contact_page)
    link = "https://www.sjovik.example" + reverse("eservice_blocks:case", args=[case.access_token])
    assert link in mail.outbox[0].body


def test_a_submission_over_the_rate_limit_is_shown_again_with_the_answers_and_a_429(client, contact_page, settings):
    data = form_data(open_form(client, contact_page), email="anna@example.com", message="Kärlet är trasigt sedan maj.")
    client.post(contact_page.url, data)
    settings.ESERVICE_SUBMISSIONS_PER_MINUTE = 0  # whichever minute the next POST falls in

    response = client.post(contact_page.url, data)

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response["Cache-Control"] == "private, no-store"
    page = BeautifulSoup(response.content, "html.parser")
    form = page.select_one(f"#es-{BLOCK_ID} form")
    assert form.select_one(f"#id_{PREFIX}message").get_text().strip() == "Kärlet är trasigt sedan maj."
    assert form.select_one(f"#id_{PREFIX}email")["value"] == "anna@example.com"
    errors = page.select_one(f"#es-{BLOCK_ID}-errors").get_text()
    assert "vänta en minut" in errors.lower() and "filer" in errors


def test_a_submission_refused_by_the_rate_limit_can_be_sent_again_later(client, contact_page, settings):
    from django.core.cache import cache

    allowed = settings.ESERVICE_SUBMISSIONS_PER_MINUTE
    client.post(contact_page.url, form_data(open_form(client, contact_page), email="anna@example.com"))
    settings.ESERVICE_SUBMISSIONS_PER_MINUTE = 0
    refused = client.post(contact_page.url, form_data(open_form(client, contact_page), email="anna@example.com"))
    kept = BeautifulSoup(refused.content, "html.parser")
    cache.clear()  # a minute later
    settings.ESERVICE_SUBMISSIONS_PER_MINUTE = allowed

    again = client.post(contact_page.url, form_data(kept, email="anna@example.com"))

    assert again.status_code == 302
