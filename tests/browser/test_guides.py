"""Citizens walk the demo guides to every outcome in Chromium with JavaScript switched off;
axe-core finds nothing on question, error and outcome screens in every language."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from demo.content import AUDIENCES, GUIDES
from tests.browser.axe import axe_results

pytestmark = pytest.mark.browser

AUDIENCE_EN_SLUGS = {content["audience"]["slug"]: content["audience"]["en_slug"] for content in AUDIENCES}


def paths_to_outcomes(guide: dict) -> dict[str, list[tuple[dict, dict]]]:
    """For each outcome, one way there: the (question, answer) pairs to choose."""
    questions = {question["key"]: question for question in guide["questions"]}
    found: dict[str, list] = {}

    def walk(key, path):
        if key not in questions:
            found.setdefault(key, path)
            return
        for answer in questions[key]["answers"]:
            walk(answer["leads_to"], [*path, (questions[key], answer)])

    walk(guide["questions"][0]["key"], [])
    return found


def number_in(answer: dict) -> str:
    low, high = answer.get("minimum"), answer.get("maximum")
    if low is not None:
        return str(Decimal(str(low)) + 1 if high is None else Decimal(str(low)))
    return str(Decimal(str(high)) if high is not None else 1)


def guide_url(site_url, guide, language="sv"):
    if language == "sv":
        return f"{site_url}/{guide['parent']}/{guide['slug']}/"
    return f"{site_url}/{language}/{AUDIENCE_EN_SLUGS[guide['parent']]}/{guide['en_slug']}/"


def answer(page, question, chosen):
    if question["kind"] == "number":
        page.fill("#guide-answer", number_in(chosen))
    else:
        page.get_by_label(chosen["label"]["sv"], exact=True).check()
    page.locator("form.guide__question button[type=submit]").click()


CASES = [(guide, key) for guide in GUIDES for key in paths_to_outcomes(guide)]


@pytest.mark.parametrize(("guide", "outcome_key"), CASES, ids=[f"{g['slug']}-{k}" for g, k in CASES])
def test_without_javascript_each_outcome_is_reachable(phone_without_js, site_url, guide, outcome_key):
    page = phone_without_js
    page.goto(guide_url(site_url, guide))
    path = paths_to_outcomes(guide)[outcome_key]
    for question, chosen in path:
        assert page.locator(".guide__question-text").inner_text() == question["text"]["sv"]
        answer(page, question, chosen)

    outcome = next(item for item in guide["outcomes"] if item["key"] == outcome_key)
    assert page.locator("#outcome-heading").inner_text() == outcome["title"]["sv"]
    assert page.locator(".guide__answer").count() == len(paths_to_outcomes(guide)[outcome_key])
    if outcome.get("page"):
        expect(page.locator(".guide__outcome a.button")).to_be_visible()
    if outcome.get("eservice"):  # the e-service on the spot, filled in with the guide's answers
        form = page.locator(".guide__outcome section.eservice form")
        assert form.locator("[name$='-subject']").input_value() == guide["title"]["sv"]
        assert form.locator("[name$='-message']").input_value().startswith(path[0][0]["text"]["sv"])


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_guide_screens_have_no_axe_violations(phone, site_url, language):
    guide = GUIDES[0]
    phone.goto(guide_url(site_url, guide, language))
    assert phone.locator("html").get_attribute("lang") == language
    assert axe_results(phone).violations_count == 0

    phone.locator("form.guide__question button[type=submit]").click()  # no answer: the error
    expect(phone.locator("#guide-error")).to_be_visible()
    results = axe_results(phone)
    assert results.violations_count == 0, results.generate_report()

    # The outcome with an e-service form, where there is one: the most to check.
    outcomes = paths_to_outcomes(guide)
    with_form = [key for key in outcomes if next(o for o in guide["outcomes"] if o["key"] == key).get("eservice")]
    path = outcomes[with_form[0] if with_form else next(iter(outcomes))]
    phone.goto(guide_url(site_url, guide, language))
    for question, chosen in path:
        if question["kind"] == "number":
            phone.fill("#guide-answer", number_in(chosen))
        else:
            phone.get_by_label(chosen["label"][language], exact=True).check()
        phone.locator("form.guide__question button[type=submit]").click()
    expect(phone.locator("#outcome-heading")).to_be_visible()
    results = axe_results(phone)
    assert results.violations_count == 0, results.generate_report()
