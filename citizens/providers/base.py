"""The contract of a sign-in method (an OpenID Connect broker, a SAML federation, ...)."""

from abc import ABC, abstractmethod

from django.http import HttpRequest, HttpResponse

from ..identity import Identity


class SignInFailed(Exception):
    """The sign-in did not give an identity; `message` is shown to the citizen (translated)."""

    def __init__(self, message, *, detail: str = ""):
        super().__init__(detail or str(message))
        self.message = message
        # For the log: never personal data.
        self.detail = detail


class IdentityProvider(ABC):
    """One way for citizens to sign in.

    `begin` sends the browser to the identification (a redirect, or a page of our own); the
    identification comes back to the provider's callback URL, where `complete` turns the answer
    into an `Identity` or raises `SignInFailed`.
    """

    #: Stable id, used in URLs and stored on cases (which method identified the citizen).
    id: str = ""
    #: Shown on the sign-in button (lazy-translated).
    label = ""
    #: A sentence under the button (which e-identifications it covers).
    description = ""
    #: Development providers are marked as such everywhere and refused in production.
    development_only = False

    def is_enabled(self) -> bool:
        """Configured and usable here; disabled providers are neither listed nor reachable."""
        return True

    @abstractmethod
    def begin(self, request: HttpRequest, callback_url: str) -> HttpResponse:
        """Start the identification; it must end at `callback_url`."""

    @abstractmethod
    def complete(self, request: HttpRequest) -> Identity:
        """The request at the callback URL: the identified person, or `SignInFailed`."""

    def sign_out_url(self, request: HttpRequest, return_url: str, state: str) -> str | None:
        """Where to send the browser so that the provider ends its own session too, coming
        back to `return_url` with `state`; None when there is nothing to end there."""
        return None
