"""The admin loads nothing from other hosts: no avatar from gravatar.com (which would get a hash
of each staff member's e-mail address), no fonts, scripts or images from elsewhere."""

import json
import re
import urllib.request
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def _sign_in(browser, site_url, served_manage):
    output = served_manage("ensure_demo_admin", "--username", "integritet", "--url", site_url + "/admin/")
    password = re.search(r"Password: (\S+)", output).group(1)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", "integritet")
    page.fill("#id_password", password)
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def _other_hosts(page, site_url, path) -> list[str]:
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    own = urlsplit(site_url).netloc
    return [url for url in requested if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own]


def test_the_dashboard_requests_nothing_from_another_host(browser, site_url, served_manage):
    page = _sign_in(browser, site_url, served_manage)

    assert _other_hosts(page, site_url, "/admin/") == []
    page.context.close()


def test_a_page_editor_requests_nothing_from_another_host(browser, site_url, served_manage):
    with urllib.request.urlopen(site_url + "/api/v1/pages/?type=informationpage", timeout=10) as response:
        page_id = json.load(response)["results"][0]["id"]
    page = _sign_in(browser, site_url, served_manage)

    assert _other_hosts(page, site_url, f"/admin/pages/{page_id}/edit/") == []
    assert page.locator("form#page-edit-form").count() == 1
    page.context.close()
