"""Guides: the editor's graph is checked before publishing; the citizen walks it without a session."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from cms_pages.guides.graph import Answer, Graph, Question, validate
from cms_pages.models import GuidePage

pytestmark = pytest.mark.django_db


def question(key, *answers, kind="choice", text=None):
    return {
        "type": "question",
        "value": {
            "key": key,
            "text": text or f"Fråga {key}?",
            "help_text": "",
            "kind": kind,
            "answers": [
                {"label": label, "leads_to": target, "minimum": low, "maximum": high}
                for label, target, low, high in answers
            ],
        },
    }


def outcome(key, title, resolves=True):
    return {
        "type": "outcome",
        "value": {
            "key": key,
            "title": title,
            "text": f"<p>{title}.</p>",
            "page": None,
            "link_label": "",
            "resolves": resolves,
        },
    }


@pytest.fixture
def permit_guide(home_page):
    guide = GuidePage(
        title="Behöver jag bygglov?",
        slug="behover-jag-bygglov",
        intro="Svara på några frågor.",
        questions=[
            question(
                "what",
                ("Friggebod", "size", None, None),
                ("Tillbyggnad", "permit", None, None),
                text="Vad vill du bygga?",
            ),
            question(
                "size",
                ("Upp till 15", "free", None, 15),
                ("Över 15", "permit", Decimal("15.01"), None),
                kind="number",
                text="Hur många kvadratmeter?",
            ),
        ],
        outcomes=[outcome("free", "Du behöver inte bygglov"), outcome("permit", "Du behöver bygglov", resolves=False)],
    )
    home_page.add_child(instance=guide)
    guide.save_revision().publish()
    return guide


def graph_of(*questions, outcomes=("done",)):
    graph = Graph(start=questions[0].key)
    graph.questions = {q.key: q for q in questions}
    graph.outcomes = {key: {} for key in outcomes}
    return graph


def test_a_well_formed_graph_has_no_errors():
    graph = graph_of(
        Question("a", "A?", "yes_no", (Answer("Ja", "b"), Answer("Nej", "done"))),
        Question("b", "B?", "choice", (Answer("X", "done"),)),
    )

    assert validate(graph) == []
    assert graph.longest_path() == 2


@pytest.mark.parametrize(
    ("questions", "bad_question", "words"),
    [
        ([Question("a", "A?", "choice", (Answer("X", "nowhere"),))], "a", "neither a question nor an outcome"),
        (
            [Question("a", "A?", "choice", (Answer("X", "b"),)), Question("b", "B?", "choice", (Answer("Y", "a"),))],
            "a",
            "never end",
        ),
        (
            [
                Question("a", "A?", "choice", (Answer("X", "done"),)),
                Question("b", "B?", "choice", (Answer("Y", "done"),)),
            ],
            "b",
            "No answer leads",
        ),
        ([Question("a", "A?", "yes_no", (Answer("Ja", "done"),))], "a", "exactly two"),
        (
            [
                Question(
                    "a",
                    "A?",
                    "number",
                    (Answer("Lite", "done", Decimal(0), Decimal(10)), Answer("Mycket", "done", Decimal(5), None)),
                )
            ],
            "a",
            "overlap",
        ),
    ],
    ids=["unknown-target", "loop", "unreachable", "yes-no-count", "overlapping-ranges"],
)
def test_graph_errors_name_the_question_that_is_wrong(questions, bad_question, words):
    from django.utils import translation

    with translation.override("en"):
        errors = validate(graph_of(*questions))

    assert any(error.question == bad_question and words in error.message for error in errors), errors


def test_the_admin_refuses_to_publish_a_guide_with_a_loop(home_page):
    guide = GuidePage(
        title="Trasig",
        slug="trasig",
        intro="x",
        questions=[question("a", ("X", "b", None, None)), question("b", ("Y", "a", None, None))],
        outcomes=[outcome("done", "Klart")],
    )

    with pytest.raises(ValidationError) as raised:
        home_page.add_child(instance=guide)

    assert "questions" in raised.value.message_dict


def answer_form(page_html):
    soup = BeautifulSoup(page_html, "html.parser")
    form = soup.select_one("form.guide__question")
    return {field["name"]: field["value"] for field in form.select("input[type=hidden]")}, soup


def test_a_citizen_walks_to_an_outcome_one_question_per_screen(client, permit_guide):
    hidden, soup = answer_form(client.get(permit_guide.url).content)
    assert soup.select_one("legend").get_text(strip=True) == "Vad vill du bygga?"

    response = client.get(permit_guide.url, {**hidden, "a": "0"})  # Friggebod
    assert response.status_code == 302
    hidden, soup = answer_form(client.get(response["Location"]).content)
    assert soup.select_one("label[for=guide-answer]").get_text(strip=True) == "Hur många kvadratmeter?"

    response = client.get(permit_guide.url, {**hidden, "a": "12"})
    result = BeautifulSoup(client.get(response["Location"]).content, "html.parser")

    assert result.select_one("#outcome-heading").get_text() == "Du behöver inte bygglov"
    answers = [item.get_text(" ", strip=True) for item in result.select(".guide__answer dd")]
    assert answers[0].startswith("Friggebod") and answers[1].startswith("12")


def test_a_result_can_be_bookmarked_and_opened_without_a_session(client, permit_guide):
    from django.test import Client

    hidden, _ = answer_form(client.get(permit_guide.url).content)
    location = client.get(permit_guide.url, {**hidden, "a": "1"})["Location"]  # Tillbyggnad -> permit

    result = Client().get(location)  # a new browser, no cookies

    assert "Du behöver bygglov" in result.content.decode()
    assert result["Cache-Control"] == "private, no-store"


def test_a_missing_answer_gets_an_error_on_the_same_question(client, permit_guide):
    hidden, _ = answer_form(client.get(permit_guide.url).content)

    response = client.get(permit_guide.url, hidden)

    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert soup.select_one("#guide-error[role=alert]").get_text(strip=True)
    assert "guide-error" in soup.select_one("fieldset")["aria-describedby"]


def test_the_back_link_returns_to_the_previous_question(client, permit_guide):
    hidden, _ = answer_form(client.get(permit_guide.url).content)
    second = client.get(client.get(permit_guide.url, {**hidden, "a": "0"})["Location"])

    back = BeautifulSoup(second.content, "html.parser").select_one("a.guide__back")["href"]

    first = BeautifulSoup(client.get(back).content, "html.parser")
    assert first.select_one("legend").get_text(strip=True) == "Vad vill du bygga?"


def test_a_tampered_state_starts_the_guide_again_with_a_notice(client, permit_guide):
    response = client.get(permit_guide.url, {"s": "forged-state"})

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".guide__notice[role=status]")
    assert soup.select_one("legend").get_text(strip=True) == "Vad vill du bygga?"


def test_the_guide_counts_starts_drop_offs_and_outcomes_without_personal_data(client, permit_guide):
    from cms_pages.guides.figures import GuideCount, figures_for

    for first, second in [("0", "12"), ("0", None), ("1", None)]:  # free, dropped at size, permit
        hidden, _ = answer_form(client.get(permit_guide.url).content)
        location = client.get(permit_guide.url, {**hidden, "a": first})["Location"]
        if second is not None:
            hidden, _ = answer_form(client.get(location).content)
            client.get(permit_guide.url, {**hidden, "a": second})

    result = figures_for(permit_guide)

    assert result.started == 3
    assert {item.key: (item.reached, item.answered, item.dropped) for item in result.questions} == {
        "what": (3, 3, 0),
        "size": (2, 1, 1),
    }
    assert {key: total for key, _title, total in result.outcomes} == {"free": 1, "permit": 1}
    assert (result.finished, result.resolved, result.sent_to_eservice) == (2, 1, 1)
    assert {field.name for field in GuideCount._meta.concrete_fields} == {"id", "guide", "day", "kind", "key", "count"}


def test_editors_see_the_flow_and_the_figures_on_the_guide(admin_client, client, permit_guide):
    hidden, _ = answer_form(client.get(permit_guide.url).content)
    client.get(permit_guide.url, {**hidden, "a": "1"})

    response = admin_client.get(f"/admin/pages/{permit_guide.pk}/edit/")

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    flow = page.select_one("ul.guide-flow")
    assert "Vad vill du bygga?" in flow.get_text()
    assert "Du behöver bygglov" in flow.get_text()
    figures = page.select_one("#guide-figures-heading").find_parent("section")
    ended = {row.select_one("code").get_text(): row.select("td")[-1].get_text() for row in figures.select("tbody tr")}
    assert ended["permit"] == "1" and ended["free"] == "0"


def test_an_outcome_offers_the_eservice_prefilled_with_the_guides_answers(client, home_page):
    from eservice_blocks.cases.models import Case
    from tests.eservice_blocks.conftest import CONTACT_SETTINGS

    contact = {"type": "eservice_contact", "id": "0c0ffee0-0000-4000-8000-000000000003", "value": CONTACT_SETTINGS}
    permit = outcome("permit", "Du behöver bygglov", resolves=False)
    permit["value"]["eservice"] = [contact]
    guide = GuidePage(
        title="Behöver jag bygglov?",
        slug="bygglovsguide",
        intro="Svara.",
        questions=[question("what", ("Tillbyggnad", "permit", None, None), text="Vad vill du bygga?")],
        outcomes=[permit],
    )
    home_page.add_child(instance=guide)
    guide.save_revision().publish()
    hidden, _ = answer_form(client.get(guide.url).content)
    result_url = client.get(guide.url, {**hidden, "a": "0"})["Location"]

    result = BeautifulSoup(client.get(result_url).content, "html.parser")
    form = result.select_one(".guide__outcome section.eservice form")
    assert form["action"].startswith(result_url)
    assert form.select_one("input[name$=subject]")["value"] == "Behöver jag bygglov?"
    assert "Vad vill du bygga? Tillbyggnad" in form.select_one("textarea[name$=message]").get_text()

    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    data.update(
        {
            "es-0c0ffee0-subject": "Behöver jag bygglov?",
            "es-0c0ffee0-message": "Vad vill du bygga? Tillbyggnad",
            "es-0c0ffee0-email": "inte-en-adress",
            "es-0c0ffee0-answer_by": "email",
        }
    )
    invalid = client.post(result_url, data)
    assert invalid.status_code == 400
    assert "Du behöver bygglov" in invalid.content.decode()  # still on the outcome, with the error
    assert not Case.objects.filter(page=guide).exists()

    data["es-0c0ffee0-email"] = "anna@example.com"
    response = client.post(result_url, data)

    assert response.status_code == 302
    case = Case.objects.get(page=guide)
    assert case.subject == "Behöver jag bygglov?"
    assert case.department == guide.owning_department


def test_an_editor_previews_the_guide_before_publishing(permit_guide):
    response = permit_guide.make_preview_request()

    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert page.select_one("legend").get_text(strip=True) == "Vad vill du bygga?"
