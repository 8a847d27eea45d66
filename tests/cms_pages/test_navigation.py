"""Cached navigation follows what editors publish, at once."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.factories import AudiencePageFactory, InformationPageFactory

pytestmark = pytest.mark.django_db


def menu(client, url="/"):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [link.get_text() for link in page.select("nav.audience-nav a")]


def listed(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [link.get_text() for link in page.select(".page-list a")]


def test_a_published_audience_appears_in_the_menu_at_once(client, home_page):
    AudiencePageFactory(parent=home_page, title="Husägare")
    assert menu(client) == ["Husägare"]

    AudiencePageFactory(parent=home_page, title="Företagare")

    assert menu(client) == ["Husägare", "Företagare"]


def test_an_unpublished_audience_leaves_the_menu_at_once(client, home_page):
    owners = AudiencePageFactory(parent=home_page, title="Husägare")
    AudiencePageFactory(parent=home_page, title="Företagare")
    assert menu(client) == ["Husägare", "Företagare"]

    owners.unpublish()

    assert menu(client) == ["Företagare"]


def test_a_renamed_page_is_listed_under_its_new_title_after_publishing(client, home_page):
    audience = AudiencePageFactory(parent=home_page)
    page = InformationPageFactory(parent=audience, title="Sophämtning")
    assert listed(client, audience.url) == ["Sophämtning"]

    page.title = "Avfallshämtning"
    page.save_revision().publish()

    assert listed(client, audience.url) == ["Avfallshämtning"]


def test_pages_behind_a_view_restriction_are_left_out_of_menus_and_lists(client, home_page):
    staff = AudiencePageFactory(parent=home_page, title="Personal")
    public = AudiencePageFactory(parent=home_page, title="Husägare")
    secret = InformationPageFactory(parent=public, title="Internt PM")
    InformationPageFactory(parent=public, title="Bygglov")
    assert menu(client) == ["Personal", "Husägare"]

    PageViewRestriction.objects.create(page=staff, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)

    assert menu(client) == ["Husägare"]
    assert listed(client, public.url) == ["Bygglov"]
    assert client.get(secret.url).status_code == 302  # Wagtail asks for a login


def test_a_moved_page_is_served_at_its_new_address(client, home_page):
    old_parent = AudiencePageFactory(parent=home_page, slug="husagare")
    new_parent = AudiencePageFactory(parent=home_page, slug="foretagare")
    page = InformationPageFactory(parent=old_parent, slug="bygglov")
    assert client.get("/husagare/bygglov/").status_code == 200

    page.move(new_parent, pos="last-child")

    assert client.get("/foretagare/bygglov/").status_code == 200
    assert client.get("/husagare/bygglov/").status_code in (301, 302, 404)
