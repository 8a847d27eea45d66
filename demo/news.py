"""The demo municipality's news: an index in every language, topics and news items of the last
months, translated through wagtail-localize. Safe to run again: what exists is left as it is."""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Site

from demo.data import load
from demo.images import demo_image
from demo.stream import pick, stream_data
from demo.translate import translate_page
from news.models import NewsIndexPage, NewsPage, Topic

TRANSLATIONS = ("en", "ar")

#: The news list page, the topics and the news items of `demo/data/news.yaml`.
_data = load("news")
INDEX, TOPICS, NEWS = _data["index"], _data["topics"], _data["news"]


def load_demo(pages_by_slug, departments, stdout) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    home = site.root_page.specific
    index = ensure_index(home, departments)
    pages_by_slug[INDEX["slug"]] = index
    topics = ensure_topics()
    created = 0
    for data in NEWS:
        page, new = ensure_news(index, data, departments, pages_by_slug, topics)
        pages_by_slug[data["slug"]] = page
        created += new
    for language in TRANSLATIONS:
        translate_page(index, language, translated_index(index, language))
        for data in NEWS:
            page = pages_by_slug[data["slug"]]
            translate_page(page, language, translated_news(page, data, language, pages_by_slug))
    if created:
        stdout.write(f"Created {created} news items.")


def ensure_index(home, departments) -> NewsIndexPage:
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = NewsIndexPage(
            title=pick(INDEX["title"], "sv"),
            slug=INDEX["slug"],
            intro=pick(INDEX["intro"], "sv"),
            owning_department=departments[INDEX["department"]],
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def translated_index(index, language) -> NewsIndexPage:
    copy = NewsIndexPage.objects.get(pk=index.pk)
    copy.title = pick(INDEX["title"], language)
    copy.slug = INDEX["en_slug"]
    copy.intro = pick(INDEX["intro"], language)
    return copy


def ensure_topics() -> dict[str, Topic]:
    """The Swedish topics by slug, each translated into English and Arabic."""
    sv = Locale.objects.get(language_code="sv")
    topics = {}
    for data in TOPICS:
        topic = Topic.objects.filter(locale=sv, slug=data["slug"]).first()
        if topic is None:
            topic = Topic.objects.create(locale=sv, slug=data["slug"], name=pick(data["name"], "sv"))
        for language in TRANSLATIONS:
            copy = Topic(locale=sv, translation_key=topic.translation_key, slug=data["en_slug"])
            copy.name = pick(data["name"], language)
            translate_page(topic, language, copy)
        topics[data["slug"]] = topic
    return topics


def _image(data):
    image = data.get("image")
    if not image:
        return None
    return demo_image(image["key"], image["title"], image.get("color"))


def ensure_news(index, data, departments, pages_by_slug, topics) -> tuple[NewsPage, bool]:
    page = NewsPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if page is not None:
        return page, False
    page = NewsPage(
        title=pick(data["title"], "sv"),
        slug=data["slug"],
        date=timezone.localdate() - datetime.timedelta(days=data["days_ago"]),
        intro=pick(data["intro"], "sv"),
        image=_image(data),
        image_alt=pick(data["image"]["alt"], "sv") if data.get("image") else "",
        body=stream_data(data.get("body", []), "sv", data["slug"], pages_by_slug.__getitem__),
        owning_department=departments[data["department"]],
    )
    index.add_child(instance=page)
    page.audiences.set([pages_by_slug[slug] for slug in data["audiences"]])
    page.topics.set([topics[slug] for slug in data["topics"]])
    page.save_revision().publish()
    return page, True


def translated_news(page, data, language, pages_by_slug) -> NewsPage:
    copy = NewsPage.objects.get(pk=page.pk)
    copy.title = pick(data["title"], language)
    copy.slug = data["en_slug"]
    copy.intro = pick(data["intro"], language)
    if data.get("image"):
        copy.image_alt = pick(data["image"]["alt"], language)
    copy.body = stream_data(data.get("body", []), language, data["slug"], pages_by_slug.__getitem__)
    return copy
