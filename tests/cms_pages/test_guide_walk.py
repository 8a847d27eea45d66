"""One walk through a guide, the same on the guide page and in the API: the same answers lead to the
same place and count the same figures once, and answers share one rate limit per client."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from cms_pages.guides import flow, walk
from cms_pages.guides.figures import GuideCount

from .test_guides import answer_form, permit_guide  # noqa: F401 - the fixture
from .test_guides_api import answers

pytestmark = pytest.mark.django_db


def figures(guide) -> dict:
    return {(row.kind, row.key): row.count for row in GuideCount.objects.filter(guide=guide)}


def walk_on_the_web(client, guide, *given):
    """Answer one question per screen, as a citizen does; the last page shown."""
    page = client.get(guide.url)
    for value in given:
        hidden, _soup = answer_form(page.content)
        page = client.get(client.get(guide.url, {**hidden, "a": value})["Location"])
    return page


def walk_in_the_api(client, guide, *given):
    """Send the answers so far after each answer, as an API client does; the last answer."""
    for number in range(len(given) + 1):
        response = answers(client, guide, *given[:number])
    return response.json()


def test_the_same_answers_count_the_same_figures_on_the_web_and_in_the_api(client, permit_guide):  # noqa: F811
    walk_on_the_web(client, permit_guide, "0", "12")
    on_the_web = figures(permit_guide)
    GuideCount.objects.all().delete()

    walk_in_the_api(client, permit_guide, "0", "12")

    assert figures(permit_guide) == on_the_web


def test_a_walk_counts_each_question_and_the_outcome_once(client, permit_guide):  # noqa: F811
    walk_on_the_web(client, permit_guide, "0", "12")

    assert figures(permit_guide) == {
        (GuideCount.REACHED, "what"): 1,
        (GuideCount.ANSWERED, "what"): 1,
        (GuideCount.REACHED, "size"): 1,
        (GuideCount.ANSWERED, "size"): 1,
        (GuideCount.OUTCOME, "free"): 1,
    }


def test_the_same_answers_end_at_the_same_outcome_with_the_same_steps_on_the_web_and_in_the_api(
    client,
    permit_guide,  # noqa: F811
):
    page = BeautifulSoup(walk_on_the_web(client, permit_guide, "0", "12,50").content, "html.parser")

    data = walk_in_the_api(client, permit_guide, "0", "12,50")

    assert page.select_one("#outcome-heading").get_text() == data["outcome"]["title"]
    shown = [item.find(string=True, recursive=False).strip() for item in page.select(".guide__answer dd")]
    assert shown == [step["answer"] for step in data["steps"]] == ["Friggebod", "12,50"]


def test_the_api_links_to_the_same_step_on_the_web(client, permit_guide):  # noqa: F811
    data = walk_in_the_api(client, permit_guide, "0")

    page = BeautifulSoup(client.get(data["url"]).content, "html.parser")

    assert page.select_one("label[for=guide-answer]").get_text(strip=True) == data["question"]["text"]


def test_an_answer_to_a_question_the_answers_do_not_lead_to_is_refused_and_not_counted(permit_guide):  # noqa: F811
    with pytest.raises(flow.InvalidAnswer):
        walk.answer(permit_guide.pk, permit_guide.graph(), ["0"], "what", "1")

    assert figures(permit_guide) == {}


def test_web_answers_past_the_budget_get_too_many_requests_with_a_link_back_to_the_question(
    client,
    permit_guide,  # noqa: F811
    settings,
):
    settings.API_GUIDE_ANSWERS_PER_MINUTE = 1
    first = client.get(client.get(permit_guide.url, {"q": "what", "a": "0"})["Location"])
    hidden, _soup = answer_form(first.content)

    response = client.get(permit_guide.url, {**hidden, "a": "12"})

    assert response.status_code == 429
    back = BeautifulSoup(response.content, "html.parser").select_one("main a[href*='?s=']")["href"]
    assert flow.decode(permit_guide.pk, parse_qs(urlsplit(back).query)["s"][0]) == ["0"]
    again = BeautifulSoup(client.get(back).content, "html.parser")
    assert again.select_one("label[for=guide-answer]").get_text(strip=True) == "Hur många kvadratmeter?"


def test_a_web_answer_past_the_budget_is_not_counted(client, permit_guide, settings):  # noqa: F811
    settings.API_GUIDE_ANSWERS_PER_MINUTE = 1
    client.get(permit_guide.url, {"q": "what", "a": "0"})
    counted = figures(permit_guide)

    response = client.get(permit_guide.url, {"q": "what", "a": "1"})

    assert response.status_code == 429
    assert figures(permit_guide) == counted


def test_the_web_and_the_api_share_one_budget_per_client(client, permit_guide, settings):  # noqa: F811
    settings.API_GUIDE_ANSWERS_PER_MINUTE = 2
    assert answers(client, permit_guide).status_code == 200
    assert answers(client, permit_guide, "1").status_code == 200

    response = client.get(permit_guide.url, {"q": "what", "a": "1"})

    assert response.status_code == 429


def test_showing_the_guide_is_not_counted_against_the_budget(client, permit_guide, settings):  # noqa: F811
    settings.API_GUIDE_ANSWERS_PER_MINUTE = 1
    for _visit in range(3):
        client.get(permit_guide.url)

    response = client.get(permit_guide.url, {"q": "what", "a": "0"})

    assert response.status_code == 302
