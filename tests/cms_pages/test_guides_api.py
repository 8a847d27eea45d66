"""Guides through the API: the graph, and the next step for the answers so far."""

import pytest

from cms_pages.guides.figures import GuideCount

from .test_guides import permit_guide  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def answers(client, guide, *given, **params):
    return client.post(
        f"/api/v1/guides/{guide.pk}/answers/", {"answers": list(given)}, content_type="application/json", **params
    )


def test_the_guide_is_its_questions_and_outcomes(client, permit_guide):  # noqa: F811
    data = client.get(f"/api/v1/guides/{permit_guide.pk}/").json()

    assert data["start"] == "what"
    what = data["questions"][0]
    assert [(answer["value"], answer["label"], answer["leads_to"]) for answer in what["answers"]] == [
        ("0", "Friggebod", "size"),
        ("1", "Tillbyggnad", "permit"),
    ]
    assert data["questions"][1]["kind"] == "number"
    assert data["questions"][1]["answers"][1]["minimum"] == "15.01"
    assert {outcome["key"]: outcome["resolves"] for outcome in data["outcomes"]} == {"free": True, "permit": False}


def test_answers_lead_to_the_next_question_and_then_to_the_outcome(client, permit_guide):  # noqa: F811
    first = answers(client, permit_guide).json()
    assert first["question"]["key"] == "what" and first["outcome"] is None

    second = answers(client, permit_guide, "0").json()
    assert second["question"]["key"] == "size"
    assert second["steps"] == [{"question": "what", "text": "Vad vill du bygga?", "value": "0", "answer": "Friggebod"}]

    done = answers(client, permit_guide, "0", "12,5").json()
    assert done["question"] is None
    assert done["outcome"]["title"] == "Du behöver inte bygglov"
    assert "?s=" in done["url"]
    assert client.get(done["url"]).status_code == 200  # the same step on the web site


def test_a_wrong_answer_gets_the_guides_translated_message(client, permit_guide):  # noqa: F811
    response = answers(client, permit_guide, "0", "många")

    assert response.status_code == 400
    assert response.json()["errors"]["answers"][0]["message"] == "Skriv en siffra, till exempel 25."


def test_api_walks_count_in_the_guides_figures(client, permit_guide):  # noqa: F811
    answers(client, permit_guide, "1")

    counted = GuideCount.objects.filter(guide=permit_guide)
    assert counted.get(kind=GuideCount.ANSWERED, key="what").count == 1
    assert counted.get(kind=GuideCount.OUTCOME, key="permit").count == 1


def test_a_page_that_is_not_a_guide_is_not_found(client, permit_guide, home_page):  # noqa: F811
    assert client.get(f"/api/v1/guides/{home_page.pk}/").status_code == 404
    assert answers(client, home_page).status_code == 404


def test_a_guide_not_translated_into_the_language_asked_for_says_so(client, permit_guide):  # noqa: F811
    response = client.get(f"/api/v1/guides/{permit_guide.pk}/", {"locale": "en"})

    assert response.status_code == 404
    assert response.json()["detail"] == "This guide has not been translated into that language."
