"""Questions answered by choosing among the editor's choices: one of them, or any of them."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..conditions import CONTAINS, EQUALS, NOT_EQUALS
from .base import QuestionKind
from .blocks import FieldBlock


class ChoiceFieldBlock(FieldBlock):
    choices = blocks.ListBlock(blocks.CharBlock(max_length=200, label=_("Choice")), min_num=2, label=_("Choices"))

    class Meta:
        label = _("Single choice")


class MultipleChoiceFieldBlock(ChoiceFieldBlock):
    class Meta:
        label = _("Multiple choice")


class ChoiceKind(QuestionKind):
    id = "choice"
    order = 50

    def get_block(self):
        return ChoiceFieldBlock()

    def choices(self, value) -> list[tuple[str, str]]:
        return [(str(choice), str(choice)) for choice in value["choices"]]

    def form_field(self, value, *, attached=()):
        return forms.ChoiceField(choices=self.choices(value), widget=forms.RadioSelect, **self.field_options(value))

    def compared_value_errors(self, value, compared, names):
        choices = {str(choice).strip().casefold() for choice in value["choices"]}
        if compared.casefold() in choices:
            return []
        return [_('%(subject)s: "%(value)s" is not one of the choices of "%(key)s".') % {**names, "value": compared}]


class MultipleChoiceKind(ChoiceKind):
    id = "multiple_choice"
    order = 60
    operators = (EQUALS, NOT_EQUALS, CONTAINS)

    def get_block(self):
        return MultipleChoiceFieldBlock()

    def form_field(self, value, *, attached=()):
        return forms.MultipleChoiceField(
            choices=self.choices(value), widget=forms.CheckboxSelectMultiple, **self.field_options(value)
        )

    def display_answer(self, answer):
        return ", ".join(answer)


KINDS = [ChoiceKind, MultipleChoiceKind]
