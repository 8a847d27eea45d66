"""Pages in another language than the reader's: lists prefer the reader's language, and what is
shown in its own language (a page not translated yet) carries `lang` and `dir`."""

import pytest
from playwright.sync_api import expect

from demo.content import GUIDES
from tests.browser.test_guides import guide_url, number_in, paths_to_outcomes

pytestmark = pytest.mark.browser

HOMES = {"en": "/en/", "ar": "/ar/"}
SWEDISH_NOTE = {"en": "(in Swedish)", "ar": "(باللغة السويدية)"}


def is_in_language(href: str, language: str) -> bool:
    return href.startswith(f"/{language}/")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_popular_pages_not_translated_keep_their_swedish_title_marked_as_swedish(phone_without_js, site_url, language):
    page = phone_without_js
    page.goto(site_url + HOMES[language])

    links = page.locator(".top-tasks a").all()
    swedish = [link for link in links if not is_in_language(link.get_attribute("href"), language)]
    translated = [link for link in links if is_in_language(link.get_attribute("href"), language)]
    assert swedish and translated  # the demo has both
    for link in swedish:
        title = link.locator("span").first
        assert (title.get_attribute("lang"), title.get_attribute("dir")) == ("sv", "ltr"), link.inner_text()
        assert link.get_attribute("hreflang") == "sv"
        assert link.locator(".language-note").inner_text() == SWEDISH_NOTE[language]
    for link in translated:
        assert link.locator("[lang]").count() == 0, link.inner_text()
    assert page.locator(".top-tasks .language-note").count() == len(swedish)


OUTCOMES_WITH_PAGES = [
    (guide, key)
    for guide in GUIDES
    for key in paths_to_outcomes(guide)
    if next(outcome for outcome in guide["outcomes"] if outcome["key"] == key).get("page")
]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_guide_outcome_links_to_the_translation_or_marks_the_swedish_page(phone_without_js, site_url, language):
    page = phone_without_js
    seen = {"translated": 0, "swedish": 0}
    for guide, key in OUTCOMES_WITH_PAGES:
        page.goto(guide_url(site_url, guide, language))
        for question, chosen in paths_to_outcomes(guide)[key]:
            if question["kind"] == "number":
                page.fill("#guide-answer", number_in(chosen))
            else:
                page.get_by_label(chosen["label"][language], exact=True).check()
            page.locator("form.guide__question button[type=submit]").click()
        expect(page.locator("#outcome-heading")).to_be_visible()

        link = page.locator(".guide__outcome a.button")
        href = link.get_attribute("href")
        note = page.locator(".guide__outcome .language-note")
        if is_in_language(href, language):
            seen["translated"] += 1
            assert link.get_attribute("lang") is None and link.get_attribute("hreflang") is None
            assert note.count() == 0
        else:
            # A Swedish page: the link says so, and its text, when it is the page's title, is Swedish.
            seen["swedish"] += 1
            assert link.get_attribute("hreflang") == "sv", (guide["slug"], key)
            assert note.inner_text() == SWEDISH_NOTE[language]
            outcome = next(outcome for outcome in guide["outcomes"] if outcome["key"] == key)
            if not (outcome.get("link_label") or {}).get(language):
                assert (link.get_attribute("lang"), link.get_attribute("dir")) == ("sv", "ltr"), (guide["slug"], key)
            else:
                assert link.get_attribute("lang") is None
    assert seen["translated"] + seen["swedish"] == len(OUTCOMES_WITH_PAGES) > 0
