"""A broker that breaks the OpenID Connect rules signs nobody in: the test provider (a real
OpenID provider in its own process) made to misbehave, over real HTTP."""

import logging

import pytest

from citizens.session import SESSION_KEY
from tests.citizens.helpers import finish_oidc_sign_in, sign_in_at_provider, sign_in_with_oidc
from tests.conftest import oidc_environment
from tests.oidc_provider.misbehaviour import NO_ID_TOKEN, NUMBER_ONLY_FROM_USERINFO, USERINFO_OF_ANOTHER_PERSON
from tests.oidc_provider.process import start_provider

pytestmark = pytest.mark.django_db

CALLBACKS = ["http://testserver/auth/oidc/callback/"]


def _provider(tmp_path_factory, misbehaviour):
    return start_provider(CALLBACKS, tmp_path_factory.mktemp(misbehaviour), misbehaviour=misbehaviour)


@pytest.fixture(scope="module")
def userinfo_of_another_person(tmp_path_factory):
    with _provider(tmp_path_factory, USERINFO_OF_ANOTHER_PERSON) as provider:
        yield provider


@pytest.fixture(scope="module")
def number_only_from_userinfo(tmp_path_factory):
    with _provider(tmp_path_factory, NUMBER_ONLY_FROM_USERINFO) as provider:
        yield provider


@pytest.fixture(scope="module")
def no_id_token(tmp_path_factory):
    with _provider(tmp_path_factory, NO_ID_TOKEN) as provider:
        yield provider


def use(settings, provider):
    for name, value in oidc_environment(provider).items():
        setattr(settings, name, value)
    return provider


def test_userinfo_about_another_person_than_the_id_token_signs_nobody_in(client, settings, userinfo_of_another_person):
    provider = use(settings, userinfo_of_another_person)

    response = sign_in_with_oidc(client, provider, "anna")

    assert response.status_code == 400
    assert "inte kunde kontrollera" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_a_token_response_without_an_id_token_signs_nobody_in(client, settings, no_id_token):
    provider = use(settings, no_id_token)

    response = sign_in_with_oidc(client, provider, "anna")

    assert response.status_code == 400
    assert "inte kunde kontrollera" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_the_refusal_is_logged_without_personal_data(client, settings, no_id_token, caplog):
    provider = use(settings, no_id_token)

    with caplog.at_level(logging.WARNING, logger="citizens.views"):
        sign_in_with_oidc(client, provider, "anna")

    assert "without an ID token" in caplog.text
    assert "198503149828" not in caplog.text


def test_the_refusal_is_in_the_language_the_sign_in_began_in(client, settings, userinfo_of_another_person):
    provider = use(settings, userinfo_of_another_person)
    authorize = client.get("/en/sign-in/oidc/?next=/en/my-pages/")["Location"]

    response = finish_oidc_sign_in(client, sign_in_at_provider(authorize, "anna", provider.password))

    assert response.status_code == 400
    assert "could not verify" in response.content.decode()


def test_a_broker_that_releases_the_number_only_from_userinfo_about_the_same_person_signs_in(
    client, settings, number_only_from_userinfo
):
    provider = use(settings, number_only_from_userinfo)

    response = sign_in_with_oidc(client, provider, "anna")

    assert response.status_code == 302
    assert client.session[SESSION_KEY]["personal_identity_number"] == "19850314-9828"
