"""Idempotency keys are bound to the e-service, the citizen and the content first sent with
them, and stored only as keyed hashes; the case link comes from a nonce and the server's secret."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import override_settings

from eservice_blocks.cases.models import Case
from tests.citizens.helpers import identity, sign_in_directly

from .test_api import submit
from .test_submission import BLOCK_ID, PREFIX, form_data, open_form

pytestmark = pytest.mark.django_db

KEY = "b6b7c3c0-7a0e-4a4e-9d55-1f0e0c1d2e3f"


def test_a_key_sent_again_with_other_answers_is_refused_and_gives_nothing_of_the_first_case(client, contact_page):
    first = submit(client, contact_page, key=KEY, email="anna@example.com", message="Mitt kärl är trasigt.")

    other = submit(client, contact_page, key=KEY, email="bertil@example.com", message="Något helt annat.")

    assert first.status_code == 201
    assert other.status_code == 422
    body = other.json()
    assert body["code"] == "idempotency_key_reused"
    assert "Idempotency-Key" in body["detail"] and "skickades inte" in body["detail"]
    assert first.json()["access_token"] not in other.content.decode()
    assert first.json()["reference"] not in other.content.decode()
    assert Case.objects.filter(page=contact_page).count() == 1


def test_a_key_sent_again_with_the_same_answers_returns_the_same_case_and_token(client, contact_page):
    first = submit(client, contact_page, key=KEY, email="anna@example.com").json()

    again = submit(client, contact_page, key=KEY, email="anna@example.com").json()

    assert again["created"] is False
    assert (again["reference"], again["access_token"]) == (first["reference"], first["access_token"])


def test_a_key_used_on_another_eservice_is_refused(client, contact_page, home_page):
    from tests.factories import InformationPageFactory

    from .conftest import CONTACT_SETTINGS

    other_page = InformationPageFactory(parent=home_page, slug="fraga", title="Fråga")
    other_page.body = [{"type": "eservice_contact", "value": CONTACT_SETTINGS, "id": BLOCK_ID}]
    other_page.save_revision().publish()
    submit(client, contact_page, key=KEY, email="anna@example.com")

    response = submit(client, other_page, key=KEY, email="anna@example.com")

    assert response.status_code == 422
    assert not Case.objects.filter(page=other_page).exists()


def test_the_same_key_and_answers_from_another_signed_in_citizen_is_refused(client, contact_page):
    data = form_data(open_form(client, contact_page), email="tolvan@example.com")
    sign_in_directly(client, identity())
    assert client.post(contact_page.url, data).status_code == 302

    sign_in_directly(client, identity(number="19811218-9876", given_name="Anna"))
    response = client.post(contact_page.url, data)

    assert response.status_code == 400  # the form again, with the reason
    assert "Location" not in response
    assert Case.objects.filter(page=contact_page).count() == 1


def test_on_the_web_other_answers_with_a_used_key_show_the_form_again_with_a_fresh_key(client, contact_page):
    soup = open_form(client, contact_page)
    client.post(contact_page.url, form_data(soup, email="anna@example.com", message="Första frågan."))

    response = client.post(contact_page.url, form_data(soup, email="anna@example.com", message="En ny fråga."))

    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    form = page.select_one(f"#es-{BLOCK_ID} form")
    assert form.select_one(f"#id_{PREFIX}message").get_text().strip() == "En ny fråga."
    assert "skickades inte" in page.select_one(f"#es-{BLOCK_ID}-errors").get_text()
    fresh = form.select_one(f"input[name={PREFIX}idempotency_key]")["value"]
    assert fresh != soup.select_one(f"input[name={PREFIX}idempotency_key]")["value"]
    sent_again = client.post(contact_page.url, form_data(page, email="anna@example.com", message="En ny fråga."))
    assert sent_again.status_code == 302
    assert Case.objects.filter(page=contact_page).count() == 2


def test_the_database_holds_neither_the_key_nor_anything_that_makes_the_link(client, contact_page):
    sent = submit(client, contact_page, key=KEY, email="anna@example.com").json()
    case = Case.objects.get(reference=sent["reference"])

    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM eservice_blocks_case WHERE id = %s", [case.pk])
        row = " ".join(str(value) for value in cursor.fetchone())
    assert sent["access_token"] not in row
    assert "idempotency_key" not in {
        column.name
        for column in connection.introspection.get_table_description(connection.cursor(), "eservice_blocks_case")
    }
    # The link needs the server's secret as well as the stored nonce.
    with override_settings(SECRET_KEY="another-" + uuid.uuid4().hex):
        assert Case.objects.get(pk=case.pk).access_token != sent["access_token"]
    assert Case.objects.get(pk=case.pk).access_token == sent["access_token"]
