"""A signed-in citizen's draft: someone else's link gets a clear page instead of a loop of
redirects, each step says when the sign-in ends, and a step sent just after being signed out
for inactivity is kept for when the citizen signs in again."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from citizens import session
from eservice_types.application.models import ApplicationDraft
from tests.citizens.helpers import identity, sign_in_directly

from .conftest import ABOUT, PROJECT, start

pytestmark = pytest.mark.django_db

TOLVAN = identity()
SARA = identity("19811218-9876", "Sara", "Svensson")


def idle_past_the_limit(client, settings):
    """Move the session's last activity back past CITIZEN_IDLE_MINUTES."""
    store = client.session
    data = store[session.SESSION_KEY]
    data["last_seen"] -= settings.CITIZEN_IDLE_MINUTES * 60 + 5
    store[session.SESSION_KEY] = data
    store.save()


@pytest.fixture
def tolvans_step_1(client, application_page):
    sign_in_directly(client, TOLVAN)
    return start(client, application_page)


def test_someone_elses_draft_link_says_so_once_instead_of_redirecting(tolvans_step_1):
    sara = Client()
    sign_in_directly(sara, SARA)

    response = sara.get(tolvans_step_1)

    assert response.status_code == 403
    assert response["Cache-Control"] == "private, no-store"
    heading = BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)
    assert heading == "Ansökan tillhör någon annan"


def test_someone_elses_draft_link_does_not_lead_to_the_sign_in_page_and_back(tolvans_step_1):
    sara = Client()
    sign_in_directly(sara, SARA)

    responses = [sara.get(tolvans_step_1), sara.post(tolvans_step_1, PROJECT)]

    assert [response.status_code for response in responses] == [403, 403]
    assert ApplicationDraft.objects.get().answers == {}


def test_the_owners_draft_link_asks_a_signed_out_visitor_to_sign_in(client, tolvans_step_1):
    response = Client().get(tolvans_step_1)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("citizens:sign_in"))


def test_each_step_says_when_the_sign_in_ends_without_javascript(client, tolvans_step_1, settings):
    response = client.get(tolvans_step_1)

    notice = BeautifulSoup(response.content, "html.parser").select_one(".application-session[role=note]")
    assert notice is not None
    ends = session.session_ends_at(response.wsgi_request)
    from django.utils import timezone

    assert timezone.localtime(ends).strftime("%H:%M") in notice.get_text()


def test_a_step_sent_after_an_idle_sign_out_is_kept_for_after_signing_in_again(client, tolvans_step_1, settings):
    idle_past_the_limit(client, settings)

    response = client.post(tolvans_step_1, {**ABOUT, "name": "Någon annan", "pnr": "19811218-9876"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("citizens:sign_in"))
    kept = ApplicationDraft.objects.get().answers
    assert kept["email"] == ABOUT["email"]
    assert "name" not in kept and "pnr" not in kept  # those come from the e-identification
    sign_in_page = client.get(response["Location"])
    assert "sparat" in sign_in_page.content.decode()
    sign_in_directly(client, TOLVAN)
    step = BeautifulSoup(client.get(tolvans_step_1).content, "html.parser")
    assert step.select_one("[name=email]")["value"] == ABOUT["email"]


def test_a_step_sent_by_someone_else_after_the_sign_out_is_not_kept(client, tolvans_step_1, settings):
    # Explicit sign-out (a shared computer): whoever comes next cannot write into the draft.
    client.post(reverse("citizens:sign_out"))

    response = client.post(tolvans_step_1, ABOUT)

    assert response.status_code == 302
    assert ApplicationDraft.objects.get().answers == {}


def test_a_step_sent_long_after_the_idle_sign_out_is_not_kept(client, tolvans_step_1, settings):
    idle_past_the_limit(client, settings)
    client.get(reverse("citizens:sign_in"))  # the sign-out happens here
    store = client.session
    store[session.ENDED_IDENTITY_KEY]["at"] -= settings.CITIZEN_IDLE_MINUTES * 60 + 5
    store.save()

    client.post(tolvans_step_1, ABOUT)

    assert ApplicationDraft.objects.get().answers == {}
