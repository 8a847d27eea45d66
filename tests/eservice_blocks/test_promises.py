"""Service promises: the promised lead time beside the one kept in the last 90 days, and a new
estimate, unasked, for a case past its promise."""

import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from eservice_blocks import promises
from eservice_blocks.cases.models import Case, CaseStatus
from notifications.outbox import deliver_due_notifications
from tests.eservice_blocks.test_submission import BLOCK_ID, form_data, open_form

pytestmark = pytest.mark.django_db
STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (date(2026, 12, 4), date(2026, 12, 7), 1),  # Friday to Monday
        (date(2026, 12, 7), date(2026, 12, 14), 5),  # a week
        (date(2026, 12, 7), date(2026, 12, 7), 0),
        (date(2026, 12, 5), date(2026, 12, 6), 0),  # Saturday to Sunday
        (date(2026, 12, 1), date(2026, 12, 31), 22),
    ],
)
def test_working_days_are_counted_monday_to_friday(start, end, days):
    assert promises.working_days_between(start, end) == days
    if days:
        assert promises.working_days_between(start, promises.add_working_days(start, days)) == days


def test_adding_working_days_skips_the_weekend():
    assert promises.add_working_days(date(2026, 12, 4), 1) == date(2026, 12, 7)
    assert promises.add_working_days(date(2026, 12, 7), 10) == date(2026, 12, 21)


def submit(client, page, email="anna@example.com") -> tuple[Case, str]:
    response = client.post(page.url, form_data(open_form(client, page), email=email))
    token = response["Location"].rstrip("/").split("/")[-2]
    return Case.objects.filter(page=page).latest("pk"), reverse("eservice_blocks:case", args=[token])


def decided_cases(page, lead_days: list[int], department):
    """Cases of the page's e-service decided `lead_days` working days after they came in."""
    monday = timezone.localdate() - timedelta(days=timezone.localdate().weekday() + 21)
    for number, days in enumerate(lead_days):
        received = datetime.combine(monday, datetime.min.time().replace(hour=9), STOCKHOLM)
        decided = datetime.combine(promises.add_working_days(monday, days), received.timetz())
        Case.objects.create(
            access_token_hash=f"earlier-{number}",
            service_type="contact",
            service_title="Kontakta oss",
            subject="Tidigare ärende",
            department=department,
            page=page,
            block_id=BLOCK_ID,
            status=CaseStatus.DECIDED,
            received_at=received,
            decided_at=decided,
        )


def test_the_eservice_shows_its_promise_and_the_lead_times_it_kept(client, contact_page):
    decided_cases(contact_page, [1, 2, 2, 3, 4, 4, 6, 9, 12, 20], contact_page.owning_department)

    text = open_form(client, contact_page).select_one(".service-promise").get_text(" ", strip=True)

    assert "Vi lovar svar inom 10 arbetsdagar." in text
    assert "(10 avgjorda ärenden)" in text
    assert "hälften inom 4 arbetsdagar" in text
    assert "nio av tio inom 12" in text


def test_too_few_cases_show_only_the_promise(client, contact_page):
    decided_cases(contact_page, [1, 2, 3, 4], contact_page.owning_department)

    promise = open_form(client, contact_page).select_one(".service-promise")

    assert "10 arbetsdagar" in promise.get_text()
    assert "90 dagarna" not in promise.get_text()


def test_a_case_within_its_promise_shows_the_date_it_is_expected(client, contact_page):
    _case, url = submit(client, contact_page)
    expected = promises.add_working_days(timezone.localdate(), 10)

    response = client.get(url)

    assert f"senast {expected.day} " in response.content.decode()
    assert b'id="case-estimate"' not in response.content


def make_late(case, working_days: int):
    received = timezone.now() - timedelta(days=working_days // 5 * 7 + working_days % 5 + 1)
    Case.objects.filter(pk=case.pk).update(received_at=received)
    case.refresh_from_db()
    return case


def test_a_case_past_its_promise_tells_the_citizen_a_new_estimate_from_the_kept_lead_times(client, contact_page):
    decided_cases(contact_page, [5, 6, 8, 10, 12, 14, 15, 16, 25, 30], contact_page.owning_department)
    case, url = submit(client, contact_page)
    case = make_late(case, 12)

    late = promises.estimate(case)
    received = timezone.localtime(case.received_at).date()

    assert late.due == promises.add_working_days(received, 10)
    assert late.new_estimate == promises.add_working_days(received, 25)  # nine in ten within 25
    page = client.get(url).content.decode()
    assert 'id="case-estimate"' in page
    assert "tar längre tid än vi lovade" in page
    assert f"Ny bedömning: senast {late.new_estimate.day} " in page


def test_a_case_slower_than_nine_in_ten_gets_an_estimate_from_today(contact_page, client):
    case, _ = submit(client, contact_page)
    case = make_late(case, 40)

    late = promises.estimate(case)

    assert late.based_on_cases == 0
    assert late.new_estimate == promises.add_working_days(timezone.localdate(), 5)


@pytest.mark.parametrize("status", [CaseStatus.WAITING_FOR_CITIZEN, CaseStatus.DECIDED, CaseStatus.CLOSED])
def test_no_estimate_while_the_case_waits_for_the_citizen_or_is_decided(client, contact_page, status):
    case, _ = submit(client, contact_page)
    case = make_late(case, 15)
    Case.objects.filter(pk=case.pk).update(status=status)
    case.refresh_from_db()

    assert promises.estimate(case) is None
    assert promises.send_estimates() == 0


def test_the_citizen_is_told_the_new_estimate_once_in_their_language(client, contact_page, settings):
    case, _ = submit(client, contact_page)
    make_late(case, 12)
    Case.objects.filter(pk=case.pk).update(language="en")
    deliver_due_notifications(now=timezone.now() + timedelta(minutes=1))
    mail.outbox.clear()

    out = io.StringIO()
    call_command("send_case_estimates", stdout=out)
    call_command("send_case_estimates", stdout=out)
    deliver_due_notifications(now=timezone.now() + timedelta(minutes=1))

    assert "Sent 1 new estimate(s)." in out.getvalue()
    assert "Sent 0 new estimate(s)." in out.getvalue()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.com"]
    assert "is taking longer than we promised" in message.subject
    assert "Our new estimate: by" in message.body
    assert "/arenden/" in message.body or settings.SITE_BASE_URL in message.body


def test_the_api_gives_the_promised_date_and_the_new_estimate(client, contact_page):
    case, url = submit(client, contact_page)
    token = url.rstrip("/").split("/")[-1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    on_time = client.get("/api/v1/case/", **auth).json()
    make_late(case, 12)
    late = client.get("/api/v1/case/", **auth).json()

    assert on_time["expected_by"] == promises.add_working_days(timezone.localdate(), 10).isoformat()
    assert on_time["new_estimate"] is None
    assert late["new_estimate"] is not None
    assert late["new_estimate"] > late["expected_by"]
