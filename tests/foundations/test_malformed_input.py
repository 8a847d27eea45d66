"""Input no endpoint can handle gets a 400 in the client's language, never a 500: JSON nested
100,000 levels deep, lone surrogates in JSON strings, and requests that name a charset which
turns text into lone surrogates (`charset=unicode_escape`)."""

import pytest

from eservice_blocks.cases.models import Case
from feedback.models import Feedback

pytestmark = pytest.mark.django_db

BLOCK_ID = "5b1a3c1e-0000-4000-8000-000000000001"
DEEP = "[" * 100_000 + "]" * 100_000
SURROGATE_STRING = '{"page": %d, "helpful": false, "comment": "hej \\ud800"}'
SURROGATE_KEY = '{"page": %d, "helpful": false, "\\udfff": "hej"}'


def submit_url(page):
    return f"/api/v1/eservices/{page.pk}/{BLOCK_ID}/submissions/"


def multipart(fields: dict, charset: str) -> tuple[bytes, str]:
    parts = [
        f'--b\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n' for name, value in fields.items()
    ]
    return ("".join(parts) + "--b--\r\n").encode(), f"multipart/form-data; boundary=b; charset={charset}"


@pytest.fixture
def json_endpoints(contact_page):
    """Every kind of JSON endpoint that takes a body: a form of the web site's (feedback), an
    e-service's submission, and a guide's answers (parsed before the guide is looked at)."""
    return [
        "/api/v1/feedback/",
        submit_url(contact_page),
        f"/api/v1/eservices/{contact_page.pk}/{BLOCK_ID}/submissions/?locale=sv",
    ]


def test_json_nested_a_hundred_thousand_levels_deep_is_refused_with_a_400(client, json_endpoints):
    for url in json_endpoints:
        response = client.post(url, DEEP, content_type="application/json")

        assert response.status_code == 400, url
        assert response.json()["code"] == "parse_error"
        assert "nivåer" in response.json()["detail"]


def test_json_a_little_deeper_than_any_form_needs_is_refused_too(client, contact_page):
    body = '{"subject": ' + "[" * 40 + '"x"' + "]" * 40 + "}"

    response = client.post(submit_url(contact_page), body, content_type="application/json")

    assert response.status_code == 400
    assert not Case.objects.filter(page=contact_page).exists()


def test_a_lone_surrogate_in_a_json_string_is_refused_with_a_400(client, contact_page):
    body = '{"subject": "Fråga \\ud800", "message": "Hej", "answer_by": "email", "email": "a@b.se"}'

    response = client.post(submit_url(contact_page), body, content_type="application/json")

    assert response.status_code == 400
    assert "surrogat" in response.json()["detail"]
    assert not Case.objects.filter(page=contact_page).exists()


def test_a_lone_surrogate_in_a_json_key_is_refused_with_a_400(client, contact_page):
    response = client.post("/api/v1/feedback/", SURROGATE_KEY % contact_page.pk, content_type="application/json")

    assert response.status_code == 400
    assert not Feedback.objects.filter(page=contact_page).exists()


def test_a_lone_surrogate_in_a_feedback_comment_through_the_api_is_refused(client, contact_page):
    response = client.post("/api/v1/feedback/", SURROGATE_STRING % contact_page.pk, content_type="application/json")

    assert response.status_code == 400
    assert not Feedback.objects.filter(page=contact_page).exists()


@pytest.mark.parametrize(
    ("locale", "words"),
    [("", "inte giltig JSON"), ("?locale=en", "not valid JSON"), ("?locale=ar", "JSON")],
)
def test_a_json_syntax_error_is_explained_in_the_asked_language_with_its_place(client, locale, words):
    response = client.post(f"/api/v1/feedback/{locale}", '{"page": ', content_type="application/json")

    assert response.status_code == 400
    detail = response.json()["detail"]
    assert words in detail
    assert "10" in detail  # the column
    assert "Expecting value" not in detail


def test_an_arabic_json_syntax_error_is_in_arabic(client):
    detail = client.post("/api/v1/feedback/?locale=ar", "{", content_type="application/json").json()["detail"]

    assert any("\u0600" <= character <= "\u06ff" for character in detail)


def test_text_through_the_api_loses_bidi_overrides_before_the_case_is_made(client, contact_page):
    body = '{"subject": "Fråga", "message": "Hej", "answer_by": "email", "email": "a@b.se", "name": "Anna\\u202ekcilc"}'

    response = client.post(submit_url(contact_page), body, content_type="application/json")

    assert response.status_code == 201, response.content
    assert Case.objects.get(page=contact_page).contact_name == "Annakcilc"


def test_an_api_body_in_a_charset_that_makes_surrogates_is_refused_in_the_asked_language(client, contact_page):
    response = client.generic(
        "POST",
        "/api/v1/feedback/?locale=en",
        b'{"page": 1, "helpful": false, "comment": "\\\\ud800"}',
        content_type="application/json; charset=unicode_escape",
    )

    assert response.status_code == 400
    assert response.json()["code"] == "unsupported_charset"
    assert "UTF-8" in response.json()["detail"]


def test_the_feedback_form_in_a_charset_that_makes_surrogates_gets_a_translated_400(client, contact_page):
    body, content_type = multipart({"page": contact_page.pk, "helpful": "no", "target": "\\ud800"}, "unicode_escape")

    response = client.generic("POST", "/synpunkt/", body, content_type=content_type, HTTP_ORIGIN="http://testserver")

    assert response.status_code == 400
    assert "kunde inte läsas" in response.content.decode()
    assert not Feedback.objects.filter(page=contact_page).exists()


def test_the_contact_eservice_form_in_a_charset_that_makes_surrogates_gets_a_translated_400(client, contact_page):
    body, content_type = multipart(
        {"eservice_block_id": BLOCK_ID, "es-5b1a3c1e-subject": "\\ud800", "es-5b1a3c1e-message": "Hej"},
        "raw_unicode_escape",
    )

    response = client.generic("POST", contact_page.url, body, content_type=content_type)

    assert response.status_code == 400
    assert "kunde inte läsas" in response.content.decode()
    assert not Case.objects.filter(page=contact_page).exists()


def test_a_search_in_a_charset_that_makes_surrogates_gets_a_translated_400(client, contact_page):
    response = client.get("/en/search/", {"q": "\\ud800"}, CONTENT_TYPE="text/plain; charset=unicode_escape")

    assert response.status_code == 400
    assert "could not be read" in response.content.decode()


def test_utf_8_named_in_any_spelling_is_read_as_usual(client, contact_page):
    response = client.post(
        "/api/v1/feedback/",
        f'{{"page": {contact_page.pk}, "helpful": true}}'.encode(),
        content_type="application/json; charset=UTF8",
    )

    assert response.status_code == 201
