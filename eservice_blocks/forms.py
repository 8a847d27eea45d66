"""Form base and field validators shared by e-service plugins."""

import uuid
from decimal import Decimal

import phonenumbers
from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.forms.utils import ErrorDict
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import personnummer

from foundations import numbers
from foundations.free_text import FreeTextForm

PHONE_REGION = "SE"


def form_prefix(block_id: str) -> str:
    """The form prefix of one e-service block on a page (several may share a page)."""
    return f"es-{block_id[:8]}"


#: Above a form that was sent too often in a minute and is shown again as it was.
SENT_TOO_OFTEN = _(
    "You have sent many times in a short while, so this was not received. Wait a minute and send it "
    "again: what you wrote is kept below, but any files must be chosen again."
)


def shown_again(form, message):
    """A bound form shown again as it was sent, with `message` above it, without checking it:
    the request was refused before its answers were looked at (too many in a minute), and
    nothing the citizen wrote is lost. Files are never shown again: they must be chosen anew."""
    form.cleaned_data = {}
    form._errors = ErrorDict({NON_FIELD_ERRORS: form.error_class([message], error_class="nonfield")})
    return form


def with_fresh_key(form, message):
    """A checked form shown again with `message` above it and a new idempotency key, so that
    sending it again makes a new case (its key was used for another submission)."""
    name = form.add_prefix("idempotency_key")
    form.data = form.data.copy()
    form.data[name] = uuid.uuid4().hex
    form.add_error(None, message)
    return form


class EServiceForm(FreeTextForm):
    """Base of every e-service form: carries the idempotency key that makes a resubmission
    (double click, browser back and submit again) return the case already created. Its text is
    cleaned of invisible control characters before the fields check it (FreeTextForm)."""

    # A UUID's hex from the site, or the frontend cache's own (deploy/varnish/: "v<time>-<id>-<random>").
    idempotency_key = forms.RegexField(regex=r"^[0-9A-Za-z-]{16,64}$", widget=forms.HiddenInput)

    required_css_class = "field--required"


class NumberField(forms.DecimalField):
    """A number as citizens type it in their language: "24,5", "1 200", "007", "٢٤٫٥"
    (`foundations.numbers`). A text field with a decimal keypad, not a browser number field:
    those drop or misread a decimal comma (Chromium turns "24,5" into 245)."""

    def __init__(self, **kwargs):
        attrs = {"inputmode": "decimal", "autocomplete": "off", "spellcheck": "false"}
        kwargs.setdefault("widget", forms.TextInput(attrs=attrs))
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        limits = [abs(limit) for limit in (self.min_value, self.max_value) if limit is not None]
        # With both limits known, "1.200" cannot mean 1 200 when no answer is that large.
        largest = max(limits) if len(limits) == 2 else None
        return numbers.parse(value, largest=None if largest is None else Decimal(str(largest)))


class CoordinateField(NumberField):
    """A latitude or longitude in decimal degrees, typed or set by the map. A float once
    checked, as the place's columns keep it."""

    def clean(self, value):
        number = super().clean(value)
        return None if number is None else float(number)


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
