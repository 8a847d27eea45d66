"""Who a signed-in citizen is, as their identity provider vouched for it.

A citizen is known to the site by a keyed hash of their personal identity number; the number
itself is kept in the session while they are signed in, and on the cases that need it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import personnummer

_SALT = "kommunportal.citizens.identity"


class InvalidIdentity(ValueError):
    """The provider's answer lacks a valid personal identity number."""


def normalise_identity_number(value: str) -> str:
    """A personal identity number in the 12-digit form YYYYMMDD-NNNN, or InvalidIdentity."""
    try:
        number = personnummer.validate(str(value or ""))
    except StdnumError:
        raise InvalidIdentity("not a valid personal identity number") from None
    birth = personnummer.get_birth_date(number)
    return f"{birth:%Y%m%d}-{number[-4:]}"


def identity_hash(personal_identity_number: str) -> str:
    """The stable, keyed hash that ties cases, drafts and sessions to one person.

    Keyed with CITIZEN_IDENTITY_KEY (SECRET_KEY unless set): the database alone cannot be
    searched for a known number. Changing the key detaches every case from Mina sidor.
    """
    number = normalise_identity_number(personal_identity_number)
    key = settings.CITIZEN_IDENTITY_KEY or settings.SECRET_KEY
    return salted_hmac(_SALT, number, secret=key, algorithm="sha256").hexdigest()


# Assurance levels of the Swedish e-identification framework (and eIDAS), lowest first.
LOW, SUBSTANTIAL, HIGH = 1, 2, 3
LEVELS = {"low": LOW, "substantial": SUBSTANTIAL, "high": HIGH}
_ACR_LEVELS = {
    "http://id.elegnamnden.se/loa/1.0/loa2": (LOW, _("Low (LoA 2)")),
    "http://id.elegnamnden.se/loa/1.0/loa3": (SUBSTANTIAL, _("Substantial (LoA 3)")),
    "http://id.elegnamnden.se/loa/1.0/loa4": (HIGH, _("High (LoA 4)")),
    "http://id.elegnamnden.se/loa/1.0/eidas-low": (LOW, _("Low (eIDAS)")),
    "http://id.elegnamnden.se/loa/1.0/eidas-sub": (SUBSTANTIAL, _("Substantial (eIDAS)")),
    "http://id.elegnamnden.se/loa/1.0/eidas-high": (HIGH, _("High (eIDAS)")),
    "http://eidas.europa.eu/LoA/low": (LOW, _("Low (eIDAS)")),
    "http://eidas.europa.eu/LoA/substantial": (SUBSTANTIAL, _("Substantial (eIDAS)")),
    "http://eidas.europa.eu/LoA/high": (HIGH, _("High (eIDAS)")),
}
DEVELOPMENT_ASSURANCE = "development"


def assurance_rank(acr: str) -> int:
    """0 for an unknown or development level: never enough where a level is required."""
    return _ACR_LEVELS.get(acr, (0, ""))[0]


def assurance_label(acr: str) -> str:
    if acr == DEVELOPMENT_ASSURANCE:
        return str(_("Development sign-in, not a real identification"))
    if acr in _ACR_LEVELS:
        return str(_ACR_LEVELS[acr][1])
    return acr or str(_("Unknown"))


@dataclass(frozen=True)
class Identity:
    """A person as an identity provider identified them."""

    personal_identity_number: str  # YYYYMMDD-NNNN
    given_name: str
    family_name: str
    provider: str  # the identity provider's id
    assurance: str  # the provider's level (an acr URI) or "development"

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    @property
    def identity_hash(self) -> str:
        return identity_hash(self.personal_identity_number)

    @property
    def assurance_label(self) -> str:
        return assurance_label(self.assurance)
