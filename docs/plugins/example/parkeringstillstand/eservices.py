"""Registers the parking permit e-service: the applicant signs in with e-identification, gives
the car's registration number, answers one question and uploads a medical certificate (PDF)."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from eservice_blocks.base import EServicePlugin, SubmissionSummary
from eservice_blocks.blocks import EServiceBlock
from eservice_blocks.forms import EServiceForm, PersonalIdentityNumberField
from eservice_blocks.registry import registry
from eservice_blocks.uploads import UploadField

#: Swedish registration numbers: three letters and three digits (ABC123), or, since 2019, three
#: letters, two digits and a letter (ABC12A). I, Q and V are never used, nor O as the last sign.
REGISTRATION_NUMBER = re.compile(r"[A-HJ-PR-UW-Z]{3}[0-9]{2}[0-9A-HJ-NPR-UW-Z]")
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class RegistrationNumberField(forms.CharField):
    """A Swedish registration number, written as the citizen likes (abc 12a, ABC-123)."""

    def to_python(self, value):
        return re.sub(r"[\s-]", "", super().to_python(value)).upper()

    def validate(self, value):
        super().validate(value)
        if value and not REGISTRATION_NUMBER.fullmatch(value):
            raise ValidationError(
                _(
                    "Write the registration number as three letters and three digits, or three letters, "
                    "two digits and a letter: ABC123 or ABC12A."
                ),
                code="invalid",
            )


class ParkingPermitForm(EServiceForm):
    applicant = PersonalIdentityNumberField(label=_("Applicant's personal identity number"))
    registration_number = RegistrationNumberField(
        label=_("Registration number"), max_length=10, help_text=_("For example ABC123 or ABC12A.")
    )
    drives_self = forms.ChoiceField(
        label=_("Will you drive the car yourself?"), choices=YES_NO, widget=forms.RadioSelect
    )
    certificate = UploadField(label=_("Medical certificate (PDF)"), allowed_types={"application/pdf"})
    email = forms.EmailField(label=_("E-mail for the decision"), required=False)


class ParkingPermitBlock(EServiceBlock):
    class Meta:
        label = _("E-service: Parking permit for disabled people")
        icon = "form"
        plugin_id = "parkeringstillstand"


@registry
class ParkingPermitPlugin(EServicePlugin):
    id = "parkeringstillstand"
    label = _("Parking permit for disabled people")
    # The applicant's number comes from the e-identification, whatever the field is called.
    identity_fields = {"personal_identity_number": "applicant"}

    def get_block(self):
        return ParkingPermitBlock()

    def get_form_class(self, block_value):
        return ParkingPermitForm

    def summarize(self, form, block_value):
        data = form.cleaned_data
        answers = [
            (str(form.fields["registration_number"].label), data["registration_number"]),
            (str(form.fields["drives_self"].label), str(dict(YES_NO)[data["drives_self"]])),
        ]
        return SubmissionSummary(
            subject=str(_("Parking permit for %(registration_number)s") % data),
            answers=answers,
            data={"registration_number": data["registration_number"], "drives_self": data["drives_self"] == "yes"},
            contact_email=data.get("email", ""),
            attachments=[(str(form.fields["certificate"].label), upload) for upload in data["certificate"]],
        )
