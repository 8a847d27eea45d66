"""RSS 2.0 and Atom feeds: valid XML, all news or one audience's, links to the pages, the language."""

import xml.etree.ElementTree as ET

import pytest

from .conftest import add_news

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def rss(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own response


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own response


def test_the_rss_feed_carries_all_news_newest_first(client, news_site):
    channel = rss(client, "/nyheter/feed/").find("channel")

    assert [item.findtext("title") for item in channel.findall("item")] == [
        "Vägarbete",
        "Sophämtning",
        "Företagsfrukost",
        "Snöröjning",
        "Otaggad",
    ]
    assert channel.findtext("language") == "sv"
    assert channel.findtext("link") == "http://testserver/nyheter/"


def test_an_audience_feed_carries_only_that_audiences_news(client, news_site):
    channel = rss(client, "/nyheter/feed/foretagare/").find("channel")

    assert [item.findtext("title") for item in channel.findall("item")] == ["Vägarbete", "Företagsfrukost"]
    assert "Företagare" in channel.findtext("title")
    assert channel.findtext("link") == "http://testserver/nyheter/?audience=foretagare"


def test_feed_items_link_to_the_news_pages(client, news_site):
    item = rss(client, "/nyheter/feed/").find("channel").find("item")

    link = item.findtext("link")
    assert link == "http://testserver/nyheter/vagarbete/"
    assert item.findtext("guid") == link
    assert item.findtext("description") == "Kort om nyheten."
    assert item.findtext("category") == "Trafik"
    assert item.findtext("pubDate").startswith("Tue, 20 May 2025")
    assert client.get(link.removeprefix("http://testserver")).status_code == 200


def test_the_atom_feed_is_valid_and_per_audience(client, news_site):
    feed = atom(client, "/nyheter/atom/husagare/")

    assert feed.tag == f"{ATOM}feed"
    assert feed.get(XML_LANG) == "sv"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Vägarbete", "Sophämtning", "Snöröjning"]
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href") == "http://testserver/nyheter/vagarbete/"
    assert first.findtext(f"{ATOM}updated")
    assert first.findtext(f"{ATOM}published").startswith("2025-05-20")


def test_an_unknown_audience_has_no_feed(client, news_site):
    assert client.get("/nyheter/feed/finns-inte/").status_code == 404
    assert client.get("/nyheter/atom/finns-inte/").status_code == 404


def test_the_feed_of_a_translated_index_is_in_its_language(client, demo):
    channel = rss(client, "/en/news/feed/homeowners/").find("channel")

    assert channel.findtext("language") == "en"
    assert channel.findtext("title") == "News for Homeowners – Sjövik Municipality"  # noqa: RUF001
    assert "Three weeks of road works on Storgatan" in [item.findtext("title") for item in channel.findall("item")]
    assert all(item.findtext("link").startswith("http://testserver/en/news/") for item in channel.findall("item"))

    feed = atom(client, "/ar/news/atom/homeowners/")
    assert feed.get(XML_LANG) == "ar"
    assert all(
        entry.find(f"{ATOM}link").get("href").startswith("http://testserver/ar/news/")
        for entry in feed.findall(f"{ATOM}entry")
    )


def test_the_index_and_its_news_pages_announce_the_feeds(client, news_site):
    index_head = client.get("/nyheter/", {"audience": "husagare"}).content.decode().split("</head>")[0]
    page_head = client.get("/nyheter/vagarbete/").content.decode().split("</head>")[0]

    assert '<link rel="alternate" type="application/rss+xml" title="Nyheter (RSS)" href="/nyheter/feed/">' in index_head
    assert 'type="application/atom+xml"' in index_head
    assert 'href="/nyheter/feed/husagare/"' in index_head
    assert 'href="/nyheter/feed/"' in page_head


def test_a_feed_holds_at_most_twenty_items(client, news_site):
    for number in range(20):
        add_news(news_site["index"], f"Nyhet {number}")

    assert len(rss(client, "/nyheter/feed/").find("channel").findall("item")) == 20
