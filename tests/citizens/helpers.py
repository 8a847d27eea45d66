"""Signing a test client in: through the real OpenID provider, or straight into the session."""

import re
from importlib import import_module
from types import SimpleNamespace
from urllib.parse import urlencode, urlsplit

import requests
from django.conf import settings

from citizens import session
from citizens.identity import Identity

LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3"


def person(username: str) -> dict:
    from tests.oidc_provider.persons import PERSONS_BY_USERNAME

    return PERSONS_BY_USERNAME[username]


def start_oidc_sign_in(client, next_url="/mina-sidor/"):
    """Our side of the start: the redirect to the provider's authorization endpoint."""
    response = client.get("/logga-in/oidc/?" + urlencode({"next": next_url}))
    assert response.status_code == 302, response.content[:500]
    return response["Location"]


def sign_in_at_provider(authorize_url: str, username: str, password: str) -> str:
    """The browser's part at the provider: log in and come back with the callback URL
    (code and state), which is returned without being followed."""
    browser = requests.Session()
    response = browser.get(authorize_url, allow_redirects=True, timeout=10)
    assert "id_username" in response.text, response.text[:500]
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)
    next_value = re.search(r'name="next" value="([^"]*)"', response.text).group(1).replace("&amp;", "&")
    response = browser.post(
        response.url,
        data={"csrfmiddlewaretoken": csrf, "username": username, "password": password, "next": next_value},
        headers={"Referer": response.url},
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302, response.text[:500]
    location = response.headers["Location"]
    while True:
        url = (
            location
            if location.startswith("http")
            else f"{urlsplit(authorize_url)._replace(path='', query='').geturl()}{location}"
        )
        if "/auth/oidc/callback/" in url:
            return url
        response = browser.get(url, allow_redirects=False, timeout=10)
        assert response.status_code == 302, response.text[:500]
        location = response.headers["Location"]


def finish_oidc_sign_in(client, callback_url: str):
    parts = urlsplit(callback_url)
    return client.get(f"{parts.path}?{parts.query}")


def sign_in_with_oidc(client, provider, username: str, next_url="/mina-sidor/"):
    """The whole authorization code flow against the real provider; returns our callback's response."""
    authorize_url = start_oidc_sign_in(client, next_url)
    callback_url = sign_in_at_provider(authorize_url, username, provider.password)
    return finish_oidc_sign_in(client, callback_url)


def identity(number="19121212-1212", given_name="Tolvan", family_name="Tolvansson", assurance=LOA3, provider="oidc"):
    return Identity(
        personal_identity_number=number,
        given_name=given_name,
        family_name=family_name,
        provider=provider,
        assurance=assurance,
    )


def sign_in_directly(client, who: Identity):
    """A signed-in session without the provider round trip (for tests about what comes after)."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store.create()
    signed_in = session.sign_in(SimpleNamespace(session=store), who)
    store.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = store.session_key
    return signed_in
