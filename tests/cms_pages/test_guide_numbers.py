"""Answers a guide cannot take: "NaN", infinity, huge numbers and odd digits get the guide's
message on the same question (the web) or a 400 (the API), never a server error."""

import pytest
from bs4 import BeautifulSoup

from .test_guides import answer_form, permit_guide  # noqa: F401 - the fixture
from .test_guides_api import answers

pytestmark = pytest.mark.django_db

NOT_A_NUMBER = "Skriv en siffra, till exempel 25."
TOO_MANY_DIGITS = "Skriv ett tal med högst 12 siffror före decimaltecknet."


def size_question(client, guide):
    """The number question, reached on the web by answering the first one."""
    hidden, _soup = answer_form(client.get(client.get(guide.url, {"q": "what", "a": "0"})["Location"]).content)
    return hidden


@pytest.mark.parametrize("number", ["NaN", "nan", "sNaN", "inf", "-Infinity"])
def test_a_number_that_is_not_finite_gets_an_error_on_the_same_question_on_the_web(
    client,
    permit_guide,  # noqa: F811
    number,
):
    response = client.get(permit_guide.url, {**size_question(client, permit_guide), "a": number})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#guide-error[role=alert]").get_text(strip=True) == NOT_A_NUMBER
    assert soup.select_one("label[for=guide-answer]").get_text(strip=True) == "Hur många kvadratmeter?"


@pytest.mark.parametrize("number", ["1e999", "1e9999999", "4E+1"])
def test_a_number_with_an_exponent_is_not_an_answer_on_the_web(client, permit_guide, number):  # noqa: F811
    response = client.get(permit_guide.url, {**size_question(client, permit_guide), "a": number})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#guide-error[role=alert]").get_text(strip=True) == NOT_A_NUMBER


@pytest.mark.parametrize("number", ["9" * 40, "1 000 000 000 000"])
def test_a_huge_number_gets_an_error_on_the_same_question_on_the_web(client, permit_guide, number):  # noqa: F811
    response = client.get(permit_guide.url, {**size_question(client, permit_guide), "a": number})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#guide-error[role=alert]").get_text(strip=True) == TOO_MANY_DIGITS


@pytest.mark.parametrize("number", ["NaN", "nan", "sNaN", "inf", "-Infinity"])
def test_a_number_that_is_not_finite_is_a_bad_request_in_the_api(client, permit_guide, number):  # noqa: F811
    response = answers(client, permit_guide, "0", number)

    assert response.status_code == 400
    assert response.json()["errors"]["answers"][0]["message"] == NOT_A_NUMBER


@pytest.mark.parametrize("number", ["1e999", "-1e999", "1e9999999"])
def test_a_number_with_an_exponent_is_a_bad_request_in_the_api(client, permit_guide, number):  # noqa: F811
    response = answers(client, permit_guide, "0", number)

    assert response.status_code == 400
    assert response.json()["errors"]["answers"][0]["message"] == NOT_A_NUMBER


@pytest.mark.parametrize("number", ["1234567890123", "-1234567890123"])
def test_a_huge_number_is_a_bad_request_in_the_api(client, permit_guide, number):  # noqa: F811
    response = answers(client, permit_guide, "0", number)

    assert response.status_code == 400
    assert response.json()["errors"]["answers"][0]["message"] == TOO_MANY_DIGITS


def test_a_number_with_twelve_digits_is_still_an_answer(client, permit_guide):  # noqa: F811
    response = answers(client, permit_guide, "0", "999 999 999 999")

    assert response.json()["outcome"]["key"] == "permit"


@pytest.mark.parametrize("choice", ["²", "9" * 5000])
def test_a_choice_that_is_not_an_answers_number_gets_an_error_on_the_web(client, permit_guide, choice):  # noqa: F811
    response = client.get(permit_guide.url, {"q": "what", "a": choice})

    assert response.status_code == 200
    error = BeautifulSoup(response.content, "html.parser").select_one("#guide-error[role=alert]")
    assert error.get_text(strip=True) == "Välj ett av svaren."
