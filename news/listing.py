"""The news list as readers see it: filters (audience, topic, month), pages of ten, and the
latest news of one audience. Shared by the index page, the feeds, the audience pages and the API.

Everything that only changes when pages are published (the filter choices, an audience's latest
news, each filtered page of the list) is cached with the page tree (`foundations.tree_cache`), so
a warm list costs no query.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import quote

from django import forms
from django.core.paginator import Paginator
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from foundations.pages import exclude_restricted
from foundations.tree_cache import cached

PER_PAGE = 10
LATEST_ON_AUDIENCE_PAGES = 3
LATEST_ON_HOME_PAGE = 3
#: Fields a list of news needs: title, address, date, introduction.
LIST_FIELDS = ("id", "title", "url_path", "path", "depth", "locale_id", "translation_key", "date", "intro")


@dataclass(frozen=True)
class TopicLink:
    slug: str
    name: str
    translation_key: str


@dataclass(frozen=True)
class AudienceChoice:
    slug: str
    title: str
    translation_key: str


@dataclass(frozen=True)
class NewsItem:
    """A news item in a list; plain data, cheap to cache."""

    id: int
    title: str
    url: str
    date: datetime.date
    intro: str
    topics: tuple[TopicLink, ...] = field(default=())

    @classmethod
    def of(cls, page, topics: tuple[TopicLink, ...] = ()) -> "NewsItem":
        return cls(page.pk, page.title, page.get_url() or "", page.date, Truncator(page.intro or "").words(40), topics)


# --- choices ----------------------------------------------------------------------------------


def topics_by_key(locale_id: int) -> dict[str, TopicLink]:
    """Translation key -> the topic in this language, for every topic translated into it."""
    from .models import Topic

    def build():
        return {
            str(topic.translation_key): TopicLink(topic.slug, topic.name, str(topic.translation_key))
            for topic in Topic.objects.filter(locale_id=locale_id).order_by("name")
        }

    return cached(f"news:topics:{locale_id}", build)


def topics_of(locale_id: int, translation_keys) -> list[TopicLink]:
    """The topics with these translation keys, in the language of `locale_id`, by name."""
    by_key = topics_by_key(locale_id)
    found = {by_key[str(key)] for key in translation_keys if str(key) in by_key}
    return sorted(found, key=lambda topic: topic.name.casefold())


def audience_choices(index) -> list[AudienceChoice]:
    """The live, public audience pages beside the news index, in the order of the page tree."""

    def build():
        return [
            AudienceChoice(page.slug, page.title, str(page.translation_key))
            for page in index.audiences_beside("id", "slug", "title", "path", "translation_key")
        ]

    return cached(f"news:audiences:{index.pk}", build)


def months_with_news(index) -> list[tuple[int, int]]:
    """(year, month) of every month that has news under the index, newest first."""

    def build():
        return [(day.year, day.month) for day in index.news().dates("date", "month", order="DESC")]

    return cached(f"news:months:{index.pk}", build)


# --- the filter form --------------------------------------------------------------------------


class NewsFilterForm(forms.Form):
    """The index's filters: a plain GET form, so it works without JavaScript and every filtered
    list has an address of its own."""

    audience = forms.ChoiceField(label=_("Audience"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    month = forms.ChoiceField(label=_("Month"), required=False)

    def __init__(self, data, *, audiences, topics, months):
        super().__init__(data, label_suffix="")
        self.fields["audience"].choices = [("", _("All audiences"))] + [(a.slug, a.title) for a in audiences]
        self.fields["topic"].choices = [("", _("All topics"))] + [(t.slug, t.name) for t in topics]
        self.fields["month"].choices = [("", _("All months"))] + [
            (f"{year:04d}-{month:02d}", date_format(datetime.date(year, month, 1), "F Y")) for year, month in months
        ]
        self._audiences = {a.slug: a for a in audiences}
        self._topics = {t.slug: t for t in topics}

    def chosen(self) -> dict:
        """The valid choices: an unknown value (an old bookmark) is ignored rather than an error."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        chosen = {}
        if data.get("audience"):
            chosen["audience"] = self._audiences[data["audience"]]
        if data.get("topic"):
            chosen["topic"] = self._topics[data["topic"]]
        if data.get("month"):
            year, month = data["month"].split("-")
            chosen["month"] = (int(year), int(month))
        return chosen


def filtered_news(index, audience_key: str = "", topic_key: str = "", month: tuple[int, int] | None = None):
    """The index's news for one audience, topic and month (each optional), newest first.

    Tags may point at the audience page or topic of any language, so they are matched by
    translation key.
    """
    queryset = index.news()
    if audience_key:
        queryset = queryset.filter(audiences__translation_key=audience_key)
    if topic_key:
        queryset = queryset.filter(topics__translation_key=topic_key)
    if month:
        queryset = queryset.filter(date__year=month[0], date__month=month[1])
    if audience_key or topic_key:
        queryset = queryset.distinct()
    return queryset


def news_items(pages, locale_id: int) -> list[NewsItem]:
    """The pages as list items with their topics in the list's language (one query for all topics)."""
    from .models import NewsPage

    pages = list(pages)
    through = NewsPage.topics.through
    keys_by_page: dict[int, list[str]] = {}
    for page_id, key in through.objects.filter(newspage_id__in=[page.pk for page in pages]).values_list(
        "newspage_id", "topic__translation_key"
    ):
        keys_by_page.setdefault(page_id, []).append(key)
    return [NewsItem.of(page, tuple(topics_of(locale_id, keys_by_page.get(page.pk, [])))) for page in pages]


def news_listing(index, query) -> dict:
    """The context of the index page for the GET parameters `query`."""
    audiences = audience_choices(index)
    topics = list(topics_by_key(index.locale_id).values())
    form = NewsFilterForm(query, audiences=audiences, topics=topics, months=months_with_news(index))
    chosen = form.chosen()
    audience = chosen.get("audience")
    audience_key = audience.translation_key if audience else ""
    topic_key = chosen["topic"].translation_key if "topic" in chosen else ""
    month = chosen.get("month")
    asked_page = query.get("page", "")[:12]

    def build():
        queryset = filtered_news(index, audience_key, topic_key, month).only(*LIST_FIELDS)
        paginator = Paginator(queryset, PER_PAGE)
        page_of_news = paginator.get_page(asked_page)
        return paginator.count, page_of_news.number, tuple(news_items(page_of_news.object_list, index.locale_id))

    # The same list for every reader until the next publish: no query once warm.
    count, number, items = cached(f"news:list:{index.pk}:{audience_key}:{topic_key}:{month}:{asked_page}", build)
    # Paging over the count alone: the template needs the page numbers, not the rows again.
    page_of_news = Paginator(range(count), PER_PAGE).get_page(number)
    return {
        "filter_form": form,
        "filtered": bool(chosen),
        "chosen_audience": audience,
        "news_page": page_of_news,
        "news_items": items,
        "result_count": count,
        "feeds": index.feed_urls(audience.slug if audience else ""),
        "all_feeds": index.feed_urls(),
    }


# --- audience pages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AudienceNews:
    """What an audience page shows of the news: the latest items and where to read more."""

    items: tuple[NewsItem, ...]
    list_url: str
    rss_url: str
    atom_url: str


def latest_under(home, index_paths: tuple[str, ...]) -> tuple[NewsItem, ...]:
    """The latest news in the live, public lists at `index_paths` (the home page's content
    indexes), for the home page; one query when the page tree changed, none otherwise."""
    from django.db.models import Q

    from .models import NewsPage

    if not index_paths:
        return ()

    def build():
        under_a_list = Q(pk__in=[])
        for path in index_paths:
            under_a_list |= Q(path__startswith=path)
        pages = exclude_restricted(NewsPage.objects.live().filter(under_a_list, locale_id=home.locale_id))
        return tuple(
            NewsItem.of(page) for page in pages.order_by("-date", "-pk").only(*LIST_FIELDS)[:LATEST_ON_HOME_PAGE]
        )

    return cached(f"news:latest:{home.pk}", build)


def latest_for_audience(audience) -> AudienceNews | None:
    """The latest news for an audience page, in its language; None when there is none.

    One query when the page tree changed, none otherwise: the news index is found through the
    news items (a news page always sits directly under its index), not looked up on its own.
    """
    from .models import NewsPage

    def build():
        pages = list(
            exclude_restricted(
                NewsPage.objects.live().filter(
                    locale_id=audience.locale_id, audiences__translation_key=audience.translation_key
                )
            )
            .distinct()
            .order_by("-date", "-pk")
            .only(*LIST_FIELDS, "slug")[:LATEST_ON_AUDIENCE_PAGES]
        )
        if not pages:
            return False
        items = tuple(NewsItem.of(page) for page in pages)
        index_url = items[0].url[: -len(pages[0].slug) - 1]
        slug = quote(audience.slug)
        return AudienceNews(
            items=items,
            list_url=f"{index_url}?{urlencode({'audience': audience.slug})}",
            rss_url=f"{index_url}feed/{slug}/",
            atom_url=f"{index_url}atom/{slug}/",
        )

    return cached(f"news:audience:{audience.pk}", build) or None
