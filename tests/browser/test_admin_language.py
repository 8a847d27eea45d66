"""The admin in Swedish reads Swedish, also in wagtail-localize's translation editor (a script
page whose labels its own catalogue gets wrong or leaves in English)."""

import re

import pytest

pytestmark = pytest.mark.browser

PREFER_SWEDISH = (
    "from django.contrib.auth import get_user_model; from wagtail.users.models import UserProfile; "
    "profile = UserProfile.get_for_user(get_user_model().objects.get(username='{username}')); "
    "profile.preferred_language = 'sv'; profile.save()"
)
ENGLISH_PERMIT_PAGE = (
    "from wagtail.models import Page; print(Page.objects.get(slug='building-permit', locale__language_code='en').pk)"
)


def test_the_translation_editor_in_swedish_has_no_english_labels(browser, site_url, served_manage):
    output = served_manage("ensure_demo_admin", "--username", "redaktor-sv", "--url", site_url + "/admin/")
    password = re.search(r"Password: (\S+)", output).group(1)
    served_manage("shell", "-c", PREFER_SWEDISH.format(username="redaktor-sv"))
    page_id = served_manage("shell", "-c", ENGLISH_PERMIT_PAGE).strip().splitlines()[-1]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", "redaktor-sv")
    page.fill("#id_password", password)
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(site_url + f"/admin/pages/{page_id}/edit/")
    publish = page.get_by_role("button", name=re.compile("^Publicera på"))
    publish.wait_for()

    assert publish.inner_text().strip() == "Publicera på engelska"
    labels = page.locator(".w-dropdown__toggle .w-sr-only")
    assert labels.count() >= 1
    assert set(labels.all_inner_texts()) == {"Fler åtgärder"}
    context.close()
