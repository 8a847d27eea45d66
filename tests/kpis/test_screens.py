"""Office screens: opened with a revocable kiosk link, read-only, with no personal data."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from eservice_blocks.cases.models import Case
from feedback.models import Feedback
from kpis import screens
from kpis.models import OfficeScreen
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def screen_url(db):
    screen = OfficeScreen(name="Medborgarkontoret")
    token = screen.issue_token()
    screen.save()
    with translation.override("sv"):  # a request of an earlier test leaves its language active
        return reverse("kpis:screen", args=[token])


def department_screen_url(department):
    """A screen of one department: the demo municipality's figures, loaded by other tests, stay off it."""
    screen = OfficeScreen(name=department.name, department=department)
    token = screen.issue_token()
    screen.save()
    with translation.override("sv"):
        return reverse("kpis:screen", args=[token])


def test_the_kiosk_link_opens_the_screen_privately_and_only_a_hash_is_stored(client, screen_url):
    response = client.get(screen_url)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("h1").get_text() == "Medborgarkontoret"
    assert len(page.select(".screen-tile")) == 4
    token = screen_url.rstrip("/").split("/")[-1]
    assert not OfficeScreen.objects.filter(token_hash=token).exists()


def test_a_revoked_or_guessed_link_shows_nothing(client, screen_url):
    assert client.get(reverse("kpis:screen", args=["gissning"])).status_code == 404
    OfficeScreen.objects.update(revoked_at="2026-01-01T00:00:00Z")
    assert client.get(screen_url).status_code == 404


def test_the_screen_shows_new_feedback_and_no_personal_data(client, screen_url):
    department = DepartmentFactory(name="Kontaktcenter")
    Case.objects.create(
        access_token_hash="x1",
        service_type="contact",
        service_title="Kontakt",
        subject="Anna Svenssons fråga",
        department=department,
        contact_name="Anna Svensson",
        contact_email="anna@exempel.se",
    )
    Feedback.objects.create(
        department=department, helpful=False, comment="Sidan saknar öppettider", email="b@exempel.se"
    )

    fragment = client.get(screen_url + "?part=figures").content.decode()

    assert "Sidan saknar öppettider" in fragment
    assert "<html" not in fragment  # just the figures, for the script to swap in
    for personal in ["Anna", "anna@exempel.se", "b@exempel.se"]:
        assert personal not in fragment


def test_a_screen_can_be_provisioned_from_the_command_line(capsys, client):
    call_command("create_office_screen", "Stadshuset")

    link = capsys.readouterr().out.strip()
    assert client.get("/" + link.split("://", 1)[-1].split("/", 1)[-1]).status_code == 200


def test_admins_create_a_screen_see_its_link_once_and_revoke_it(admin_client):
    response = admin_client.post(reverse("kpis_screens"), {"name": "Bygglov", "department": ""})
    link = BeautifulSoup(response.content, "html.parser").select_one("input[readonly]")["value"]
    path = "/" + link.split("://", 1)[-1].split("/", 1)[-1]
    assert admin_client.get(path).status_code == 200

    admin_client.post(reverse("kpis_screens"), {"revoke": OfficeScreen.objects.get().pk})

    assert admin_client.get(path).status_code == 404
    assert link not in admin_client.get(reverse("kpis_screens")).content.decode()


def test_the_axes_top_is_a_round_number_at_or_above_the_busiest_week():
    assert [screens.nice_ceiling(n) for n in (0, 1, 3, 7, 10, 11, 42, 180, 501)] == [1, 1, 5, 10, 10, 20, 50, 200, 1000]


def test_the_chart_has_both_axes_ticks_and_a_bar_and_point_per_week():
    weeks = [
        {"week": datetime.date(2026, 11, 16), "cases": 12, "satisfaction": 80, "median_days": None},
        {"week": datetime.date(2026, 11, 23), "cases": 40, "satisfaction": None, "median_days": None},
    ]

    drawn = screens.chart(weeks)

    assert [(tick["cases"], tick["percent"]) for tick in drawn["ticks"]] == [(0, 0), (25, 50), (50, 100)]
    assert drawn["ticks"][0]["y"] > drawn["ticks"][-1]["y"]  # zero at the bottom
    top_y = drawn["ticks"][-1]["y"]
    tallest = drawn["bars"][1]
    assert tallest["y"] == drawn["ticks"][0]["y"] - tallest["height"]
    assert tallest["y"] > top_y  # 40 of 50: below the top tick
    assert len(drawn["points"].split()) == 1  # a week without feedback has no point


@pytest.mark.parametrize(
    ("language", "week", "legend"),
    [
        ("sv", "v. 48", "E-tjänsteärenden (vänster axel)"),
        ("en", "Week 48", "E-service cases (left axis)"),
        ("ar", "الأسبوع 48", "طلبات الخدمات الإلكترونية (المحور الأيسر)"),
    ],
)
def test_the_chart_names_its_weeks_and_axes_in_the_screens_language(client, language, week, legend):
    department = DepartmentFactory()
    case = Case.objects.create(
        access_token_hash="w48", service_type="contact", service_title="Kontakt", subject="x", department=department
    )
    Case.objects.filter(pk=case.pk).update(received_at=timezone.now() - datetime.timedelta(days=7))
    screen = OfficeScreen(name="Skärm", department=department)  # the demo's cases stay off it
    token = screen.issue_token()
    screen.save()
    with translation.override(language):
        url = reverse("kpis:screen", args=[token])

    page = BeautifulSoup(client.get(url).content, "html.parser")

    labels = [text.get_text() for text in page.select("svg .screen-chart__label")]
    received = (timezone.now() - datetime.timedelta(days=7)).isocalendar().week
    assert labels == [week.replace("48", str(received))]
    assert legend in page.select_one(".screen-chart__legend").get_text()
    assert [text.get_text() for text in page.select("svg .screen-chart__tick--end")] == ["0 %", "50 %", "100 %"]
    assert page.select_one("html")["lang"] == language


def test_a_screen_without_figures_says_so_instead_of_none(client):
    page = BeautifulSoup(client.get(department_screen_url(DepartmentFactory())).content, "html.parser")

    assert "None" not in page.get_text()
    assert "Inga ärenden via e-tjänst de senaste 12 veckorna." in page.select_one(".screen-chart").get_text()
    assert page.select_one(".screen-chart svg") is None


def test_a_tile_below_its_target_says_by_how_much_without_a_minus(client):
    department = DepartmentFactory()
    for helpful in (True, False, False, False):
        Feedback.objects.create(department=department, helpful=helpful)

    page = BeautifulSoup(client.get(department_screen_url(department)).content, "html.parser")

    satisfaction = next(tile for tile in page.select(".screen-tile") if tile.h2.get_text() == "Nöjdhet")
    assert "25,0%" in satisfaction.get_text()
    assert "55,0 procentenheter under" in satisfaction.get_text()
    assert "-" not in satisfaction.select_one(".screen-tile__target").get_text()
