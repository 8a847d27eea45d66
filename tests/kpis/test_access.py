"""The figures admin checks permissions and departments: staff work with their own
departments' figures, office screens and contact registrations only; a user of another
department gets 403 or 404 and changes nothing; registrations are kept plausible and show who
made them."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from django.utils import timezone

from eservice_blocks.cases.models import Case
from kpis.models import NonDigitalContact, OfficeScreen
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bygg(db):
    return DepartmentFactory(name="Bygglovsenheten")


@pytest.fixture
def skola(db):
    return DepartmentFactory(name="Skolförvaltningen")


def staff(department, *codenames, username=None):
    """A user of `department`'s staff group, with the admin and the given permissions."""
    user = User.objects.create_user(username or f"anstalld-{department.pk}-{len(codenames)}", password="pw-not-used")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    user.groups.add(department.staff_groups.first())
    return user


def open_case(department, reference_hint: str) -> Case:
    case = Case.objects.create(
        access_token_hash=f"h-{reference_hint}",
        service_type="contact",
        service_title="Kontakt",
        subject=reference_hint,
        department=department,
        received_at=timezone.now() - timedelta(days=400),
    )
    case.assign_reference()
    return case


def register(client, department, count=3, channel="phone", date=None):
    return client.post(
        reverse("kpis_contacts"),
        {
            "department": department.pk,
            "topic": "contact",
            "channel": channel,
            "count": count,
            "date": (date or timezone.localdate()).isoformat(),
        },
    )


# --- the dashboard and its exports ------------------------------------------------------------


def test_without_the_figures_permission_the_dashboard_and_exports_are_forbidden(client, bygg):
    client.force_login(staff(bygg))

    assert client.get(reverse("kpis_dashboard")).status_code == 403
    assert client.get(reverse("kpis_export", args=["self-service"])).status_code == 403


def test_the_dashboard_shows_only_the_users_departments(client, bygg, skola):
    mine, theirs = open_case(bygg, "bygg"), open_case(skola, "skola")
    client.force_login(staff(bygg, "view_figures"))

    page = client.get(reverse("kpis_dashboard") + f"?department={skola.pk}").content.decode()

    assert mine.reference in page and theirs.reference not in page
    options = BeautifulSoup(page, "html.parser").select("select[name=department] option")
    assert [option.get_text() for option in options] == ["Alla mina förvaltningar", "Bygglovsenheten"]


def test_an_export_holds_only_the_users_departments(client, bygg, skola):
    NonDigitalContact.objects.create(department=skola, topic="skolval", channel="phone", count=7)
    client.force_login(staff(bygg, "view_figures"))

    csv = client.get(reverse("kpis_export", args=["self-service"]) + f"?department={skola.pk}").content.decode()

    assert "skolval" not in csv


def test_a_user_of_no_department_sees_no_figures(client):
    user = User.objects.create_user("ingen", password="pw-not-used")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_figures"]))
    client.force_login(user)

    assert client.get(reverse("kpis_dashboard")).status_code == 403


def test_the_permission_for_every_department_shows_the_whole_municipality(client, bygg, skola):
    theirs = open_case(skola, "skola")
    client.force_login(staff(bygg, "view_figures", "all_departments"))

    assert theirs.reference in client.get(reverse("kpis_dashboard")).content.decode()


# --- office screens -------------------------------------------------------------------------------


@pytest.fixture
def skola_screen(skola):
    screen = OfficeScreen(name="Skolans skärm", department=skola)
    screen.issue_token()
    screen.save()
    return screen


def test_a_user_of_another_department_cannot_revoke_a_screen(client, bygg, skola_screen):
    client.force_login(staff(bygg, "view_officescreen", "add_officescreen", "change_officescreen"))

    response = client.post(reverse("kpis_screens"), {"revoke": skola_screen.pk})

    assert response.status_code == 404
    skola_screen.refresh_from_db()
    assert skola_screen.revoked_at is None


def test_a_user_sees_only_their_departments_screens(client, bygg, skola_screen):
    client.force_login(staff(bygg, "view_officescreen"))

    assert "Skolans skärm" not in client.get(reverse("kpis_screens")).content.decode()


def test_a_user_cannot_make_a_kiosk_link_for_another_department_or_the_whole_municipality(client, bygg, skola):
    client.force_login(staff(bygg, "add_officescreen"))

    other = client.post(reverse("kpis_screens"), {"name": "Smygskärm", "department": skola.pk})
    everyone = client.post(reverse("kpis_screens"), {"name": "Smygskärm", "department": ""})

    assert (other.status_code, everyone.status_code) == (400, 400)
    assert not OfficeScreen.objects.filter(name="Smygskärm").exists()
    assert client.post(reverse("kpis_screens"), {"name": "Byggskärm", "department": bygg.pk}).status_code == 200
    assert OfficeScreen.objects.get(name="Byggskärm").department == bygg


def test_without_screen_permissions_the_page_and_its_actions_are_forbidden(client, bygg):
    client.force_login(staff(bygg, "view_figures"))

    assert client.get(reverse("kpis_screens")).status_code == 403
    assert client.post(reverse("kpis_screens"), {"name": "X", "department": bygg.pk}).status_code == 403
    assert not OfficeScreen.objects.exists()


def test_viewing_screens_does_not_allow_revoking_them(client, bygg):
    screen = OfficeScreen(name="Byggskärm", department=bygg)
    screen.issue_token()
    screen.save()
    client.force_login(staff(bygg, "view_officescreen"))

    assert client.post(reverse("kpis_screens"), {"revoke": screen.pk}).status_code == 403
    screen.refresh_from_db()
    assert screen.revoked_at is None


# --- contacts in other channels ---------------------------------------------------------------


def test_without_the_add_permission_nothing_can_be_registered(client, bygg):
    client.force_login(staff(bygg, "view_figures"))

    assert register(client, bygg).status_code == 403
    assert not NonDigitalContact.objects.filter(department=bygg).exists()


def test_contacts_cannot_be_registered_for_another_department(client, bygg, skola):
    client.force_login(staff(bygg, "add_nondigitalcontact"))

    assert register(client, skola).status_code == 400
    assert not NonDigitalContact.objects.filter(department=skola).exists()


def test_a_registration_over_the_limit_is_refused_with_a_clear_message(client, bygg, settings):
    settings.KPI_CONTACTS_PER_REGISTRATION = 200
    client.force_login(staff(bygg, "add_nondigitalcontact"))

    response = register(client, bygg, count=100_000)

    assert response.status_code == 400
    error = BeautifulSoup(response.content, "html.parser").select_one("#id_count_error").get_text()
    assert "Högst 200 kontakter" in error
    assert not NonDigitalContact.objects.filter(department=bygg).exists()


def test_many_registrations_cannot_pass_the_limit_per_channel_and_day(client, bygg, settings):
    settings.KPI_CONTACTS_PER_REGISTRATION, settings.KPI_CONTACTS_PER_DAY = 200, 300
    client.force_login(staff(bygg, "add_nondigitalcontact"))

    statuses = [register(client, bygg, count=150).status_code for _ in range(3)]

    assert statuses == [302, 302, 400]
    assert sum(NonDigitalContact.objects.filter(department=bygg).values_list("count", flat=True)) == 300
    assert register(client, bygg, count=150, channel="visit").status_code == 302  # another channel


def test_contacts_long_ago_cannot_be_registered(client, bygg, settings):
    settings.KPI_CONTACTS_DAYS_BACK = 31
    client.force_login(staff(bygg, "add_nondigitalcontact"))

    response = register(client, bygg, date=timezone.localdate() - timedelta(days=40))

    assert response.status_code == 400
    assert not NonDigitalContact.objects.filter(department=bygg).exists()


def test_the_list_shows_who_registered_each_of_the_departments_registrations(client, bygg, skola):
    NonDigitalContact.objects.create(department=skola, topic="skolval", channel="phone", count=7)
    user = staff(bygg, "add_nondigitalcontact", username="kontaktcenter-anna")
    client.force_login(user)
    register(client, bygg, count=4)

    rows = BeautifulSoup(client.get(reverse("kpis_contacts")).content, "html.parser").select("table.listing tbody tr")

    assert len(rows) == 1
    assert "kontaktcenter-anna" in rows[0].get_text() and "Skolförvaltningen" not in rows[0].get_text()


def test_a_manager_removes_a_wrong_registration_of_their_department(client, bygg):
    wrong = NonDigitalContact.objects.create(department=bygg, topic="contact", channel="phone", count=150)
    client.force_login(staff(bygg, "view_nondigitalcontact", "delete_nondigitalcontact"))

    response = client.post(reverse("kpis_contacts"), {"remove": wrong.pk})

    assert response.status_code == 302
    assert not NonDigitalContact.objects.filter(pk=wrong.pk).exists()


def test_another_departments_registration_cannot_be_removed(client, bygg, skola):
    theirs = NonDigitalContact.objects.create(department=skola, topic="contact", channel="phone", count=5)
    client.force_login(staff(bygg, "view_nondigitalcontact", "delete_nondigitalcontact"))

    assert client.post(reverse("kpis_contacts"), {"remove": theirs.pk}).status_code == 404
    assert NonDigitalContact.objects.filter(pk=theirs.pk).exists()


def test_removing_needs_the_delete_permission(client, bygg):
    mine = NonDigitalContact.objects.create(department=bygg, topic="contact", channel="phone", count=5)
    client.force_login(staff(bygg, "add_nondigitalcontact"))

    assert client.post(reverse("kpis_contacts"), {"remove": mine.pk}).status_code == 403
    assert NonDigitalContact.objects.filter(pk=mine.pk).exists()


def test_the_menu_offers_the_figures_only_to_those_allowed(client, bygg):
    client.force_login(staff(bygg))
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("kpis_dashboard") not in menu and reverse("kpis_contacts") not in menu

    client.force_login(staff(bygg, "view_figures", "add_nondigitalcontact", username="chef"))
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("kpis_dashboard") in menu and reverse("kpis_contacts") in menu
