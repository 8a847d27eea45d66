"""Office screens: opened with a revocable kiosk link, read-only, with no personal data."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse

from eservice_blocks.cases.models import Case
from feedback.models import Feedback
from kpis.models import OfficeScreen
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def screen_url(db):
    screen = OfficeScreen(name="Medborgarkontoret")
    token = screen.issue_token()
    screen.save()
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
