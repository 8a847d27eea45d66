"""The product as README shows it, on a 390x844 phone in Swedish: the home page, an audience
page, the booking receipt and the confirmed booking's case page.

`make screenshots` writes them to docs/images/; every test run walks the same screens and
checks that each is whole (nothing scrolls sideways) and says what it should.
"""

import os
from pathlib import Path

import pytest

from tests.browser.conftest import PHONE
from tests.browser.test_booking import PAGES, choose_first_free_time, confirm, fill_details, submit

pytestmark = pytest.mark.browser

#: Where `make screenshots` wants the pictures; a test run keeps them in its own folder.
FOLDER_VARIABLE = "KOMMUNPORTAL_SCREENSHOTS"


def test_the_readme_screens_are_whole_and_say_what_they_should(browser, site_url, served_manage, tmp_path):
    folder = Path(os.environ.get(FOLDER_VARIABLE) or tmp_path)
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()

    def screen(name: str, expected: str) -> None:
        assert expected in page.locator("main").inner_text(), name
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
        page.screenshot(path=str(folder / f"phone-{name}.png"))

    page.goto(site_url + "/")
    screen("home", "Husägare")
    page.goto(site_url + "/husagare/")
    screen("audience", "Bygglov")
    page.goto(site_url + PAGES["sv"])
    choose_first_free_time(page)
    fill_details(page)
    submit(page)
    screen("booking-receipt", "Bekräfta din e-postadress")
    confirm(page, served_manage)
    screen("case", "Din bokning är bekräftad")
    context.close()

    assert sorted(path.name for path in folder.glob("phone-*.png")) == [
        "phone-audience.png",
        "phone-booking-receipt.png",
        "phone-case.png",
        "phone-home.png",
    ]
