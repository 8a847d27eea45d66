"""A guide's number answer reaches the citizen's "Your answers", the message pre-filled for the
permit officer and the API exactly as typed: kept as plain digits ("40", "12.5", never
"4E+1"), shown the way the citizen's language writes numbers. Walked on the demo guide
"Behöver jag bygglov?" (yes, an extension, then the area) in Swedish, English and Arabic."""

from urllib.parse import parse_qs, urlparse

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from cms_pages.guides import flow
from cms_pages.models import GuidePage

from .test_guides import answer_form

pytestmark = pytest.mark.django_db

#: What the citizen types, what is kept, and how each language shows it.
TYPED = [
    ("40", "40", {"sv": "40", "en": "40", "ar": "40"}),
    ("20", "20", {"sv": "20", "en": "20", "ar": "20"}),
    ("100", "100", {"sv": "100", "en": "100", "ar": "100"}),
    ("12,5", "12.5", {"sv": "12,5", "en": "12.5", "ar": "12,5"}),
    ("1 000", "1000", {"sv": "1\xa0000", "en": "1,000", "ar": "1000"}),
    ("٤٠", "40", {"sv": "40", "en": "40", "ar": "40"}),
    ("040", "40", {"sv": "40", "en": "40", "ar": "40"}),
]
EXTENSION = ["0", "1"]  # yes, a one- or two-family house; an extension of the house


def test_the_permit_officers_form_is_filled_in_with_the_number_as_typed(client, permit_guide_in):
    page = walk_on_the_web(client, permit_guide_in("sv"), [*EXTENSION, "40"])

    message = BeautifulSoup(page.content, "html.parser").select_one(".guide__outcome textarea[name$=message]")
    assert message.get_text().splitlines()[-1] == "Hur stor blir tillbyggnaden, i kvadratmeter? 40"


@pytest.fixture
def permit_guide_in(demo):
    def guide_in(language):
        guide = GuidePage.objects.get(slug="behover-jag-bygglov", locale__language_code="sv")
        return guide.get_translation(Locale.objects.get(language_code=language))

    return guide_in


def walk_on_the_web(client, guide, answers):
    response = client.get(guide.url)
    for raw in answers:
        hidden, _soup = answer_form(response.content)
        answered = client.get(guide.url, {**hidden, "a": raw})
        assert answered.status_code == 302, BeautifulSoup(answered.content, "html.parser").select_one("#guide-error")
        response = client.get(answered["Location"])
    return response


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
@pytest.mark.parametrize(("typed", "kept", "shown"), TYPED)
def test_your_answers_and_the_prefilled_message_show_the_number_as_typed(
    client, permit_guide_in, language, typed, kept, shown
):
    guide = permit_guide_in(language)

    page = walk_on_the_web(client, guide, [*EXTENSION, typed])

    soup = BeautifulSoup(page.content, "html.parser")
    area = soup.select(".guide__answer")[-1]
    question = area.dt.get_text(strip=True)
    assert area.dd.find(string=True, recursive=False).strip() == shown[language]
    # What an outcome's e-service is filled in with (the permit outcome offers one).
    message = page.context["eservice_initial"]["message"]
    assert message.splitlines()[-1] == f"{question} {shown[language]}"
    assert "E+" not in message


@pytest.mark.parametrize(("typed", "kept", "shown"), TYPED)
def test_the_guides_link_keeps_the_plain_digits(client, permit_guide_in, typed, kept, shown):
    guide = permit_guide_in("sv")

    page = walk_on_the_web(client, guide, [*EXTENSION, typed])

    change_link = BeautifulSoup(page.content, "html.parser").select(".guide__answer a")[-1]["href"]
    state = parse_qs(urlparse(page.wsgi_request.get_full_path()).query)["s"][0]
    assert flow.decode(guide.pk, state) == [*EXTENSION, kept]
    assert change_link.startswith(guide.url)


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
@pytest.mark.parametrize(("typed", "kept", "shown"), TYPED)
def test_the_api_gives_the_plain_value_and_the_answer_as_the_web_shows_it(
    client, permit_guide_in, language, typed, kept, shown
):
    guide = permit_guide_in(language)

    response = client.post(
        f"/api/v1/guides/{guide.pk}/answers/?locale={language}",
        {"answers": [*EXTENSION, typed]},
        content_type="application/json",
    )

    assert response.status_code == 200, response.content
    last = response.json()["steps"][-1]
    assert (last["value"], last["answer"]) == (kept, shown[language])


def test_an_api_client_sending_back_the_kept_values_walks_on_from_the_same_place(client, permit_guide_in):
    guide = permit_guide_in("sv")
    url = f"/api/v1/guides/{guide.pk}/answers/"
    first = client.post(url, {"answers": [*EXTENSION, "12,5"]}, content_type="application/json").json()

    again = client.post(url, {"answers": [step["value"] for step in first["steps"]]}, content_type="application/json")

    assert [step["value"] for step in again.json()["steps"]] == [*EXTENSION, "12.5"]
    assert again.json()["outcome"]["key"] == first["outcome"]["key"]


def test_a_number_that_could_mean_thousands_or_decimals_is_asked_again_in_words(client, permit_guide_in):
    guide = permit_guide_in("sv")
    page = walk_on_the_web(client, guide, EXTENSION)
    hidden, _soup = answer_form(page.content)

    response = client.get(guide.url, {**hidden, "a": "1.200"})

    assert response.status_code == 200
    error = BeautifulSoup(response.content, "html.parser").select_one("#guide-error[role=alert]")
    assert "1200" in error.get_text() and "1,200" in error.get_text()


def test_a_number_that_is_not_taken_stays_in_the_field_to_be_corrected(client, permit_guide_in):
    guide = permit_guide_in("sv")
    hidden, _soup = answer_form(walk_on_the_web(client, guide, EXTENSION).content)

    response = client.get(guide.url, {**hidden, "a": "12 5"})

    field = BeautifulSoup(response.content, "html.parser").select_one("#guide-answer")
    assert (field["value"], field["inputmode"], field["type"]) == ("12 5", "decimal", "text")
