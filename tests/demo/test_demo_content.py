"""The demo municipality: what `make run` shows a newcomer."""

import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory
from wagtail.models import Page

from cms_pages.models import AudiencePage, HomePage, InformationPage
from departments.models import Department

pytestmark = pytest.mark.django_db


def test_the_demo_has_five_audiences_four_departments_and_many_information_pages(demo):
    swedish = {"locale__language_code": "sv"}
    assert list(AudiencePage.objects.filter(**swedish).order_by("path").values_list("title", flat=True)) == [
        "Småbarnsföräldrar",
        "Husägare",
        "Företagare",
        "Ny i kommunen",
        "Äldre och anhöriga",
    ]
    assert Department.objects.count() == 4
    assert InformationPage.objects.filter(**swedish).live().count() >= 25


def test_the_home_page_and_audiences_are_translated_into_english_and_arabic(demo):
    for language in ["en", "ar"]:
        assert HomePage.objects.filter(locale__language_code=language).live().count() == 1
        assert AudiencePage.objects.filter(locale__language_code=language).live().count() == 5


def test_every_demo_page_has_an_owning_department(demo):
    for model in [HomePage, AudiencePage, InformationPage]:
        assert not model.objects.filter(owning_department__isnull=True).exists()


def test_loading_the_demo_again_changes_nothing(demo):
    before = Page.objects.count()

    call_command("load_demo_content", stdout=io.StringIO())

    assert Page.objects.count() == before


def test_the_demo_admin_gets_a_new_random_password_each_run(db):
    first, second = io.StringIO(), io.StringIO()
    call_command("ensure_demo_admin", stdout=first)
    call_command("ensure_demo_admin", stdout=second, url="http://127.0.0.1:9000/admin/")

    passwords = [line.split()[-1] for line in (first.getvalue() + second.getvalue()).splitlines() if "Password" in line]
    assert len(set(passwords)) == 2
    request = RequestFactory().post("/admin/login/")
    assert authenticate(request, username="admin", password=passwords[1]) is not None
    assert authenticate(request, username="admin", password=passwords[0]) is None
    assert "http://127.0.0.1:9000/admin/" in second.getvalue()


def test_the_demo_has_half_a_year_of_anonymous_history_with_real_trends(demo):
    from eservice_blocks.cases.models import Case
    from kpis import figures

    trend = figures.weekly_trend(figures.period(200))
    assert len(trend) >= 25
    early, late = trend[1:5], trend[-6:-2]  # whole weeks, four at each end

    def mean(weeks, key):
        return sum(week[key] for week in weeks) / len(weeks)

    assert mean(late, "cases") > mean(early, "cases")
    assert mean(late, "satisfaction") > mean(early, "satisfaction")
    history = Case.objects.filter(block_id="demo-history")
    assert history.count() > 1000
    assert not history.exclude(contact_email="").exists() and not history.exclude(contact_name="").exists()
    rows = {row.key: row for row in figures.self_service(figures.period(200))}
    assert 0 < rows["all"].value < 100
