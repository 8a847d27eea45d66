"""A number, with the smallest and largest the editor allows."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import QuestionKind
from .blocks import FieldBlock


class NumberFieldBlock(FieldBlock):
    minimum = blocks.DecimalBlock(required=False, label=_("Smallest allowed"))
    maximum = blocks.DecimalBlock(required=False, label=_("Largest allowed"))

    class Meta:
        label = _("Number")


class NumberField(forms.DecimalField):
    """A number written the Swedish way (12,5 and 1 200) or the international way (12.5)."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace(",", ".").replace("\u00a0", "").replace(" ", "")
        return super().to_python(value)


class NumberKind(QuestionKind):
    id = "number"
    order = 30

    def get_block(self):
        return NumberFieldBlock()

    def form_field(self, value, *, attached=()):
        return NumberField(
            min_value=value.get("minimum"),
            max_value=value.get("maximum"),
            widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
            **self.field_options(value),
        )

    def to_draft(self, cleaned):
        # JSON has no decimal type: the exact digits, as text.
        return None if cleaned is None else str(cleaned)


KINDS = [NumberKind]
