"""A page with an e-service form is the same for everyone, so the frontend cache may keep it; each
visitor's copy still gets its own idempotency key, filled in by an Edge Side Include."""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from eservice_blocks.cases.models import Case

from .test_submission import BLOCK_ID, PREFIX, form_data

pytestmark = pytest.mark.django_db

FROM_THE_CACHE = {"HTTP_SURROGATE_CAPABILITY": "kommunportal=ESI/1.0"}
KEY_FIELD = f"{PREFIX}idempotency_key"


def key_from(html: bytes) -> str:
    return BeautifulSoup(html, "html.parser").select_one(f"input[name={KEY_FIELD}]")["value"]


def test_behind_a_cache_that_fills_in_includes_the_page_is_public_and_the_key_is_an_include(client, contact_page):
    response = client.get(contact_page.url, **FROM_THE_CACHE)

    assert response.status_code == 200
    assert response["Cache-Control"].startswith("public")
    assert response["Surrogate-Control"] == 'content="ESI/1.0"'
    form = BeautifulSoup(response.content, "html.parser").select_one(f"#es-{BLOCK_ID} form")
    assert not form.select_one(f"input[name={KEY_FIELD}]")
    source = reverse("eservice_blocks:key_field") + f"?name={KEY_FIELD}"
    assert f'<esi:include src="{source}"/>' in response.content.decode()


def test_without_such_a_cache_the_key_is_in_the_page_and_the_page_is_for_this_visitor_only(client, contact_page):
    first, second = client.get(contact_page.url), client.get(contact_page.url)

    assert first["Cache-Control"] == "private, no-cache"
    assert "Surrogate-Control" not in first
    assert "<esi:include" not in first.content.decode()
    assert key_from(first.content) != key_from(second.content)


def test_each_include_gives_a_new_key_that_is_never_cached(client):
    url = reverse("eservice_blocks:key_field") + f"?name={KEY_FIELD}"
    first, second = client.get(url), client.get(url)

    assert first.status_code == second.status_code == 200
    assert first["Cache-Control"] == "private, no-store"
    assert re.fullmatch(r"[0-9a-f]{32}", key_from(first.content))
    assert key_from(first.content) != key_from(second.content)


@pytest.mark.parametrize("name", ["", "csrfmiddlewaretoken", f'{KEY_FIELD}"><script>', "es-zz-idempotency_key"])
def test_an_include_for_anything_but_a_key_field_is_refused(client, name):
    response = client.get(reverse("eservice_blocks:key_field"), {"name": name})

    assert response.status_code == 400
    assert b"<" not in response.content


def test_two_visitors_of_the_kept_page_make_two_cases(client, contact_page):
    """What Varnish does: the same kept page, a fresh key from the include for each visitor."""
    page = BeautifulSoup(client.get(contact_page.url, **FROM_THE_CACHE).content, "html.parser")
    include = reverse("eservice_blocks:key_field") + f"?name={KEY_FIELD}"

    for email in ("anna@example.com", "bo@example.com"):
        data = form_data(page, email=email) | {KEY_FIELD: key_from(client.get(include).content)}
        assert client.post(contact_page.url, data).status_code == 302

    assert sorted(Case.objects.filter(page=contact_page).values_list("contact_email", flat=True)) == [
        "anna@example.com",
        "bo@example.com",
    ]


def test_a_form_shown_again_with_its_errors_keeps_its_own_key(client, contact_page):
    page = BeautifulSoup(client.get(contact_page.url).content, "html.parser")
    data = form_data(page, email="inte-en-adress")

    response = client.post(contact_page.url, data, **FROM_THE_CACHE)

    assert response.status_code == 400 or response.status_code == 200
    assert key_from(response.content) == data[KEY_FIELD]


def test_a_key_made_by_the_frontend_cache_is_taken_and_a_malformed_one_is_not(client, contact_page):
    page = BeautifulSoup(client.get(contact_page.url, **FROM_THE_CACHE).content, "html.parser")

    made_by_varnish = form_data(page, email="anna@example.com") | {KEY_FIELD: "v1796528003-32770-482910384756"}
    assert client.post(contact_page.url, made_by_varnish).status_code == 302
    malformed = form_data(page, email="bo@example.com") | {KEY_FIELD: "<script>alert(1)</script>"}
    response = client.post(contact_page.url, malformed)

    assert response.status_code in (200, 400)
    assert Case.objects.filter(page=contact_page).count() == 1
