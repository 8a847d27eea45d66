"""Claims as a Swedish e-identification broker releases them under the oidc.se profile, and the
ways a broker can get them wrong (settings.MISBEHAVIOUR, see misbehaviour.py)."""

from django.conf import settings
from oauth2_provider.oauth2_validators import OAuth2Validator

from tests.oidc_provider.misbehaviour import NUMBER_ONLY_FROM_USERINFO, USERINFO_OF_ANOTHER_PERSON
from tests.oidc_provider.persons import (
    NATURAL_PERSON_NUMBER_SCOPE,
    PERSONAL_IDENTITY_NUMBER_CLAIM,
    PERSONS,
    PERSONS_BY_USERNAME,
)


def _person(request) -> dict:
    return PERSONS_BY_USERNAME[request.user.get_username()]


class SwedishEidValidator(OAuth2Validator):
    # A claim is released only when its scope was granted; claims missing here are never released.
    oidc_claim_scope = {
        **OAuth2Validator.oidc_claim_scope,
        "sub": "openid",
        "acr": "openid",
        "name": "profile",
        "given_name": "profile",
        "family_name": "profile",
        PERSONAL_IDENTITY_NUMBER_CLAIM: NATURAL_PERSON_NUMBER_SCOPE,
    }

    def get_additional_claims(self):
        # The request-agnostic form (callables taking the oauthlib request) lets discovery
        # list these in claims_supported. They go into the ID token and userinfo alike;
        # DOT adds iss, aud, exp, iat, auth_time (the last sign-in), nonce and at_hash.
        return {
            "sub": lambda request: _person(request)["sub"],
            "acr": lambda request: _person(request)["acr"],
            "given_name": lambda request: _person(request)["given_name"],
            "family_name": lambda request: _person(request)["family_name"],
            "name": lambda request: f"{_person(request)['given_name']} {_person(request)['family_name']}",
            PERSONAL_IDENTITY_NUMBER_CLAIM: lambda request: _person(request)["personal_identity_number"],
        }

    def get_id_token_dictionary(self, token, token_handler, request):
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        if settings.MISBEHAVIOUR in (USERINFO_OF_ANOTHER_PERSON, NUMBER_ONLY_FROM_USERINFO):
            # Like brokers that release the number only from userinfo, so that the client asks there.
            claims.pop(PERSONAL_IDENTITY_NUMBER_CLAIM, None)
        return claims, expiration_time

    def get_userinfo_claims(self, request):
        claims = super().get_userinfo_claims(request)
        if settings.MISBEHAVIOUR == USERINFO_OF_ANOTHER_PERSON:
            other = next(person for person in PERSONS if person["sub"] != claims["sub"])
            claims.update({"sub": other["sub"], PERSONAL_IDENTITY_NUMBER_CLAIM: other["personal_identity_number"]})
        return claims
