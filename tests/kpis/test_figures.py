"""The channel strategy's figures, computed in SQL from cases, contacts and feedback."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from django.utils import timezone

from eservice_blocks.cases.models import Case, CaseStatus
from feedback.models import Feedback
from kpis import figures
from kpis.models import ChannelTargets, NonDigitalContact
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def department(db):
    return DepartmentFactory(name="Kontaktcenter")


def make_case(department, service_type="contact", days_ago=1, lead_days=None, status=CaseStatus.RECEIVED):
    received = timezone.now() - timedelta(days=days_ago)
    case = Case.objects.create(
        access_token_hash=f"h{Case.objects.count()}-{service_type}-{days_ago}-{lead_days}",
        service_type=service_type,
        service_title=service_type,
        subject="x",
        department=department,
        received_at=received,
        status=status,
        decided_at=received + timedelta(days=lead_days) if lead_days is not None else None,
    )
    return case


def by_key(rows):
    return {row.key: row for row in rows}


def test_the_self_service_rate_compares_cases_with_contacts_in_other_channels(department):
    for _ in range(3):
        make_case(department, "contact")
    NonDigitalContact.objects.create(department=department, topic="contact", channel="phone", count=7)
    for _ in range(2):
        make_case(department, "booking")
    NonDigitalContact.objects.create(department=department, topic="booking", channel="visit", count=2)
    since = figures.period(90)

    rows = by_key(figures.self_service(since, department))

    assert rows["contact"].value == 30.0  # 3 of 10
    assert rows["contact"].target == 25 and rows["contact"].meets_target
    assert rows["booking"].value == 50.0  # a nationally designated service: target 70
    assert rows["booking"].target == 70 and rows["booking"].distance == -20.0
    assert rows["all"].value == pytest.approx(100 * 5 / 14, abs=0.1)


def test_targets_are_editable(department):
    targets = ChannelTargets.load()
    targets.self_service_other = 40
    targets.national_services = "contact"
    targets.save()
    make_case(department, "contact")

    assert by_key(figures.self_service(figures.period(90), department))["contact"].target == 70


def test_satisfaction_is_the_share_of_helpful_answers_per_department_and_e_service(department):
    other = DepartmentFactory(name="Gatuenheten")
    for helpful in [True, True, True, False]:
        Feedback.objects.create(department=department, helpful=helpful, service_type="contact")
    Feedback.objects.create(department=other, helpful=False)

    # Other tests' demo content may hold feedback too: count only these departments'.
    Feedback.objects.exclude(department__in=[department, other]).delete()
    per_department = by_key(figures.satisfaction(figures.period(90), "department"))
    per_service = by_key(figures.satisfaction(figures.period(90), "service_type", department))

    assert per_department["Kontaktcenter"].value == 75.0
    assert per_department["Kontaktcenter"].meets_target is False  # target 80
    assert per_department["all"].value == 60.0
    assert per_service["contact"].value == 75.0


def test_lead_times_give_the_median_and_90th_percentile_per_e_service(department):
    for days in [1, 2, 3, 4, 10]:
        make_case(department, "application", days_ago=20, lead_days=days)
    make_case(department, "application", days_ago=2)  # not decided yet: not counted

    row = by_key(figures.lead_times(figures.period(90), department=department))["application"]

    assert row.value == 3.0
    assert row.extra == {"cases": 5, "p90": pytest.approx(7.6, abs=0.05)}


def test_the_oldest_open_cases_come_first_without_personal_data(department):
    make_case(department, days_ago=3)
    oldest = make_case(department, days_ago=30)
    make_case(department, days_ago=60, status=CaseStatus.CLOSED)

    rows = figures.oldest_open_cases(2, department)

    assert rows[0]["pk"] == oldest.pk
    assert rows[0]["age_days"] == 30
    assert "contact_email" not in rows[0] and "subject" not in rows[0]


def test_managers_see_the_dashboard_and_download_each_figure_as_csv(admin_client, department):
    make_case(department, "contact")
    Feedback.objects.create(department=department, helpful=True)

    page = admin_client.get(reverse("kpis_dashboard")).content.decode()
    assert "Självbetjäningsgrad" in page

    response = admin_client.get(reverse("kpis_export", args=["self-service"]))
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert len(lines) >= 3 and "contact" not in lines[0]
    assert admin_client.get(reverse("kpis_export", args=["nonsense"])).status_code == 404


def test_the_contact_centre_registers_contacts_in_other_channels(client, department):
    user = User.objects.create_user("kontaktcenter", password="pw-not-used-123")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "add_nondigitalcontact"]))
    user.groups.add(department.staff_groups.first())
    client.force_login(user)
    url = reverse("kpis_contacts")

    future = client.post(url, {"department": department.pk, "topic": "contact", "channel": "phone", "count": 3,
                               "date": (timezone.localdate() + timedelta(days=2)).isoformat()})  # fmt: skip
    mine = NonDigitalContact.objects.filter(department=department)  # the demo has history of its own
    assert future.status_code == 400 and not mine.exists()

    client.post(url, {"department": department.pk, "topic": "contact", "channel": "phone", "count": 3,
                      "date": timezone.localdate().isoformat()})  # fmt: skip
    contact = mine.get()
    assert (contact.count, contact.registered_by) == (3, user)


def test_the_weekly_trend_has_cases_satisfaction_and_the_median_lead_time(department):
    for days in [2, 4, 6]:
        make_case(department, "application", days_ago=21, lead_days=days)

    weeks = [week for week in figures.weekly_trend(figures.period(90), department) if week["cases"]]

    assert len(weeks) == 1
    assert (weeks[0]["cases"], weeks[0]["median_days"]) == (3, 4.0)


def test_the_dashboard_names_what_each_figure_is_based_on_in_swedish(admin_client, department):
    from bs4 import BeautifulSoup

    make_case(department, "contact")
    NonDigitalContact.objects.create(department=department, topic="contact", channel="phone", count=2)

    page = BeautifulSoup(admin_client.get(reverse("kpis_dashboard")).content, "html.parser")

    based_on = " ".join(cell.get_text() for cell in page.select("table.listing tbody td:last-child"))
    # Other tests' demo content may add to the numbers: the names are what counts here.
    assert re.search(r"e-tjänstärenden: \d+, kontakter i andra kanaler: \d+", based_on), based_on
    assert "digital:" not in based_on and "other:" not in based_on
    header = admin_client.get(reverse("kpis_export", args=["self-service"])).content.decode().splitlines()[0]
    assert "e-tjänstärenden" in header and "digital" not in header


def test_satisfaction_per_e_service_names_feedback_on_other_pages(admin_client, department):
    from bs4 import BeautifulSoup

    Feedback.objects.all().delete()
    Feedback.objects.create(department=department, helpful=True, service_type="contact")
    Feedback.objects.create(department=department, helpful=False)  # on a page without an e-service

    rows = figures.satisfaction(figures.period(90), "service_type", department)

    assert [row.label for row in rows if row.key != "all"] == ["Övriga sidor", "Kontakt"]
    page = BeautifulSoup(admin_client.get(reverse("kpis_dashboard")).content, "html.parser")
    row_names = [th.get_text(strip=True) for th in page.select("table.listing tbody th")]
    assert "—" not in row_names and "Övriga sidor" in row_names
