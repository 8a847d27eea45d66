"""Important messages: a banner on every page or on one audience's pages, on the minute of its
period, announced to screen readers, translated, in the API, and never kept past its start or
end by the frontend cache."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale

from alerts.models import ImportantMessage, Severity
from tests.factories import AudiencePageFactory, InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    families = AudiencePageFactory(parent=home_page, slug="smabarnsforaldrar", title="Småbarnsföräldrar")
    owners = AudiencePageFactory(parent=home_page, slug="husagare", title="Husägare")
    preschool = InformationPageFactory(parent=families, slug="forskola", title="Förskola")
    permit = InformationPageFactory(parent=owners, slug="bygglov", title="Bygglov")
    tagged = InformationPageFactory(parent=owners, slug="tomt", title="Tomt")
    tagged.audiences.add(families)
    tagged.save_revision().publish()
    return {"home": home_page, "families": families, "preschool": preschool, "permit": permit, "tagged": tagged}


def message(**fields):
    values = {
        "headline": "Kokningsrekommendation i Sjövik",
        "text": "Koka dricksvattnet i minst en minut.",
        "severity": Severity.CRITICAL,
        "active": True,
        "valid_from": timezone.now() - timedelta(minutes=5),
        "locale": Locale.objects.get(language_code="sv"),
        **fields,
    }
    audiences = values.pop("audiences", [])
    created = ImportantMessage.objects.create(**values)
    if audiences:
        created.audiences.set(audiences)
        created.save()  # a ParentalManyToManyField is written on save, as the admin does
    return created


def banner(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.select(".important-message")


def test_a_site_wide_message_is_at_the_top_of_every_page_as_an_alert(client, pages):
    message()
    for page in pages.values():
        shown = banner(client, page)
        assert len(shown) == 1
        assert shown[0]["role"] == "alert"
        assert "Kokningsrekommendation i Sjövik" in shown[0].text
    soup = BeautifulSoup(client.get(pages["home"].url).content, "html.parser")
    assert soup.body.find(class_="important-messages") is soup.select_one(".skip-link").find_next_sibling()


def test_an_information_message_is_a_status_not_an_alert(client, pages):
    message(severity=Severity.INFO)
    assert banner(client, pages["home"])[0]["role"] == "status"


def test_an_audience_message_shows_on_that_audiences_pages_only(client, pages):
    message(headline="Förskolorna stänger kl. 15", audiences=[pages["families"]])
    assert banner(client, pages["families"])
    assert banner(client, pages["preschool"])  # under the audience page
    assert banner(client, pages["tagged"])  # tagged for the audience
    assert not banner(client, pages["permit"])
    assert not banner(client, pages["home"])


def test_a_message_shows_only_while_switched_on_and_within_its_period(client, pages):
    later = message(headline="Senare", valid_from=timezone.now() + timedelta(hours=1))
    ended = message(
        headline="Slut",
        valid_until=timezone.now() - timedelta(minutes=1),
        valid_from=timezone.now() - timedelta(hours=2),
    )
    off = message(headline="Avstängt", active=False)
    assert not banner(client, pages["home"])
    later.valid_from = timezone.now() - timedelta(seconds=1)
    later.save()
    assert [m.h2.text.split(": ", 1)[1] for m in banner(client, pages["home"])] == ["Senare"]
    assert ended and off


def test_the_message_is_shown_in_the_pages_language_or_in_swedish(client, demo):
    # The demo's storm warning is translated; switch it on.
    swedish = ImportantMessage.objects.get(headline__startswith="Stormvarning")
    for translated in ImportantMessage.objects.filter(translation_key=swedish.translation_key):
        translated.active = True
        translated.save()
    english_home = demo.get_translation(Locale.objects.get(language_code="en"))
    assert "Storm warning" in banner(client, english_home)[0].text
    untranslated = message(headline="Bara på svenska")
    shown = [m for m in banner(client, english_home) if "Bara på svenska" in m.text]
    assert shown and shown[0]["lang"] == "sv"
    assert untranslated


def test_the_frontend_cache_keeps_a_page_only_until_the_next_start_or_end(client, pages, settings):
    settings.FRONTEND_CACHE_SECONDS = 600
    response = client.get(pages["permit"].url)
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=600"
    message(valid_from=timezone.now() + timedelta(seconds=90))
    age = int(client.get(pages["permit"].url)["Cache-Control"].rsplit("=", 1)[1])
    assert 80 <= age <= 90


def test_saving_a_message_empties_the_frontend_cache(client, pages, settings, django_capture_on_commit_callbacks):
    from unittest import mock

    settings.FRONTEND_CACHE_URLS = ["http://127.0.0.1:1"]
    with mock.patch("cms_pages.frontend_cache._ban") as ban, django_capture_on_commit_callbacks(execute=True):
        message()
    assert ban.call_args_list[-1].args == ("^/",)


def test_the_api_lists_the_current_messages(client, pages):
    message(headline="Överallt")
    message(headline="Bara förskola", audiences=[pages["families"]], severity=Severity.WARNING)
    everywhere = client.get("/api/v1/messages/").json()["results"]
    assert [m["headline"] for m in everywhere] == ["Överallt"]
    for_page = client.get(f"/api/v1/messages/?page={pages['preschool'].pk}").json()["results"]
    assert [m["headline"] for m in for_page] == ["Överallt", "Bara förskola"]
    assert for_page[1]["site_wide"] is False and for_page[0]["severity"] == "critical"


def test_editors_get_clear_errors_for_a_backwards_period():
    from django.core.exceptions import ValidationError

    now = timezone.now()
    with pytest.raises(ValidationError) as error:
        ImportantMessage(headline="x", valid_from=now, valid_until=now - timedelta(hours=1)).clean()
    assert "valid_until" in error.value.message_dict
