"""A number, with the smallest and largest the editor allows."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from eservice_blocks.forms import NumberField
from foundations import numbers

from .base import QuestionKind
from .blocks import FieldBlock


class NumberFieldBlock(FieldBlock):
    minimum = blocks.DecimalBlock(required=False, label=_("Smallest allowed"))
    maximum = blocks.DecimalBlock(required=False, label=_("Largest allowed"))

    class Meta:
        label = _("Number")


class NumberKind(QuestionKind):
    """Kept as the exact digits the citizen gave ("24.5"), shown the way the reader's language
    writes numbers ("24,5" in Swedish)."""

    id = "number"
    order = 30

    def get_block(self):
        return NumberFieldBlock()

    def form_field(self, value, *, attached=()):
        return NumberField(min_value=value.get("minimum"), max_value=value.get("maximum"), **self.field_options(value))

    def to_draft(self, cleaned):
        # JSON has no decimal type: the exact digits, as text.
        return None if cleaned is None else numbers.plain(cleaned)

    def from_draft(self, stored):
        # Back in the field as the citizen would write it, so that it reads the same again.
        return numbers.display(stored, group=False)

    def display_answer(self, answer):
        return numbers.display(answer)


KINDS = [NumberKind]
