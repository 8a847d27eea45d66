"""The citizen's contact form."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from eservice_blocks.forms import EServiceForm, PersonalIdentityNumberField, PhoneNumberField


class AnswerBy(models.TextChoices):
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone")


class ContactForm(EServiceForm):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(
        label=_("Your message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Do not write sensitive personal data here."),
    )
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Needed for an answer by e-mail, and for the receipt with the link to your case."),
    )
    phone = PhoneNumberField(label=_("Phone"), required=False, help_text=_("Needed for an answer by phone."))
    personal_identity_number = PersonalIdentityNumberField(
        label=_("Personal identity number"),
        required=False,
        help_text=_("Only if your question concerns you personally. 12 digits: YYYYMMDD-NNNN."),
    )
    # No default: e-mail and phone are both optional fields, so a preselected channel would
    # refuse the form for a field the citizen was told they could leave out.
    answer_by = forms.ChoiceField(
        label=_("How do you want your answer?"),
        choices=AnswerBy.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how you want your answer: by e-mail or by phone.")},
    )

    def clean(self):
        cleaned = super().clean()
        answer_by = cleaned.get("answer_by")
        if answer_by == AnswerBy.EMAIL and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", ValidationError(_("Enter your e-mail address so that we can answer you.")))
        if answer_by == AnswerBy.PHONE and "phone" in self.fields and not cleaned.get("phone"):
            if "phone" not in self.errors:
                self.add_error("phone", ValidationError(_("Enter your phone number so that we can call you.")))
        return cleaned


def form_for(value) -> type[ContactForm]:
    """The contact form with only the fields the editor switched on."""
    hidden = [name for name, setting in FIELD_SETTINGS.items() if not value.get(setting)]
    if not value.get("ask_for_phone"):
        hidden.append("answer_by")
    attrs = dict.fromkeys(hidden)  # removing a declared field from a subclass
    return type("ConfiguredContactForm", (ContactForm,), attrs)


FIELD_SETTINGS = {
    "name": "ask_for_name",
    "phone": "ask_for_phone",
    "personal_identity_number": "ask_for_identity_number",
}
