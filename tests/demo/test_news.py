"""The demo municipality's news: an index per language, 16+ items tagged and translated, idempotent."""

import io

import pytest
from wagtail.models import Locale, Page

from demo import news as news_demo
from demo.news import NEWS, TOPICS
from departments.models import Department
from news.models import NewsIndexPage, NewsPage, Topic

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_news_index_in_every_language(demo):
    indexes = {index.locale.language_code: index for index in NewsIndexPage.objects.live()}

    assert set(indexes) == {"sv", "en", "ar"}
    assert indexes["sv"].url == "/nyheter/"
    assert indexes["en"].url == "/en/news/"
    assert indexes["ar"].url == "/ar/news/"


def test_the_demo_has_sixteen_or_more_news_items_translated_into_english_and_arabic(demo):
    for language in ("sv", "en", "ar"):
        assert NewsPage.objects.live().filter(locale__language_code=language).count() >= 16
    assert len(NEWS) >= 16


def test_every_demo_news_item_is_tagged_for_audiences_and_topics(demo):
    for page in NewsPage.objects.live().filter(locale__language_code="en"):
        assert page.audience_pages().exists(), page.title
        assert page.localized_topics(), page.title
        assert all(not topic.name.isascii() or topic.slug.isascii() for topic in page.localized_topics())


def test_the_topics_are_translated(demo):
    for language in ("sv", "en", "ar"):
        assert Topic.objects.filter(locale__language_code=language).count() == len(TOPICS)


def test_loading_the_demo_again_changes_nothing(demo):
    counts = (NewsPage.objects.count(), NewsIndexPage.objects.count(), Topic.objects.count())
    sv = Locale.objects.get(language_code="sv")
    pages_by_slug = {page.slug: page for page in Page.objects.filter(locale=sv, depth__gt=2)}
    department = Department.objects.first()
    departments = dict.fromkeys(("bou", "sbf", "soc", "klf"), department)
    output = io.StringIO()

    news_demo.load_demo(pages_by_slug, departments, output)
    news_demo.load_demo(pages_by_slug, departments, output)

    assert (NewsPage.objects.count(), NewsIndexPage.objects.count(), Topic.objects.count()) == counts
    assert "Created" not in output.getvalue()


def test_the_demo_audience_pages_show_their_latest_news(client, demo):
    html = client.get("/en/homeowners/").content.decode()

    assert "Latest news" in html
    assert 'href="/en/news/?audience=homeowners"' in html
    assert 'href="/en/news/feed/homeowners/"' in html
