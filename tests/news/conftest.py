"""A small news set-up of our own: two audiences, two topics, an index and news items."""

import datetime

import pytest
from django.utils.text import slugify
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage, Topic
from tests.factories import AudiencePageFactory

TODAY = datetime.date(2025, 5, 20)


def add_news(index, title, *, date=TODAY, audiences=(), topics=(), intro="Kort om nyheten.", **fields):
    page = NewsPage(title=title, slug=slugify(title), date=date, intro=intro, **fields)
    index.add_child(instance=page)
    page.audiences.set(audiences)
    page.topics.set(topics)
    page.save_revision().publish()
    return page


@pytest.fixture
def news_site(home_page):
    """Husägare and Företagare, topics Trafik and Avfall, and five news items in two months."""
    sv = Locale.objects.get(language_code="sv")
    husagare = AudiencePageFactory(parent=home_page, slug="husagare", title="Husägare")
    foretagare = AudiencePageFactory(parent=home_page, slug="foretagare", title="Företagare")
    trafik = Topic.objects.create(locale=sv, name="Trafik", slug="test-trafik")
    avfall = Topic.objects.create(locale=sv, name="Avfall", slug="test-avfall")
    index = NewsIndexPage(title="Nyheter", slug="nyheter", intro="Nytt från kommunen.")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    news = {
        "vagarbete": add_news(index, "Vägarbete", date=TODAY, audiences=[husagare, foretagare], topics=[trafik]),
        "sophamtning": add_news(
            index, "Sophämtning", date=TODAY - datetime.timedelta(days=3), audiences=[husagare], topics=[avfall]
        ),
        "foretagsfrukost": add_news(
            index, "Företagsfrukost", date=TODAY - datetime.timedelta(days=10), audiences=[foretagare]
        ),
        "snorojning": add_news(
            index, "Snöröjning", date=datetime.date(2025, 4, 2), audiences=[husagare], topics=[trafik]
        ),
        "otaggad": add_news(index, "Otaggad", date=datetime.date(2025, 4, 1)),
    }
    return {
        "home": home_page,
        "index": index,
        "husagare": husagare,
        "foretagare": foretagare,
        "trafik": trafik,
        "avfall": avfall,
        "news": news,
    }
