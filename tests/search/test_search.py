"""The site search: pages, guides and e-services of the current language, found in citizens'
words, with editors' synonyms and promotions, and an anonymous log of what found nothing.
(The demo municipality is in the database too, so these pages use words the demo lacks.)"""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search import engine, querylog
from search.models import DocumentKind, QueryWeek, SearchDocument, Synonym
from tests.factories import AudiencePageFactory, InformationPageFactory

pytestmark = pytest.mark.django_db

BLOCK_ID = "5b1a3c1e-0000-4000-8000-0000000000aa"
CONTACT = {
    "title": "Fråga om kolonilotter",
    "intro": "Föreningen svarar på frågor om odling.",
    "receiving_department": None,
    "confirmation_text": "Tack.",
    "expected_lead_time_days": 5,
    "retention_days": 365,
    "ask_for_name": True,
    "ask_for_phone": False,
    "ask_for_identity_number": False,
}


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish and run what happens after the commit (the indexing task)."""

    def run(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return run


@pytest.fixture
def pages(home_page, publish):
    audience = publish(AudiencePageFactory(parent=home_page, slug="fritid", title="Fritid", intro="Fritid i Sjövik."))
    allotment = InformationPageFactory(
        parent=audience, slug="kolonilott", title="Kolonilott", intro="Hyr en kolonilott och odla grönsaker."
    )
    allotment.body = [
        {"type": "rich_text", "value": "<p>Ansökan om kolonilott gör du i e-tjänsten. Kolonilotten är 100 kvm.</p>"},
        {"type": "eservice_contact", "id": BLOCK_ID, "value": CONTACT},
    ]
    berth = InformationPageFactory(
        parent=audience, slug="batplats", title="Båtplats", intro="Hyr en båtplats i hamnen."
    )
    return {"audience": audience, "allotment": publish(allotment), "berth": publish(berth)}


def found(query, language="sv"):
    """(title, kind) of the hits on the test's own pages."""
    return [(hit.document.title, hit.document.kind) for hit in engine.search(query, language).hits]


def test_a_published_page_is_indexed_and_an_unpublished_one_removed(pages, django_capture_on_commit_callbacks):
    assert ("Kolonilott", "page") in found("kolonilott")

    with django_capture_on_commit_callbacks(execute=True):
        pages["allotment"].unpublish()

    assert not SearchDocument.objects.filter(page=pages["allotment"]).exists()
    assert found("kolonilott") == []


def test_an_eservice_is_found_by_its_title_and_leads_to_its_page(pages):
    hit = next(
        hit for hit in engine.search("kolonilotter fråga", "sv").hits if hit.document.kind == DocumentKind.ESERVICE
    )

    assert hit.document.title == "Fråga om kolonilotter"
    assert hit.document.url == f"{pages['allotment'].url}#es-{BLOCK_ID}"


@pytest.mark.parametrize("query", ["kolonilott", "kolonilotten", "kolonilottsansökan", "kolonilotterna"])
def test_inflected_forms_and_compounds_find_the_same_page(pages, query):
    assert found(query)[0][0] in ("Kolonilott", "Fråga om kolonilotter")


def test_an_editors_synonym_finds_the_page_in_the_sites_words(pages):
    assert found("odlingslott") == []

    Synonym.objects.create(language="sv", words="odlingslott, odlingslotten", means="kolonilott")

    assert found("odlingslotten")[0] == ("Kolonilott", "page")


def test_an_edited_or_deleted_synonym_counts_from_the_next_search(pages):
    synonym = Synonym.objects.create(language="sv", words="odlingslott", means="kolonilott")
    assert found("odlingslott")[0] == ("Kolonilott", "page")  # now cached

    synonym.means = "båtplats"
    synonym.save()
    assert found("odlingslott")[0] == ("Båtplats", "page")

    synonym.delete()
    assert found("odlingslott") == []


def test_a_promoted_page_comes_first(pages):
    SearchPromotion.objects.create(query=Query.get("kolonilott"), page=pages["berth"], sort_order=0)

    hits = engine.search("kolonilott", "sv").hits
    assert hits[0].document.title == "Båtplats" and hits[0].promoted
    assert hits[1].document.page_id == pages["allotment"].pk


def test_a_restricted_page_is_not_found(pages, publish):
    PageViewRestriction.objects.create(page=pages["berth"], restriction_type="password", password="hemligt123")
    publish(pages["berth"])

    assert pages["berth"].pk not in [hit.document.page_id for hit in engine.search("båtplats", "sv").hits]


def test_other_languages_pages_are_not_found(pages):
    assert found("kolonilott", "en") == []


def test_a_misspelling_is_searched_as_the_sites_word(pages):
    assert found("kolonillot")[0][0] in ("Kolonilott", "Fråga om kolonilotter")


def test_the_results_page_shows_kind_snippet_audience_and_is_never_indexed(client, pages):
    response = client.get("/sok/?q=kolonilotten")

    assert response["X-Robots-Tag"] == "noindex"
    soup = BeautifulSoup(response.content, "html.parser")
    first = soup.select_one(".search-result")
    assert first.select_one(".search-result__kind").text.strip() in ("Sida", "E-tjänst")
    assert first.select_one(".search-result__snippet mark")
    assert "Fritid" in first.select_one(".search-result__audience").text
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"


def test_nothing_found_suggests_a_spelling(client, pages):
    soup = BeautifulSoup(client.get("/sok/?q=båtplatts+xqzw").content, "html.parser")

    assert "båtplats" in soup.select_one("main").text.lower()


def test_searches_are_logged_per_week_without_personal_data(client, pages):
    client.get("/sok/?q=xqzw+19811218-9876")
    client.get("/sok/?q=xqzw+19811218-9876")
    client.get("/sok/?q=kolonilott")

    rows = {row.query: row for row in QueryWeek.objects.all()}
    masked = next(row for query, row in rows.items() if query.startswith("xqzw"))
    assert "9876" not in masked.query and "[…]" in masked.query
    assert masked.searches == 2 and masked.zero_hits == 2
    assert rows["kolonilott"].searches == 1 and rows["kolonilott"].zero_hits == 0


def test_opening_a_result_is_counted_and_redirects_to_it(client, pages):
    client.get("/sok/?q=kolonilott")
    document = SearchDocument.objects.get(page=pages["allotment"], block_id="")

    response = client.get(reverse("search_open", args=[document.pk]) + "?q=kolonilott")

    assert response.status_code == 302 and response["Location"] == pages["allotment"].url
    assert QueryWeek.objects.get(query="kolonilott").clicks == 1


def test_editors_see_the_weeks_zero_hit_and_low_click_queries(admin_client, client, pages):
    for _ in range(3):
        client.get("/sok/?q=kolonilott")
    client.get("/sok/?q=xqzw")

    report = querylog.report(querylog.week_of(timezone.localdate()))
    assert [row.query for row in report["zero_hits"]] == ["xqzw"]
    assert [row.query for row in report["low_clicks"]] == ["kolonilott"]
    page = admin_client.get(reverse("search_report"))
    assert page.status_code == 200
    assert b"xqzw" in page.content


def test_editors_manage_synonyms_in_the_admin(admin_client):
    response = admin_client.get(reverse("wagtailsnippets_site_search_synonym:add"))

    assert response.status_code == 200


def test_suggestions_offer_titles_for_what_has_been_typed(client, pages):
    data = client.get("/sok/forslag/?q=kolon").json()

    assert "Kolonilott" in data["suggestions"]
    assert client.get("/sok/forslag/?q=k").json() == {"suggestions": []}


def test_the_rebuild_command_shows_progress(pages, capsys):
    SearchDocument.objects.filter(page=pages["allotment"]).delete()

    call_command("rebuild_search_index")

    output = capsys.readouterr().out
    assert "(100 %)" in output and "documents" in output
    assert SearchDocument.objects.filter(page=pages["allotment"]).count() == 2


def test_an_eservice_in_a_guides_outcome_is_found_as_the_guide_not_as_a_result_of_its_own(pages, publish):
    from cms_pages.models import GuidePage

    outcome_contact = {**CONTACT, "title": "Fråga om odlingsguiden"}
    guide = GuidePage(
        title="Vilken odling passar dig?",
        slug="odlingsguide",
        intro="Svara på en fråga.",
        questions=[
            {
                "type": "question",
                "value": {
                    "key": "what",
                    "text": "Vad vill du odla?",
                    "help_text": "",
                    "kind": "choice",
                    "answers": [{"label": "Grönsaker", "leads_to": "lot", "minimum": None, "maximum": None}],
                },
            }
        ],
        outcomes=[
            {
                "type": "outcome",
                "value": {
                    "key": "lot",
                    "title": "Hyr en lott",
                    "text": "<p>Hyr en lott.</p>",
                    "page": None,
                    "link_label": "",
                    "resolves": False,
                    "eservice": [
                        {
                            "type": "eservice_contact",
                            "id": "0c0ffee0-0000-4000-8000-0000000000bb",
                            "value": outcome_contact,
                        }
                    ],
                },
            }
        ],
    )
    pages["audience"].add_child(instance=guide)
    publish(guide)

    documents = SearchDocument.objects.filter(page=guide)
    assert [document.kind for document in documents] == [DocumentKind.GUIDE]
    assert found("odlingsguiden") == [("Vilken odling passar dig?", DocumentKind.GUIDE)]
