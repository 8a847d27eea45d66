"""Sign-in through an OpenID Connect provider: the e-identification broker a municipality buys
(BankID, Freja eID and foreign eIDs behind one OP).

Authorization code flow with PKCE (S256), state and nonce, by Authlib. Claims follow the Swedish
OIDC profile (oidc.se) by default; every name is a setting (docs/sign-in.md).
"""

import logging
import time
from urllib.parse import urlencode

import requests
from authlib.integrations.base_client import OAuthError
from authlib.integrations.django_client import OAuth
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ..identity import LEVELS, Identity, InvalidIdentity, assurance_rank, normalise_identity_number
from .base import IdentityProvider, SignInFailed
from .registry import registry

logger = logging.getLogger(__name__)

# Discovery documents and keys change rarely; a new client reads them again after this long.
METADATA_SECONDS = 3600
TIMEOUT_SECONDS = 10

_clients: dict[tuple, tuple[float, object]] = {}


def _config() -> tuple:
    return (
        settings.CITIZEN_OIDC_ISSUER.rstrip("/"),
        settings.CITIZEN_OIDC_CLIENT_ID,
        settings.CITIZEN_OIDC_CLIENT_SECRET,
        settings.CITIZEN_OIDC_SCOPES,
        settings.CITIZEN_OIDC_TOKEN_AUTH_METHOD,
    )


def client():
    """The Authlib client for the configured provider (rebuilt when the settings change)."""
    config = _config()
    made_at, cached = _clients.get(config, (0.0, None))
    if cached is not None and time.monotonic() - made_at < METADATA_SECONDS:
        return cached
    issuer, client_id, client_secret, scopes, auth_method = config
    oauth = OAuth()
    oauth.register(
        name="citizen_oidc",
        client_id=client_id,
        client_secret=client_secret,
        server_metadata_url=f"{issuer}/.well-known/openid-configuration",
        client_kwargs={
            "scope": scopes,
            "code_challenge_method": "S256",
            "token_endpoint_auth_method": auth_method,
            "default_timeout": TIMEOUT_SECONDS,
        },
    )
    made = oauth.create_client("citizen_oidc")
    _clients.clear()
    _clients[config] = (time.monotonic(), made)
    return made


UNAVAILABLE = _("The e-identification service did not answer. Try again in a few minutes.")
NOT_COMPLETED = _("The sign-in could not be completed. Please try again.")
NOT_VERIFIED = _(
    "The e-identification service sent an answer we could not verify, so you have not been signed in. "
    "Please try again; if it happens again, contact us."
)


@registry
class OpenIDConnectProvider(IdentityProvider):
    """The municipality's e-identification broker, configured by CITIZEN_OIDC_* settings."""

    id = "oidc"
    description = _("With Mobile BankID, BankID on file or Freja eID+.")

    @property
    def label(self):
        return settings.CITIZEN_OIDC_LABEL or _("E-identification")

    def is_enabled(self) -> bool:
        return bool(settings.CITIZEN_OIDC_ISSUER and settings.CITIZEN_OIDC_CLIENT_ID)

    def begin(self, request, callback_url):
        extra = {}
        if settings.CITIZEN_OIDC_ACR_VALUES:
            extra["acr_values"] = settings.CITIZEN_OIDC_ACR_VALUES
        language = getattr(request, "LANGUAGE_CODE", "") or settings.LANGUAGE_CODE
        try:
            return client().authorize_redirect(request, callback_url, ui_locales=language, **extra)
        except (requests.RequestException, ValueError) as error:
            raise SignInFailed(UNAVAILABLE, detail=f"discovery failed: {type(error).__name__}") from None

    def complete(self, request) -> Identity:
        if request.GET.get("error") == "access_denied":
            raise SignInFailed(_("The sign-in was cancelled."), detail="access_denied")
        oidc = client()
        try:
            token = oidc.authorize_access_token(request)
        except OAuthError as error:
            raise SignInFailed(NOT_COMPLETED, detail=f"oauth: {error.error}") from None
        except (requests.RequestException, ValueError) as error:
            raise SignInFailed(UNAVAILABLE, detail=f"token request failed: {type(error).__name__}") from None
        if not token.get("id_token") or not token.get("userinfo"):
            # Authlib checks the ID token's signature, issuer, audience, expiry and our nonce
            # only when there is one: without it nothing proves who signed in, or that this
            # answer belongs to the sign-in this browser started.
            raise SignInFailed(NOT_VERIFIED, detail="token response without an ID token")
        claims = dict(token["userinfo"])
        number_claim = settings.CITIZEN_OIDC_IDENTITY_NUMBER_CLAIM
        if number_claim not in claims:
            # Some brokers release the number only from the userinfo endpoint.
            try:
                userinfo = dict(oidc.userinfo(token=token))
            except (OAuthError, requests.RequestException, ValueError) as error:
                raise SignInFailed(UNAVAILABLE, detail=f"userinfo failed: {type(error).__name__}") from None
            if not claims.get("sub") or userinfo.get("sub") != claims["sub"]:
                # OpenID Connect Core 5.3.2: userinfo about anyone but the ID token's subject
                # (a mix-up, or a substituted token) must not be used.
                raise SignInFailed(NOT_VERIFIED, detail="userinfo sub differs from the ID token's")
            claims.update({key: value for key, value in userinfo.items() if key not in claims})
        try:
            number = normalise_identity_number(claims.get(number_claim, ""))
        except InvalidIdentity:
            raise SignInFailed(
                _("Your e-identification did not give us a Swedish personal identity number."),
                detail="no valid personal identity number claim",
            ) from None
        acr = str(claims.get("acr") or "")
        required = LEVELS.get(settings.CITIZEN_OIDC_MIN_ASSURANCE, 0)
        if assurance_rank(acr) < required:
            raise SignInFailed(
                _("This e-identification is not secure enough for our e-services. Use BankID or Freja eID+."),
                detail=f"assurance too low: {acr or 'none'}",
            )
        return Identity(
            personal_identity_number=number,
            given_name=str(claims.get("given_name") or ""),
            family_name=str(claims.get("family_name") or ""),
            provider=self.id,
            assurance=acr,
        )

    def sign_out_url(self, request, return_url, state):
        """RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): the broker's
        end_session_endpoint, when it has one. Without `id_token_hint` on purpose: the ID token
        holds the identity number, which never goes into an address (browser history on a
        shared computer); the broker asks the citizen to confirm instead."""
        if not settings.CITIZEN_OIDC_SIGN_OUT_AT_PROVIDER:
            return None
        try:
            endpoint = client().load_server_metadata().get("end_session_endpoint")
        except (requests.RequestException, ValueError) as error:
            # Signed out here all the same; the broker's session ends by itself.
            logger.warning("Broker sign-out skipped: discovery failed (%s)", type(error).__name__)
            return None
        if not endpoint:
            return None
        query = {
            "client_id": settings.CITIZEN_OIDC_CLIENT_ID,
            "post_logout_redirect_uri": return_url,
            "state": state,
            "ui_locales": getattr(request, "LANGUAGE_CODE", "") or settings.LANGUAGE_CODE,
        }
        return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode(query)}"
