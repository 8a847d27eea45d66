"""A checkbox: ticked or not, compared in conditions with "yes" or "no"."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .base import QuestionKind
from .blocks import FieldBlock

#: What an editor may write to compare a checkbox with, in the site's languages.
YES_OR_NO = {"yes", "no", "ja", "nej", "نعم", "لا"}


class CheckboxFieldBlock(FieldBlock):
    class Meta:
        label = _("Checkbox")


class CheckboxKind(QuestionKind):
    id = "checkbox"
    order = 70

    def get_block(self):
        return CheckboxFieldBlock()

    def form_field(self, value, *, attached=()):
        return forms.BooleanField(**self.field_options(value))

    def display_answer(self, answer):
        return gettext("Yes") if answer else gettext("No")

    def compared_value_errors(self, value, compared, names):
        if compared.casefold() in YES_OR_NO:
            return []
        return [_('%(subject)s: a checkbox is compared with "yes" or "no".') % names]


KINDS = [CheckboxKind]
