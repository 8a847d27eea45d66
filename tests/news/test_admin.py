"""Editors create news and topics in the admin; a news page offers the topics of its own language."""

import pytest
from wagtail.models import Locale

from news.models import NewsPage, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor", "redaktor@sjovik.example", "lösenord-123456")
    client.force_login(user)
    return client


def test_the_add_news_form_offers_only_topics_in_the_pages_language(editor, news_site):
    english = Locale.objects.get(language_code="en")
    Topic.objects.create(locale=english, name="Traffic (en)", slug="traffic-en")

    response = editor.get(f"/admin/pages/add/news/newspage/{news_site['index'].pk}/")

    assert response.status_code == 200
    topics = response.context["form"].fields["topics"].queryset
    assert {"Trafik", "Avfall"} <= set(topics.values_list("name", flat=True))
    assert set(topics.values_list("locale__language_code", flat=True)) == {"sv"}


def test_an_editor_publishes_news_with_topics_and_audiences(editor, news_site):
    response = editor.post(
        f"/admin/pages/add/news/newspage/{news_site['index'].pk}/",
        {
            "title": "Ny cykelbana",
            "slug": "ny-cykelbana",
            "date": "2025-06-01",
            "intro": "En ny cykelbana längs sjön.",
            "image_alt": "",
            "body-count": "0",
            "topics": [news_site["trafik"].pk],
            "audiences": [news_site["husagare"].pk],
            "owning_department": news_site["index"].owning_department_id or "",
            "review_date": "2026-06-01",
            "action-publish": "publish",
        },
    )

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = NewsPage.objects.get(slug="ny-cykelbana")
    assert page.live
    assert list(page.topics.all()) == [news_site["trafik"]]


def test_topics_are_managed_as_snippets(editor, news_site):
    assert editor.get("/admin/snippets/news/topic/").status_code == 200
    assert editor.get(f"/admin/snippets/news/topic/edit/{news_site['trafik'].pk}/").status_code == 200
