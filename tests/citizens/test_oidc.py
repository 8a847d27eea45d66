"""Sign-in through a real OpenID provider (tests/oidc_provider, a separate process on loopback):
the authorization code flow with PKCE, state and nonce, as Authlib runs it against the broker."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings

from citizens.models import Citizen
from citizens.session import SESSION_KEY
from tests.citizens.helpers import (
    finish_oidc_sign_in,
    person,
    sign_in_at_provider,
    sign_in_with_oidc,
    start_oidc_sign_in,
)

pytestmark = pytest.mark.django_db


def test_sign_in_through_the_provider_lands_on_mina_sidor(client, oidc_settings):
    anna = person("anna")
    response = sign_in_with_oidc(client, oidc_settings, "anna")
    assert response.status_code == 302
    assert response["Location"] == "/mina-sidor/"
    page = client.get("/mina-sidor/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Anna Andersson" in html
    assert "BankID" in html  # the configured label
    assert "LoA 3" in html
    signed_in = client.session[SESSION_KEY]
    assert signed_in["personal_identity_number"] == "19850314-9828"
    assert signed_in["assurance"] == anna["acr"]
    assert Citizen.objects.filter(identity_hash=signed_in["identity_hash"]).exists()


def test_the_authorization_request_uses_pkce_state_nonce_and_the_assurance_level(client, oidc_settings):
    url = start_oidc_sign_in(client)
    assert url.startswith(oidc_settings.issuer)
    query = parse_qs(urlsplit(url).query)
    assert query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"]
    assert len(query["code_challenge"][0]) >= 43
    assert query["state"][0] and query["nonce"][0]
    assert query["acr_values"] == [settings.CITIZEN_OIDC_ACR_VALUES]
    assert "https://id.oidc.se/scope/naturalPersonNumber" in query["scope"][0].split()
    assert query["redirect_uri"] == ["http://testserver/auth/oidc/callback/"]


def test_the_session_key_is_renewed_at_sign_in(client, oidc_settings):
    start = start_oidc_sign_in(client)
    planted = client.session.session_key
    callback = sign_in_at_provider(start, "anna", oidc_settings.password)
    finish_oidc_sign_in(client, callback)
    assert client.session.session_key != planted
    assert SESSION_KEY in client.session


def test_the_identity_number_never_appears_in_an_address(client, oidc_settings):
    anna = person("anna")
    start = start_oidc_sign_in(client)
    callback = sign_in_at_provider(start, "anna", oidc_settings.password)
    response = finish_oidc_sign_in(client, callback)
    addresses = [start, callback, response["Location"]]
    for address in addresses:
        assert anna["personal_identity_number"] not in address
        assert anna["personal_identity_number"][:8] not in address


def test_the_next_address_is_kept_but_only_on_this_site(client, oidc_settings):
    response = sign_in_with_oidc(client, oidc_settings, "bertil", next_url="/smabarnsforaldrar/")
    assert response["Location"] == "/smabarnsforaldrar/"
    client.logout()
    other = client.__class__()
    response = sign_in_with_oidc(other, oidc_settings, "bertil", next_url="https://evil.example/")
    assert response["Location"] == "/mina-sidor/"


def test_a_callback_with_a_forged_state_signs_nobody_in(client, oidc_settings):
    start = start_oidc_sign_in(client)
    callback = sign_in_at_provider(start, "anna", oidc_settings.password)
    forged = callback.replace("state=", "state=x")
    response = finish_oidc_sign_in(client, forged)
    assert response.status_code == 400
    assert "kunde inte slutföras" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_a_replayed_callback_is_refused(client, oidc_settings):
    start = start_oidc_sign_in(client)
    callback = sign_in_at_provider(start, "anna", oidc_settings.password)
    assert finish_oidc_sign_in(client, callback).status_code == 302
    client.post("/logga-ut/")
    response = finish_oidc_sign_in(client, callback)
    assert response.status_code == 400
    assert SESSION_KEY not in client.session


def test_a_callback_in_another_browser_is_refused(client, oidc_settings):
    start = start_oidc_sign_in(client)
    callback = sign_in_at_provider(start, "anna", oidc_settings.password)
    stranger = client.__class__()
    response = finish_oidc_sign_in(stranger, callback)
    assert response.status_code == 400
    assert SESSION_KEY not in stranger.session


def test_a_level_below_substantial_is_refused(client, oidc_settings):
    response = sign_in_with_oidc(client, oidc_settings, "david")
    assert response.status_code == 400
    assert "inte tillräckligt säker" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_the_required_level_is_a_setting(client, oidc_settings, settings):
    settings.CITIZEN_OIDC_MIN_ASSURANCE = "high"
    assert sign_in_with_oidc(client, oidc_settings, "anna").status_code == 400
    assert sign_in_with_oidc(client, oidc_settings, "cecilia").status_code == 302


def test_a_cancelled_identification_says_so(client, oidc_settings):
    start_oidc_sign_in(client)
    response = client.get("/auth/oidc/callback/?error=access_denied&state=whatever")
    assert response.status_code == 400
    assert "avbröts" in response.content.decode()


def test_a_provider_that_does_not_answer_gives_a_clear_message(client, oidc_settings, settings):
    from tests.oidc_provider.process import free_port

    settings.CITIZEN_OIDC_ISSUER = f"http://127.0.0.1:{free_port()}/o"
    response = client.get("/logga-in/oidc/")
    assert response.status_code == 503
    assert "svarade inte" in response.content.decode()


def test_the_sign_in_continues_in_the_language_it_began_in(client, oidc_settings):
    client.get("/en/sign-in/")
    authorize = client.get("/en/sign-in/oidc/?next=/en/my-pages/")["Location"]
    assert parse_qs(urlsplit(authorize).query)["ui_locales"] == ["en"]
    callback = sign_in_at_provider(authorize, "anna", oidc_settings.password)
    response = finish_oidc_sign_in(client, callback)
    assert response["Location"] == "/en/my-pages/"
    assert "Signed in as" in client.get("/en/my-pages/").content.decode()


def _sign_out_at_provider(location: str, provider) -> str:
    """The broker's side of signing out, in a browser that has no session there (nothing to
    confirm): returns where it sends the citizen back."""
    import requests

    response = requests.get(location, allow_redirects=False, timeout=10)
    assert response.status_code == 302, response.text[:500]
    return response.headers["Location"]


def test_signing_out_also_signs_out_at_the_broker_and_comes_back(client, oidc_settings):
    sign_in_with_oidc(client, oidc_settings, "anna")
    response = client.post("/logga-ut/")

    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(oidc_settings.issuer + "/logout/")
    query = parse_qs(urlsplit(location).query)
    assert query["post_logout_redirect_uri"] == ["http://testserver/auth/signed-out/"]
    assert query["client_id"] == [oidc_settings.client_id]
    assert "id_token_hint" not in query  # the ID token holds the identity number
    assert "19850314" not in location and "9828" not in location
    assert SESSION_KEY not in client.session  # signed out here before leaving

    back = _sign_out_at_provider(location, oidc_settings)
    assert back.startswith("http://testserver/auth/signed-out/?")
    assert client.get(back.removeprefix("http://testserver"))["Location"] == "/utloggad/"


def test_the_way_back_keeps_the_language_and_sign_out_everywhere(client, oidc_settings):
    sign_in_with_oidc(client, oidc_settings, "anna", next_url="/en/my-pages/")
    location = client.post("/en/sign-out/everywhere/")["Location"]
    back = _sign_out_at_provider(location, oidc_settings)
    assert client.get(back.removeprefix("http://testserver"))["Location"] == "/en/signed-out/?everywhere=1"


def test_a_forged_way_back_leads_to_the_default_signed_out_page(client):
    response = client.get("/auth/signed-out/", {"state": "forged"})
    assert response["Location"] == "/utloggad/"


def test_signing_out_at_the_broker_can_be_switched_off(client, oidc_settings, settings):
    settings.CITIZEN_OIDC_SIGN_OUT_AT_PROVIDER = False
    sign_in_with_oidc(client, oidc_settings, "anna")
    assert client.post("/logga-ut/")["Location"] == "/utloggad/"
