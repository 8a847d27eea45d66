"""How to reach the citizen: an e-mail address (where the case's messages go) and a phone number."""

from django import forms
from django.utils.translation import gettext_lazy as _

from eservice_blocks.forms import PhoneNumberField

from .base import QuestionKind
from .blocks import FieldBlock


class EmailFieldBlock(FieldBlock):
    class Meta:
        label = _("E-mail")


class PhoneFieldBlock(FieldBlock):
    class Meta:
        label = _("Phone")


class EmailKind(QuestionKind):
    id = "email"
    order = 80
    is_contact_email = True

    def get_block(self):
        return EmailFieldBlock()

    def form_field(self, value, *, attached=()):
        return forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email"}), **self.field_options(value))


class PhoneKind(QuestionKind):
    """A phone number, kept in international form (+46701234567)."""

    id = "phone"
    order = 90

    def get_block(self):
        return PhoneFieldBlock()

    def form_field(self, value, *, attached=()):
        return PhoneNumberField(**self.field_options(value))


KINDS = [EmailKind, PhoneKind]
