"""Form base and field validators shared by e-service plugins."""

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import personnummer

from foundations.free_text import FreeTextForm

PHONE_REGION = "SE"


def form_prefix(block_id: str) -> str:
    """The form prefix of one e-service block on a page (several may share a page)."""
    return f"es-{block_id[:8]}"


class EServiceForm(FreeTextForm):
    """Base of every e-service form: carries the idempotency key that makes a resubmission
    (double click, browser back and submit again) return the case already created. Its text is
    cleaned of invisible control characters before the fields check it (FreeTextForm)."""

    idempotency_key = forms.RegexField(regex=r"^[0-9a-f]{32}$", widget=forms.HiddenInput)

    required_css_class = "field--required"


class PhoneNumberField(forms.CharField):
    """A phone number, Swedish by default, stored in international E.164 form."""

    default_error_messages = {
        "invalid": _("Enter a phone number we can call, for example 070-123 45 67 or +46 70 123 45 67."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("autocomplete", "tel")
        self.widget.input_type = "tel"

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        try:
            number = phonenumbers.parse(value, PHONE_REGION)
        except phonenumbers.NumberParseException:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        if not phonenumbers.is_valid_number(number):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class PersonalIdentityNumberField(forms.CharField):
    """A Swedish personal identity number (personnummer), checked with its control digit and
    stored in the 12-digit form YYYYMMDD-NNNN."""

    default_error_messages = {
        "invalid": _("Enter a valid personal identity number, 12 digits: YYYYMMDD-NNNN."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 15)
        super().__init__(**kwargs)
        self.widget.attrs.update({"autocomplete": "off", "inputmode": "numeric"})

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        try:
            number = personnummer.validate(value)
        except StdnumError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        birth = personnummer.get_birth_date(number)
        return f"{birth:%Y%m%d}-{number[-4:]}"
