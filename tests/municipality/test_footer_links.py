"""The footer's links to the legal pages follow the page tree at once, like the menu."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from cms_pages import frontend_cache
from tests.factories.municipality import AccessibilityStatementPageFactory, CookiesPageFactory

pytestmark = pytest.mark.django_db


def footer_links(client) -> list[str]:
    footer = BeautifulSoup(client.get("/").content, "html.parser").select_one("footer")
    return [link.get_text() for link in footer.select("nav.site-footer__legal a")]


def test_a_published_legal_page_is_linked_from_the_footer_at_once(client, home_page):
    assert "Kakor" not in footer_links(client)

    CookiesPageFactory(parent=home_page)

    assert "Kakor" in footer_links(client)


def test_an_unpublished_legal_page_leaves_the_footer_at_once(client, home_page):
    page = AccessibilityStatementPageFactory(parent=home_page)
    assert "Tillgänglighetsredogörelse" in footer_links(client)

    page.unpublish()

    assert "Tillgänglighetsredogörelse" not in footer_links(client)


def test_a_legal_page_behind_a_view_restriction_is_left_out_of_the_footer(client, home_page):
    page = CookiesPageFactory(parent=home_page)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert "Kakor" not in footer_links(client)


def test_publishing_a_legal_page_drops_every_page_from_the_frontend_cache(home_page, settings, monkeypatch):

    settings.FRONTEND_CACHE_URLS = ["http://127.0.0.1:6081"]
    banned = []
    monkeypatch.setattr(frontend_cache, "ban", lambda *patterns: banned.extend(patterns))

    frontend_cache.page_changed(CookiesPageFactory(parent=home_page))

    assert frontend_cache.EVERYTHING in banned
