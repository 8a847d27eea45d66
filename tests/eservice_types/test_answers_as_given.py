"""Answers reach the handler exactly as the citizen gave them: every question of every e-service
type, sent on the web in Swedish, English and Arabic with what people really type, shows the
same text in the handler's case view, the application PDF, the citizen's case in the API and
the receipt e-mail.

Where a value is put in one normal form on purpose, the table says which, and every place
must show that form:
- numbers: the citizen's digits, in the citizen's language's way of writing numbers
  (Swedish "24,5" and "1 200,5", English "24.5" and "1,200.5", Arabic as Django writes it);
- phone numbers: international E.164 (+46701234567);
- dates: in words, in the citizen's language (1 maj 2027);
- identity numbers: the birth date, the last four masked (19811218-****);
- coordinates: decimal degrees with a point and five decimals (59.33000, 18.07000);
- a choice by its label, a checkbox as yes or no in the citizen's language;
- a file by its name made safe to store ("fasad ritning.pdf" is "fasad_ritning.pdf").
"""

import uuid
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import formats, translation

from eservice_blocks.cases.models import Case
from eservice_types.booking.booking import when
from tests.factories import AudiencePageFactory, InformationPageFactory
from tests.factories.files import pdf

from .application.conftest import choices, question, step
from .booking.conftest import (  # noqa: F401 - fixtures
    booking_data,
    booking_page,
    confirmation_link,
    day,
    resource,
    slot_key,
)
from .problem_report.conftest import departments, report_data, report_page  # noqa: F401 - fixtures
from .shown_answers import (
    access_token_of,
    as_drawn,
    in_language,
    in_the_api,
    in_the_case_view,
    in_the_pdf,
    in_the_receipt,
    lines,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["sv", "en", "ar"]
LONG_TEXT = "Första raden.\r\nAndra raden med ”citat” & <tecken>.\r\n\r\nسطر ثالث بالعربية. 第四行。"
#: Numbers as people type them, and how each language writes the number kept.
NUMBERS = {
    "24,5": {"sv": "24,5", "en": "24.5", "ar": "24,5"},
    "1 200,50": {"sv": "1\xa0200,50", "en": "1,200.50", "ar": "1200,50"},
    "007": {"sv": "7", "en": "7", "ar": "7"},
    "٢٤٫٥": {"sv": "24,5", "en": "24.5", "ar": "24,5"},
    "40": {"sv": "40", "en": "40", "ar": "40"},
}


def in_words(on: date, language: str) -> str:
    with translation.override(language):
        return formats.date_format(on, "j F Y")


def said(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def assert_shown_alike_everywhere(client, case, access_token, expected, *, with_pdf=False):
    """The handler's view, the API, the receipt (and the PDF) show exactly `expected`."""
    expected = [(label, lines(value)) for label, value in expected]
    labels = [label for label, _value in expected]
    tables = in_the_case_view(client, case)
    assert tables[0] == expected
    for table in tables[1:]:  # an application's answers per step
        assert table == [row for row in expected if row[0] in dict(table)]
    assert in_the_api(client, access_token) == expected
    assert in_the_receipt(labels) == expected
    if with_pdf:
        assert in_the_pdf(case, expected) == [(label, [as_drawn(line) for line in value]) for label, value in expected]


# --- Contact ---------------------------------------------------------------------------------

CONTACT_BLOCK = "5b1a3c1e-0000-4000-8000-0000000000aa"


@pytest.fixture
def contact_page(home_page):
    audience = AudiencePageFactory(parent=home_page, slug="fragor")
    page = InformationPageFactory(parent=audience, slug="kontakta-oss", title="Kontakta oss")
    page.body = [
        {
            "type": "eservice_contact",
            "id": CONTACT_BLOCK,
            "value": {
                "title": "Kontakta oss",
                "intro": "",
                "receiving_department": None,
                "confirmation_text": "",
                "expected_lead_time_days": 10,
                "retention_days": 365,
                "ask_for_name": True,
                "ask_for_phone": True,
                "ask_for_identity_number": True,
            },
        }
    ]
    page.save_revision().publish()
    return page


def hidden_fields(client, page, block_id) -> dict:
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    data = {"eservice_block_id": block_id}
    for element in soup.select(f"#es-{block_id} form input[type=hidden]"):
        data[element["name"]] = element.get("value", "")
    data[f"es-{block_id[:8]}-idempotency_key"] = uuid.uuid4().hex
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contact_message_reads_the_same_in_every_place(
    client, contact_page, language, django_capture_on_commit_callbacks
):
    page = in_language(contact_page, language)
    prefix = f"es-{CONTACT_BLOCK[:8]}-"
    typed = {
        "subject": "Bygglov för 24,5 m² altan",
        "message": LONG_TEXT,
        "name": "Åsa Öberg-Lindqvist",
        "email": "asa@exempel.se",
        "phone": "070-123 45 67",
        "personal_identity_number": "811218-9876",
        "answer_by": "phone",
    }
    data = hidden_fields(client, page, CONTACT_BLOCK) | {prefix + name: value for name, value in typed.items()}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    expected = [
        (said(language, "Subject"), "Bygglov för 24,5 m² altan"),
        (said(language, "Your message"), LONG_TEXT),
        (said(language, "Name"), "Åsa Öberg-Lindqvist"),
        (said(language, "E-mail"), "asa@exempel.se"),
        (said(language, "Phone"), "+46701234567"),
        (said(language, "Personal identity number"), "19811218-****"),
        (said(language, "How do you want your answer?"), said(language, "Phone")),
    ]
    case = Case.objects.get(page=page)
    assert case.language == language
    assert_shown_alike_everywhere(client, case, access_token_of(response["Location"]), expected)


# --- Report a problem ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_problem_report_reads_the_same_in_every_place(
    client,
    report_page,  # noqa: F811 - the fixture
    language,
    django_capture_on_commit_callbacks,
):
    page = in_language(report_page, language)
    data = report_data(
        client,
        page,
        description=LONG_TEXT,
        address="Storgatan 12",
        latitude="59,33",
        longitude="١٨٫٠٧",
        name="Ali Hassan",
        email="ali@exempel.se",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    expected = [
        (said(language, "Category"), "Gatubelysning"),
        (said(language, "Describe the problem"), LONG_TEXT),
        (said(language, "Place"), "Storgatan 12 · 59.33000, 18.07000"),
        (said(language, "Name"), "Ali Hassan"),
        (said(language, "E-mail"), "ali@exempel.se"),
    ]
    case = Case.objects.get(page=page)
    assert_shown_alike_everywhere(client, case, access_token_of(response["Location"]), expected)


# --- Appointment booking ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_booking_reads_the_same_in_every_place(
    client,
    booking_page,  # noqa: F811 - the fixture
    resource,  # noqa: F811
    day,  # noqa: F811
    language,
    django_capture_on_commit_callbacks,
):
    page = in_language(booking_page, language)
    data = booking_data(
        client,
        page,
        slot_key(day, 10),
        name="Li Wei 李伟",
        email="li@exempel.se",
        phone="+46 70 123 45 67",
        message=LONG_TEXT,
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    with django_capture_on_commit_callbacks(execute=True):  # the receipt comes once the address is confirmed
        assert client.post(confirmation_link("li@exempel.se")).status_code == 302

    case = Case.objects.get(page=page)
    booked = case.bookings.get()
    with translation.override(language):
        booked_text = f"{resource.name}, {when(booked.starts_at)}"
    expected = [
        (said(language, "Booked"), booked_text),
        (said(language, "Name"), "Li Wei 李伟"),
        (said(language, "E-mail"), "li@exempel.se"),
        (said(language, "Phone"), "+46701234567"),
        (said(language, "What do you want to talk about?"), LONG_TEXT),
    ]
    assert_shown_alike_everywhere(client, case, access_token_of(response["Location"]), expected)


# --- Application: all eleven kinds of question -----------------------------------------------

APPLICATION_BLOCK = "a0011ca7-0000-4000-8000-0000000000aa"
ALL_KINDS = [
    step(
        "Om dig",
        question("text", "name", "Namn"),
        question("email", "email", "E-post"),
        question("phone", "phone", "Telefon"),
        question("identity_number", "pnr", "Personnummer"),
    ),
    step(
        "Projektet",
        question("choice", "project", "Vad ska du göra?", choices=choices("Tillbyggnad", "Nybyggnad")),
        question("multiple_choice", "extras", "Ingår också", choices=choices("Altan", "Garage")),
        question("number", "area", "Yta i kvadratmeter", minimum="1", maximum="100000"),
        question("date", "start", "Byggstart"),
        question("checkbox", "agree", "Jag har läst detaljplanen"),
        question("long_text", "describe", "Beskriv projektet"),
        question("file", "drawings", "Ritningar", accept="documents", max_megabytes=1, max_files=3),
    ),
]


@pytest.fixture
def all_kinds_page(home_page):
    audience = AudiencePageFactory(parent=home_page, slug="bygga")
    page = InformationPageFactory(parent=audience, slug="ansokan", title="Ansökan")
    page.body = [
        {
            "type": "eservice_application",
            "id": APPLICATION_BLOCK,
            "value": {
                "title": "Ansök om bygglov",
                "intro": "",
                "receiving_department": None,
                "confirmation_text": "",
                "expected_lead_time_days": 20,
                "retention_days": 365,
                "steps": ALL_KINDS,
            },
        }
    ]
    page.save_revision().publish()
    return page


def send_application(client, page, language, area, captured):
    response = client.post(page.url, {"eservice_block_id": APPLICATION_BLOCK})
    assert response.status_code == 302
    token = response["Location"].split("/application/")[1].split("/")[0]
    prefix = "" if language == "sv" else f"/{language}"
    about = {"name": "  سارة العلي  ", "email": "sara@exempel.se", "phone": "070-123 45 67", "pnr": "19811218-9876"}
    project = {
        "project": "Tillbyggnad",
        "extras": ["Altan", "Garage"],
        "area": area,
        "start": "2027-05-01",
        "agree": "on",
        "describe": LONG_TEXT,
        "drawings": [pdf("fasad ritning.pdf")],
    }
    for number, answers in ((1, about), (2, project)):
        response = client.post(f"{prefix}/e/application/{token}/step/{number}/", answers)
        assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(".field__error")
    with captured(execute=True):
        response = client.post(f"{prefix}/e/application/{token}/review/")
    assert response.status_code == 302
    return response


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", list(NUMBERS))
def test_an_application_reads_the_same_in_every_place_and_in_its_pdf(
    client, all_kinds_page, language, area, django_capture_on_commit_callbacks
):
    response = send_application(client, all_kinds_page, language, area, django_capture_on_commit_callbacks)

    expected = [
        ("Namn", "سارة العلي"),
        ("E-post", "sara@exempel.se"),
        ("Telefon", "+46701234567"),
        ("Personnummer", "19811218-****"),
        ("Vad ska du göra?", "Tillbyggnad"),
        ("Ingår också", "Altan, Garage"),
        ("Yta i kvadratmeter", NUMBERS[area][language]),
        ("Byggstart", in_words(date(2027, 5, 1), language)),
        ("Jag har läst detaljplanen", said(language, "Yes")),
        ("Beskriv projektet", LONG_TEXT),
        ("Ritningar", "fasad_ritning.pdf"),  # a file's name is made safe to store, the same everywhere
    ]
    case = Case.objects.get(page=all_kinds_page)
    assert case.language == language
    assert_shown_alike_everywhere(client, case, access_token_of(response["Location"]), expected, with_pdf=True)


def test_the_number_kept_is_the_exact_digits_typed(client, all_kinds_page, django_capture_on_commit_callbacks):
    send_application(client, all_kinds_page, "sv", "1 200,50", django_capture_on_commit_callbacks)

    assert Case.objects.get(page=all_kinds_page).data["answers"]["area"] == "1200.50"


def test_the_review_shows_the_number_as_the_case_does(client, all_kinds_page):
    response = client.post(all_kinds_page.url, {"eservice_block_id": APPLICATION_BLOCK})
    token = response["Location"].split("/application/")[1].split("/")[0]
    client.post(f"/e/application/{token}/step/2/", {"area": "24,5"})

    review = client.get(reverse("eservice_blocks:application:review", args=[token]))

    rows = BeautifulSoup(review.content, "html.parser").find_all(string=lambda text: text and "24" in text)
    assert any(text.strip() == "24,5" for text in rows)
    assert not any("245" in text for text in rows)
