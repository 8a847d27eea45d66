"""E-services and signed-in citizens: which blocks need sign-in, the fields that the
e-identification fills in (and the citizen cannot change), and what a case records of it.

The citizen comes from `request.citizen` (set by the citizens app): a falsy object when nobody
is signed in, else one with `identity_hash`, `personal_identity_number`, `name`, `provider` and
`assurance`.
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .base import SubmissionRejected
from .forms import PersonalIdentityNumberField

#: Form fields (or application question keys) that hold the citizen's own name and number;
#: other identity number fields (a child's) are left to the citizen.
NAME_FIELDS = ("name", "full_name", "contact_name")
IDENTITY_NUMBER_FIELDS = ("personal_identity_number", "pnr")


class IdentificationRequired(SubmissionRejected):
    """The e-service needs a signed-in citizen and there is none."""

    def __init__(self):
        super().__init__(_("Sign in with your e-identification to use this e-service."))


def requires_identification(block_value) -> bool:
    return bool(block_value.get("requires_identification"))


def signed_in_citizen(request):
    """The signed-in citizen of the request, or None."""
    citizen = getattr(request, "citizen", None)
    return citizen if citizen else None


#: The identity attributes a plugin can declare in `EServicePlugin.identity_fields`.
IDENTITY_ATTRIBUTES = ("name", "personal_identity_number")


def identity_value(field_name: str, field, citizen):
    """What the e-identification says for this field by the naming convention, or None."""
    if field_name in IDENTITY_NUMBER_FIELDS and isinstance(field, PersonalIdentityNumberField):
        return citizen.personal_identity_number
    if field_name in NAME_FIELDS and citizen.name:
        return citizen.name
    return None


def identity_values(form, citizen, plugin=None) -> dict:
    """The values the e-identification fills in, by form field name: the fields the plugin
    declares in `identity_fields`, or (without a declaration) those the convention names."""
    declared = getattr(plugin, "identity_fields", None)
    if declared is None:
        values = {name: identity_value(name, field, citizen) for name, field in form.fields.items()}
        return {name: value for name, value in values.items() if value is not None}
    unknown = set(declared) - set(IDENTITY_ATTRIBUTES)
    if unknown:
        raise ImproperlyConfigured(f"identity_fields of {plugin.id!r} names unknown attributes {sorted(unknown)}")
    values = {field_name: getattr(citizen, attribute, "") for attribute, field_name in declared.items()}
    return {name: value for name, value in values.items() if value and name in form.fields}


def lock_identity_fields(form, citizen, plugin=None) -> None:
    """Fill in the fields that the e-identification answers and make them read-only: those that
    `plugin.identity_fields` declares, else those the naming convention names.

    A disabled Django field takes its value from `initial` whatever the browser sends, so the
    citizen cannot change the name or number that the identification vouched for.
    """
    if not citizen:
        return
    for name, value in identity_values(form, citizen, plugin).items():
        field = form.fields[name]
        field.disabled = True
        field.help_text = _("From your e-identification.")
        form.initial[name] = value


def record_identity(case, citizen, block_value) -> None:
    """Tie the case to the signed-in citizen: it shows on their Mina sidor, and the handler
    sees how they were identified. The identity number itself is kept only where the
    e-service requires identification (that case needs it)."""
    case.identity_hash = citizen.identity_hash
    case.identity_provider = citizen.provider
    case.assurance_level = citizen.assurance
    if requires_identification(block_value):
        case.identity_number = citizen.personal_identity_number
    if not case.contact_name:
        case.contact_name = citizen.name[:200]
