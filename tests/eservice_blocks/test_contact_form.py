import pytest
from django.utils import translation

from eservice_blocks.registry import registry
from eservice_types.contact.forms import form_for
from tests.eservice_blocks.conftest import CONTACT_SETTINGS

KEY = "0123456789abcdef0123456789abcdef"


def form(**data):
    values = {"idempotency_key": KEY, "subject": "Fråga", "message": "Hej!", "answer_by": "email", **data}
    return form_for(CONTACT_SETTINGS)(values)


def test_a_complete_contact_form_is_valid_and_normalises_phone_and_identity_number():
    bound = form(email="anna@example.com", phone="070-123 45 67", personal_identity_number="811218-9876")

    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["phone"] == "+46701234567"
    assert bound.cleaned_data["personal_identity_number"] == "19811218-9876"


@pytest.mark.parametrize(
    ("field", "value"),
    [("email", "not-an-address"), ("phone", "12"), ("personal_identity_number", "19811218-9875")],
)
def test_bad_values_get_an_error_on_their_field(field, value):
    bound = form(**{"email": "anna@example.com", field: value})

    assert not bound.is_valid()
    assert list(bound.errors) == [field]


def test_an_answer_by_email_needs_an_email_address():
    with translation.override("en"):
        bound = form(email="")
        assert not bound.is_valid()
        assert bound.errors["email"] == ["Enter your e-mail address so that we can answer you."]


def test_an_answer_by_phone_needs_a_phone_number():
    bound = form(answer_by="phone", phone="")

    assert not bound.is_valid()
    assert list(bound.errors) == ["phone"]


def test_fields_the_editor_switched_off_are_not_asked_for():
    settings = {**CONTACT_SETTINGS, "ask_for_phone": False, "ask_for_identity_number": False, "ask_for_name": False}

    fields = set(form_for(settings)().fields)

    assert fields == {"idempotency_key", "subject", "message", "email"}


def test_the_summary_masks_the_identity_number_for_display_and_keeps_it_in_the_data():
    bound = form(email="anna@example.com", personal_identity_number="198112189876", name="Anna")
    assert bound.is_valid()

    with translation.override("en"):
        summary = registry.get("contact").summarize(bound, CONTACT_SETTINGS)

    shown = dict(summary.answers)
    assert shown["Personal identity number"] == "19811218-****"
    assert summary.data["personal_identity_number"] == "19811218-9876"
    assert summary.contact_email == "anna@example.com"
    assert summary.contact_name == "Anna"


def test_the_json_schema_describes_the_configured_form_in_the_active_language():
    with translation.override("en"):
        schema = registry.get("contact").json_schema(CONTACT_SETTINGS)

    properties = schema["properties"]
    assert schema["title"] == "Kontakta oss"
    # The idempotency key travels in the Idempotency-Key header, not as a field.
    assert schema["required"] == ["subject", "message", "answer_by"]
    assert properties["email"] == {
        "title": "E-mail",
        "description": "Needed for an answer by e-mail, and for the receipt with the link to your case.",
        "type": "string",
        "format": "email",
        "maxLength": 320,
    }
    assert properties["answer_by"]["enum"] == ["email", "phone"]
    assert properties["personal_identity_number"]["format"] == "se-personnummer"
    assert "idempotency_key" not in properties


def test_the_json_schema_leaves_out_fields_the_editor_switched_off():
    settings = {**CONTACT_SETTINGS, "ask_for_identity_number": False}

    schema = registry.get("contact").json_schema(settings)

    assert "personal_identity_number" not in schema["properties"]


def test_the_reply_channel_has_no_default_since_e_mail_and_phone_are_both_optional():
    unbound = form_for(CONTACT_SETTINGS)()

    assert unbound["answer_by"].value() is None
    assert not unbound.fields["email"].required and not unbound.fields["phone"].required


def test_no_reply_channel_chosen_gets_a_clear_error_on_the_channel_not_on_the_e_mail():
    with translation.override("sv"):
        bound = form(answer_by="", email="", phone="")
        assert not bound.is_valid()
        assert dict(bound.errors) == {"answer_by": ["Välj hur du vill få svar: via e-post eller per telefon."]}


def test_an_answer_by_phone_needs_no_e_mail_address():
    bound = form(answer_by="phone", email="", phone="070-123 45 67")

    assert bound.is_valid(), bound.errors


def test_the_contact_page_shows_no_channel_chosen_and_says_what_each_field_is_for(client, contact_page):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(client.get(contact_page.url).content, "html.parser")

    assert page.select("input[type=radio][name$=answer_by]") and not page.select("input[name$=answer_by][checked]")
    helps = " ".join(element.get_text() for element in page.select(".field__help"))
    assert "Behövs för svar via e-post" in helps and "Behövs för svar per telefon." in helps
