"""The home page shows the latest news and leads to the news, events and places lists; every
other page's footer leads to those lists (once per page: not in the home page's footer too)."""

import re

import pytest
from wagtail.models import PageViewRestriction

from tests.events.factories import EventIndexPageFactory

pytestmark = pytest.mark.django_db


def current_section(html: str) -> str:
    return re.search(r'<section class="home-current".*?</section>', html, re.S).group(0)


def test_the_home_page_shows_the_three_latest_news_and_the_lists(client, news_site):
    EventIndexPageFactory(parent=news_site["home"], title="Evenemang", slug="evenemang")
    section = current_section(client.get("/").content.decode())

    titles = re.findall(r'class="news-item__title"><a href="[^"]+">([^<]+)<', section)
    assert titles == ["Vägarbete", "Sophämtning", "Företagsfrukost"]  # newest first, three of five
    assert '<a href="/nyheter/">Nyheter</a>' in section
    assert '<a href="/evenemang/">Evenemang</a>' in section
    assert "Aktuellt" in section


def test_every_page_footer_leads_to_the_lists(client, news_site):
    html = client.get("/husagare/").content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]
    assert '<nav class="site-footer__nav" aria-label="Mer på webbplatsen">' in footer
    assert '<a href="/nyheter/">Nyheter</a>' in footer


def test_the_home_page_links_each_list_once(client, news_site):
    EventIndexPageFactory(parent=news_site["home"], title="Evenemang", slug="evenemang")
    html = client.get("/").content.decode()

    assert html.count('href="/nyheter/"') == 1
    assert html.count('href="/evenemang/"') == 1
    assert 'class="site-footer__nav"' not in html


def test_a_published_news_item_and_an_unpublished_list_show_at_once(client, news_site):
    from tests.news.conftest import add_news

    client.get("/")
    add_news(news_site["index"], "Nytt badhus", date=news_site["news"]["vagarbete"].date)
    assert "Nytt badhus" in current_section(client.get("/").content.decode())

    news_site["index"].unpublish()
    html = client.get("/").content.decode()
    assert '<section class="home-current"' not in html
    assert 'href="/nyheter/"' not in html


def test_a_restricted_list_is_not_offered(client, news_site):
    PageViewRestriction.objects.create(page=news_site["index"], restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/").content.decode()
    assert 'href="/nyheter/"' not in html
    assert "Vägarbete" not in html
