"""Sign-in methods are plugins: the registry, the development provider's limits, a third-party
provider working end to end, and the deploy checks."""

import pytest
from django.core.checks import run_checks
from django.http import HttpResponseRedirect

from citizens.identity import DEVELOPMENT_ASSURANCE, Identity, assurance_label, normalise_identity_number
from citizens.providers import IdentityProvider, SignInFailed, registry
from citizens.session import SESSION_KEY

pytestmark = pytest.mark.django_db


class CardReaderProvider(IdentityProvider):
    """A made-up third-party method: it 'reads a card' and always finds Sara."""

    id = "card_reader"
    label = "Card reader"

    def begin(self, request, callback_url):
        return HttpResponseRedirect(callback_url + "?card=ok")

    def complete(self, request):
        if request.GET.get("card") != "ok":
            raise SignInFailed("No card.", detail="no card")
        return Identity("19820411-2380", "Sara", "Provsson", self.id, "http://id.elegnamnden.se/loa/1.0/loa4")


@pytest.fixture
def card_reader():
    registry.register(CardReaderProvider())
    yield
    registry.unregister("card_reader")


def test_a_third_party_provider_signs_in_end_to_end(client, card_reader):
    page = client.get("/logga-in/?next=/mina-sidor/").content.decode()
    assert "/logga-in/card_reader/?next=/mina-sidor/" in page.replace("%2F", "/")
    response = client.get("/logga-in/card_reader/?next=/mina-sidor/")
    assert response["Location"] == "http://testserver/auth/card_reader/callback/?card=ok"
    response = client.get("/auth/card_reader/callback/?card=ok")
    assert response["Location"] == "/mina-sidor/"
    assert "Sara Provsson" in client.get("/mina-sidor/").content.decode()


def test_a_failed_sign_in_shows_the_providers_message(client, card_reader):
    client.get("/logga-in/card_reader/")
    response = client.get("/auth/card_reader/callback/")
    assert response.status_code == 400
    assert "No card." in response.content.decode()
    assert SESSION_KEY not in client.session


def test_two_providers_cannot_share_an_id():
    from django.core.exceptions import ImproperlyConfigured

    class Impostor(CardReaderProvider):
        id = "oidc"

    with pytest.raises(ImproperlyConfigured):
        registry.register(Impostor())


def test_unknown_or_unconfigured_providers_are_not_found(client, settings):
    settings.CITIZEN_OIDC_ISSUER = ""
    assert client.get("/logga-in/nonexistent/").status_code == 404
    assert client.get("/logga-in/oidc/").status_code == 404
    assert client.get("/auth/oidc/callback/?code=x&state=y").status_code == 404


def test_without_any_provider_the_page_says_so(client, settings):
    settings.CITIZEN_OIDC_ISSUER = ""
    html = client.get("/en/sign-in/").content.decode()
    assert "Sign-in is not available" in html


def test_the_development_provider_needs_the_development_settings_and_its_setting(client, settings):
    settings.CITIZEN_DEVELOPMENT_SIGN_IN = True
    settings.DEVELOPMENT_SETTINGS = False
    settings.DEBUG = True  # DEBUG alone does not open it
    assert client.get("/logga-in/development/").status_code == 404
    assert client.post("/auth/development/callback/", {"person": "19121212-1212"}).status_code == 404
    settings.DEVELOPMENT_SETTINGS = True
    settings.CITIZEN_DEVELOPMENT_SIGN_IN = False
    assert client.get("/logga-in/development/").status_code == 404


def test_the_development_provider_signs_in_a_test_person_and_says_what_it_is(client, settings):
    settings.DEVELOPMENT_SETTINGS = True  # with DEBUG off, as `make run` has it
    settings.CITIZEN_DEVELOPMENT_SIGN_IN = True
    sign_in_page = client.get("/en/sign-in/").content.decode()
    assert "Development sign-in (test persons)" in sign_in_page
    form = client.get("/en/sign-in/development/").content.decode()
    assert "Not a real identification." in form
    response = client.post("/auth/development/callback/", {"person": "19121212-1212"})
    assert response.status_code == 302
    assert client.session[SESSION_KEY]["assurance"] == DEVELOPMENT_ASSURANCE
    # A person who is not on the list cannot be made up.
    other = client.__class__()
    assert other.post("/auth/development/callback/", {"person": "19850314-9828"}).status_code == 400


def test_deploy_checks_refuse_the_development_sign_in_and_an_unencrypted_broker(settings):
    settings.CITIZEN_DEVELOPMENT_SIGN_IN = True
    settings.CITIZEN_OIDC_ISSUER = "http://broker.example/o"
    settings.CITIZEN_OIDC_CLIENT_ID = "kommun"
    settings.CITIZEN_OIDC_CLIENT_SECRET = ""
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert {"citizens.E001", "citizens.E002", "citizens.W001"} <= ids


def test_an_unknown_minimum_level_is_a_configuration_error(settings):
    settings.CITIZEN_OIDC_MIN_ASSURANCE = "medium"
    assert "citizens.E003" in {message.id for message in run_checks()}


@pytest.mark.parametrize(
    ("raw", "normal"),
    [("198503149828", "19850314-9828"), ("850314-9828", "19850314-9828"), ("19850314-9828", "19850314-9828")],
)
def test_identity_numbers_from_providers_are_normalised(raw, normal):
    assert normalise_identity_number(raw) == normal


def test_assurance_levels_have_words():
    from django.utils import translation

    with translation.override("en"):
        assert assurance_label("http://id.elegnamnden.se/loa/1.0/loa3") == "Substantial (LoA 3)"
    with translation.override("sv"):
        assert assurance_label("http://id.elegnamnden.se/loa/1.0/loa3") == "Väsentlig (tillitsnivå 3, LoA 3)"
    assert assurance_label("urn:unknown") == "urn:unknown"
