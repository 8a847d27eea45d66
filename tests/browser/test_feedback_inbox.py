"""A handler works citizens' feedback in the admin inbox: finds the new comment, marks it acted
on with a note, and answers the citizen."""

import re
import time

import pytest

pytestmark = pytest.mark.browser


def test_a_handler_marks_feedback_acted_on_and_answers_the_citizen(browser, site_url, served_manage):
    comment = f"Öppettiderna saknas {time.time_ns()}"
    citizen = browser.new_context(java_script_enabled=False).new_page()
    citizen.goto(site_url + "/husagare/sophamtning/")
    citizen.locator("main [data-feedback] button[value=no]").click()
    citizen.fill("textarea[name=comment]", comment)
    citizen.fill("input[name=email]", "granne@exempel.se")
    citizen.locator("form.feedback__details button[type=submit]").click()
    citizen.context.close()

    output = served_manage("ensure_demo_admin", "--username", "handlaggare", "--url", site_url + "/admin/")
    password = re.search(r"Password: (\S+)", output).group(1)
    admin = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    admin.goto(site_url + "/admin/login/")
    admin.fill("#id_username", "handlaggare")
    admin.fill("#id_password", password)
    admin.locator("button[type=submit]").click()

    admin.goto(site_url + "/admin/feedback/?with_comment=on")
    admin.get_by_role("row", name=re.compile(re.escape(comment))).get_by_role("link").click()
    admin.select_option("#id_status", "acted_on")
    admin.fill("#id_internal_note", "Öppettiderna har lagts till på sidan.")
    admin.locator("form:has(input[value=handle]) button[type=submit]").click()
    assert admin.locator("#id_status").input_value() == "acted_on"

    admin.fill("#id_reply", "Tack! Nu står öppettiderna på sidan.")
    admin.locator("form:has(input[value=reply]) button[type=submit]").click()
    assert "Tack! Nu står öppettiderna på sidan." in admin.locator("blockquote").inner_text()
    admin.context.close()
