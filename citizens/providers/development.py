"""A sign-in for local development and demos: pick a test person, no identification at all.

Works only with the development settings (`DEVELOPMENT_SETTINGS`, which no environment
variable sets) and CITIZEN_DEVELOPMENT_SIGN_IN (the dev settings set it), with DEBUG on or off:
`make run` runs the demo with DEBUG off. The deploy checks refuse it in production, and every
page it touches says what it is.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from ..identity import DEVELOPMENT_ASSURANCE, Identity, InvalidIdentity, normalise_identity_number
from .base import IdentityProvider, SignInFailed
from .registry import registry

# Skatteverket's published test numbers: never real people.
TEST_PERSONS = [
    {"personal_identity_number": "19121212-1212", "given_name": "Tolvan", "family_name": "Tolvansson"},
    {"personal_identity_number": "20080808-2382", "given_name": "Ebba", "family_name": "Testsson"},
    {"personal_identity_number": "19820411-2380", "given_name": "Sara", "family_name": "Provsson"},
]


@registry
class DevelopmentProvider(IdentityProvider):
    id = "development"
    label = _("Development sign-in (test persons)")
    description = _("Not a real identification. Only on development machines.")
    development_only = True

    def is_enabled(self) -> bool:
        return bool(settings.DEVELOPMENT_SETTINGS and settings.CITIZEN_DEVELOPMENT_SIGN_IN)

    def begin(self, request, callback_url):
        return HttpResponseRedirect(
            reverse("citizens:development_sign_in") + "?" + urlencode({"callback": callback_url})
        )

    def complete(self, request) -> Identity:
        if request.method != "POST":
            raise SignInFailed(_("The sign-in could not be completed. Please try again."), detail="not a POST")
        person = next(
            (p for p in TEST_PERSONS if p["personal_identity_number"] == request.POST.get("person")),
            None,
        )
        if person is None:
            raise SignInFailed(_("Choose one of the test persons."), detail="unknown test person")
        try:
            number = normalise_identity_number(person["personal_identity_number"])
        except InvalidIdentity:  # pragma: no cover - the list above is valid
            raise SignInFailed(_("Choose one of the test persons."), detail="invalid test person") from None
        return Identity(
            personal_identity_number=number,
            given_name=person["given_name"],
            family_name=person["family_name"],
            provider=self.id,
            assurance=DEVELOPMENT_ASSURANCE,
        )
