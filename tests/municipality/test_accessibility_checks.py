"""The site's own checks find what editors put in pages, and a new statement starts from them."""

import json

import pytest
from wagtail.models import Page

from municipality import accessibility_checks
from municipality.models import AccessibilityStatementPage
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


def page_with(home_page, title, *html, alt=None):
    body = [{"type": "rich_text", "value": text} for text in html]
    if alt is not None:
        body.append({"type": "image", "value": {"image": {"image": None, "alt_text": alt, "decorative": False}}})
    return InformationPageFactory(parent=home_page, title=title, body=json.dumps(body))


def findings(*pages):
    return accessibility_checks.find(Page.objects.filter(pk__in=[page.pk for page in pages]).specific())


def test_each_check_finds_its_shortcoming_and_names_the_page(home_page):
    document = page_with(home_page, "Taxor", '<p><a linktype="document" id="7">Taxa 2026</a></p>')
    vague = page_with(home_page, "Parkering", '<p>Om parkering: <a href="https://example.com/p">Läs mer</a></p>')
    headings = page_with(home_page, "Bygglov", "<h3>Ansök</h3><p>Så här.</p>")
    alt = page_with(home_page, "Badplatser", "<h2>Bad</h2>", alt="Bild")
    clean = page_with(
        home_page, "Återvinning", '<h2>Sortera</h2><p><a href="https://example.com">Sorteringsguiden</a></p>'
    )

    found = findings(document, vague, headings, alt, clean)

    assert {kind: [page.title for page in finding.pages] for kind, finding in found.items()} == {
        "documents": ["Taxor"],
        "vague-links": ["Parkering"],
        "headings": ["Bygglov"],
        "alt-texts": ["Badplatser"],
    }


@pytest.mark.parametrize(
    ("levels", "skips"),
    [([2, 3, 2, 3], False), ([2, 3, 3, 2], False), ([3], True), ([2, 4], True), ([], False)],
)
def test_a_heading_may_go_back_up_but_not_down_more_than_one_level(levels, skips):
    assert accessibility_checks.skips_a_heading_level(levels) is skips


def test_the_shortcomings_are_written_in_swedish_with_the_link_text_and_the_pages(home_page, settings):
    vague = page_with(home_page, "Parkering", '<p><a href="https://example.com/p">klicka här</a></p>')

    with accessibility_checks.translation.override("en"):  # an English-speaking editor
        ((kind, value),) = accessibility_checks.shortcomings([vague])

    assert kind == "shortcoming"
    assert value["title"] == "Länkar som inte säger vart de leder"
    assert "”klicka här”" in value["description"] and "Parkering" in value["description"]


def test_a_new_statement_starts_from_the_findings_and_an_editor_keeps_what_they_wrote(home_page):
    page_with(home_page, "Avgifter för förskola", '<p><a linktype="document" id="3">Avgifter</a></p>')

    new = AccessibilityStatementPage(title="Tillgänglighetsredogörelse")

    titles = [block.value["title"] for block in new.shortcomings]
    assert "Dokument som kanske inte är tillgängliga" in titles
    documents = next(block for block in new.shortcomings if block.value["title"].startswith("Dokument"))
    assert "Avgifter för förskola" in documents.value["description"]
    kept = AccessibilityStatementPage(title="Tillgänglighetsredogörelse", shortcomings=[])
    assert list(kept.shortcomings) == []


def test_the_editor_adding_a_statement_sees_the_findings_in_the_form(home_page, admin_client):
    page_with(home_page, "Parkering", '<p><a href="https://example.com/p">Läs mer</a></p>')

    response = admin_client.get(f"/admin/pages/add/municipality/accessibilitystatementpage/{home_page.pk}/")

    assert response.status_code == 200
    text = response.content.decode()
    title = "Länkar som inte säger vart de leder"
    # The stream's blocks reach the editor as JSON for its JavaScript, where "ä" is escaped.
    assert title in text or json.dumps(title)[1:-1] in text
    assert "Parkering" in text
