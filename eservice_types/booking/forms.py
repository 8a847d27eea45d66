"""The citizen's booking form: a time from the calendar, and how to reach them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from eservice_blocks.forms import EServiceForm, PhoneNumberField

from .slots import check_slot


class BookingForm(EServiceForm):
    slot = forms.CharField(label=_("Time"), max_length=16, error_messages={"required": _("Choose a time.")})
    name = forms.CharField(label=_("Name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("We send the confirmation and a reminder here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = PhoneNumberField(label=_("Phone"), required=False)
    message = forms.CharField(
        label=_("What do you want to talk about?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Do not write sensitive personal data here."),
    )

    #: Set by `form_for`: the resource this form books.
    resource = None

    def clean_slot(self):
        self.chosen_slot = check_slot(self.resource, self.cleaned_data["slot"])
        return self.cleaned_data["slot"]


class RescheduleForm(forms.Form):
    slot = forms.CharField(label=_("New time"), max_length=16, error_messages={"required": _("Choose a time.")})

    def __init__(self, *args, resource=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.resource = resource

    def clean_slot(self):
        self.chosen_slot = check_slot(self.resource, self.cleaned_data["slot"])
        return self.cleaned_data["slot"]


def form_for(resource) -> type[BookingForm]:
    return type("ConfiguredBookingForm", (BookingForm,), {"resource": resource})
