"""Numbers typed on a phone reach the review, the case and the handler exactly: "24,5" in the
application's area question (a browser number field made it 245), and "40" and "12,5" in the
guide (it showed "4E+1"), in Swedish, English and Arabic, with and without JavaScript.

In the demo guide 40 m² leads to the permit outcome, whose contact e-service is filled in with
the answers and reaches a handler; 12,5 m² leads to an outcome without an e-service, so there
it is followed to "Your answers" and the outcome a 12.5 (not 125) leads to."""

import re

import pytest

from tests.factories.files import image_bytes

from .conftest import PHONE
from .test_application import PAGES as APPLICATION_PAGES
from .test_application import about_you, next_step

pytestmark = pytest.mark.browser

GUIDES = {
    "sv": "/husagare/behover-jag-bygglov/",
    "en": "/en/homeowners/do-i-need-a-building-permit/",
    "ar": "/ar/homeowners/do-i-need-a-building-permit/",
}
#: "24,5" typed, as each language writes it back.
AREA = {"sv": "24,5", "en": "24.5", "ar": "24,5"}
GUIDE_12_5 = {"sv": "12,5", "en": "12.5", "ar": "12,5"}
BOTH = [pytest.param(True, id="with-js"), pytest.param(False, id="without-js")]


@pytest.fixture(scope="module")
def handler(browser, site_url, served_manage):
    output = served_manage("ensure_demo_admin", "--username", "siffror", "--url", site_url + "/admin/")
    password = re.search(r"Password: (\S+)", output).group(1)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", "siffror")
    page.fill("#id_password", password)
    page.locator("button[type=submit]").click()
    yield page
    context.close()


def citizen(browser, javascript):
    return browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=javascript
    ).new_page()


def handlers_answers(handler, site_url, served_manage, reference) -> dict:
    found = f"from eservice_blocks.cases.models import Case; print(Case.objects.get(reference='{reference}').pk)"
    pk = served_manage("shell", "--no-imports", "-c", found).split()[-1]
    handler.goto(f"{site_url}/admin/cases/{pk}/")
    rows = handler.locator("table.listing").first.locator("tr")
    return {
        rows.nth(i).locator("th").inner_text().strip(): rows.nth(i).locator("td").inner_text().strip()
        for i in range(rows.count())
    }


@pytest.mark.parametrize("javascript", BOTH)
@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_an_area_of_24_comma_5_reaches_the_review_the_case_and_the_handler(
    browser, site_url, served_manage, handler, tmp_path, language, javascript
):
    page = citizen(browser, javascript)
    page.goto(site_url + APPLICATION_PAGES[language])
    page.locator("section.eservice--application button[type=submit]").click()
    about_you(page)
    next_step(page)
    page.fill("[name=property]", "Sjövik Eken 4")
    page.locator("[name=project]").first.check()
    area = page.locator("[name=area]")
    assert area.get_attribute("inputmode") == "decimal" and area.get_attribute("type") == "text"
    area.fill("24,5")
    page.locator("[name=plan_checked]").check()
    next_step(page)
    drawing = tmp_path / "fasad.jpg"
    drawing.write_bytes(image_bytes(size=(60, 40)))
    page.locator("[name=drawings]").set_input_files(str(drawing))
    next_step(page)

    review = page.locator("main").inner_text()
    assert AREA[language] in review and "245" not in review
    page.locator("form button[type=submit]").last.click()
    reference = page.locator(".receipt__reference strong").inner_text()
    page.context.close()

    answers = handlers_answers(handler, site_url, served_manage, reference)
    assert AREA[language] in answers.values()


def walk_the_guide(page, site_url, language, typed):
    page.goto(site_url + GUIDES[language])
    page.locator("input[name=a]").first.check()  # yes, a one- or two-family house
    page.locator("form.guide__question button[type=submit]").click()
    page.locator("input[name=a]").nth(1).check()  # an extension
    page.locator("form.guide__question button[type=submit]").click()
    page.fill("#guide-answer", typed)
    page.locator("form.guide__question button[type=submit]").click()


@pytest.mark.parametrize("javascript", BOTH)
@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_a_guide_answer_of_40_reaches_your_answers_the_message_and_the_handler(
    browser, site_url, served_manage, handler, language, javascript
):
    page = citizen(browser, javascript)
    walk_the_guide(page, site_url, language, "40")

    assert page.locator(".guide__answer dd").last.inner_text().split()[0] == "40"
    message = page.locator(".guide__outcome textarea[name$=message]").input_value()
    assert message.splitlines()[-1].endswith(" 40") and "E+" not in message
    page.locator(".guide__outcome input[name$=answer_by][value=email]").check()  # no channel is preselected
    page.locator(".guide__outcome input[name$=email]").fill("anna@exempel.se")
    page.locator(".guide__outcome form button[type=submit]").last.click()
    reference = page.locator(".receipt__reference strong").inner_text()
    page.context.close()

    handed_over = "\n".join(handlers_answers(handler, site_url, served_manage, reference).values())
    assert message.splitlines()[-1] in handed_over.splitlines()


@pytest.mark.parametrize("javascript", BOTH)
@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_a_guide_answer_of_12_comma_5_is_shown_as_typed_and_read_as_twelve_and_a_half(
    browser, site_url, language, javascript
):
    page = citizen(browser, javascript)
    walk_the_guide(page, site_url, language, "12,5")

    assert page.locator(".guide__answer dd").last.inner_text().split()[0] == GUIDE_12_5[language]
    # At most 15 m² needs no permit: 12.5 read as 125 would have led to the permit's e-service.
    assert page.locator(".guide__outcome textarea[name$=message]").count() == 0
    page.context.close()
