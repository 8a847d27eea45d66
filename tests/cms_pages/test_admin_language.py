"""The admin in Swedish reads Swedish: the page editor, and the translation editor's labels that
wagtail-localize's own catalogue gets wrong or leaves in English."""

import json
import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish_editor(client):
    user = User.objects.create_superuser("redaktor", "redaktor@example.org", "pw-not-used-123")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(user)
    return user


def test_the_page_editor_in_swedish_says_fler_atgarder_and_not_more_actions(client, swedish_editor, home_page):
    page = InformationPageFactory(parent=home_page, title="Bygglov")

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "Fler åtgärder" in html
    assert "More actions" not in re.sub(r'data-labels="[^"]*"', "", html)
    # The script that puts the label in Swedish where the translation editor writes it in English.
    labels = re.search(r'<script src="[^"]*editor_labels[^"]*" data-labels="([^"]*)"', html).group(1)
    assert json.loads(labels.replace("&quot;", '"')) == {"More actions": "Fler åtgärder"}


def test_the_translation_editors_swedish_strings_keep_the_space_before_the_language(client, swedish_editor):
    script = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()

    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    assert catalog["Publish in "] == "Publicera på "
    assert catalog["Translate with "] == "Översätt med "
