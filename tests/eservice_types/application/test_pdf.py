"""The handler's PDF of an application: every step's answers and the attachments, with text in
any script shaped and in its own direction: Arabic joined and right to left, Tigrinya,
Chinese and Thai drawn, not dropped."""

import io
import os

import pytest
from django.urls import reverse
from pypdf import PdfReader

from eservice_blocks.cases.models import Case
from eservice_types.application.pdf import application_html, application_pdf
from tests.conftest import service_missing
from tests.eservice_types.shown_answers import pdf_text
from tests.factories.files import pdf

from .conftest import ABOUT, PROJECT, start, token_of

pytestmark = pytest.mark.django_db

ARABIC = "أريد بناء شرفة خشبية بجانب المنزل"
TIGRINYA = "ናይ ገዛና ሰገነት ክንሰርሕ ንደሊ"
CHINESE = "我们想在房子旁边建一个木制露台"
THAI = "เราต้องการสร้างระเบียงไม้"
#: The fonts that draw them (Debian's fonts-noto-core and fonts-noto-cjk).
FONTS = {
    "Noto-Sans-Ethiopic": "/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf",
    "Noto-Sans-CJK": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "Noto-Sans-Thai": "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
}


def step_url(token, number):
    return reverse("eservice_blocks:application:step", args=[token, number])


def submitted(client, page, name="Anna Svensson", change=None) -> Case:
    token = token_of(start(client, page))
    client.post(step_url(token, 1), {**ABOUT, "name": name})
    project = {**PROJECT, "project": "Ändrad användning"} if change else PROJECT
    client.post(step_url(token, 2), project)
    client.post(step_url(token, 3), {"drawings": [pdf("fasad.pdf")], **({"change": change} if change else {})})
    client.post(reverse("eservice_blocks:application:review", args=[token]))
    return Case.objects.get(page=page)


def test_the_pdf_holds_the_reference_steps_answers_and_attachments(client, application_page):
    case = submitted(client, application_page)

    text = pdf_text(application_pdf(case))

    for expected in (case.reference, "Ansök om bygglov", "Om dig", "Anna Svensson", "19811218-****", "fasad.pdf"):
        assert expected in text
    assert "9876" not in text
    assert "Projektet" in text and "Tillbyggnad" in text and "24" in text


@pytest.mark.parametrize("answer", [ARABIC, TIGRINYA, CHINESE, THAI], ids=["arabic", "tigrinya", "chinese", "thai"])
def test_an_answer_in_any_script_is_in_the_pdf_in_its_logical_order(client, application_page, answer):
    case = submitted(client, application_page, name=answer)

    text = pdf_text(application_pdf(case))

    assert answer in text


def test_a_long_answer_mixing_scripts_keeps_every_line(client, application_page):
    change = f"{ARABIC}\r\n{TIGRINYA}\r\n{CHINESE} 🏠"
    case = submitted(client, application_page, change=change)

    lines = pdf_text(application_pdf(case)).splitlines()

    for line in (ARABIC, TIGRINYA, f"{CHINESE} 🏠"):
        assert line in lines


def test_the_pdf_embeds_fonts_that_draw_tigrinya_chinese_and_thai(client, application_page):
    missing = [path for path in FONTS.values() if not os.path.exists(path)]
    if missing:
        service_missing(f"fonts-noto-core and fonts-noto-cjk are needed for the PDF: {missing}")
    case = submitted(client, application_page, change=f"{TIGRINYA} {CHINESE} {THAI}")

    content = application_pdf(case)

    embedded = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(io.BytesIO(content)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    for font in FONTS:
        assert any(name.startswith(font) for name in embedded), embedded


def text_positions(content: bytes) -> dict[str, float]:
    """Each piece of text drawn on page 1 and where it starts from the left edge (points)."""
    found = {}

    def seen(text, _cm, tm, _font, _size):
        if text.strip():
            found.setdefault(text.strip(), tm[4])

    PdfReader(io.BytesIO(content)).pages[0].extract_text(visitor_text=seen)
    return found


def test_an_arabic_answer_is_set_from_the_right_margin_and_a_swedish_one_from_the_left(client, application_page):
    case = submitted(client, application_page, name=ARABIC)

    positions = text_positions(application_pdf(case))

    a4_middle = 595 / 2
    arabic = next(x for text, x in positions.items() if ARABIC in text)
    swedish = next(x for text, x in positions.items() if "anna@exempel.se" in text)
    assert arabic > a4_middle > swedish


def test_each_answer_takes_its_direction_from_its_own_text(client, application_page):
    case = submitted(client, application_page, name=ARABIC)

    html = application_html(case)

    assert f'<div dir="rtl">{ARABIC}</div>' in html
    assert '<div dir="ltr">anna@exempel.se</div>' in html


def test_a_handler_downloads_the_pdf(client, application_page):
    from django.contrib.auth.models import User

    case = submitted(client, application_page)
    client.force_login(User.objects.create_superuser("pdf-handler", "h@exempel.se", "pw-not-used-123"))

    response = client.get(reverse("application_case_pdf", args=[case.pk]))

    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert response["Content-Disposition"] == f'attachment; filename="{case.reference}.pdf"'
