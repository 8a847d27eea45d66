"""A Swedish personal identity number: checked with its control digit, and masked wherever
the answer is shown."""

from django.utils.translation import gettext_lazy as _

from eservice_blocks.forms import PersonalIdentityNumberField
from foundations.personal_data import mask_identity_number

from .base import QuestionKind
from .blocks import FieldBlock


class IdentityNumberFieldBlock(FieldBlock):
    class Meta:
        label = _("Personal identity number")


class IdentityNumberKind(QuestionKind):
    id = "identity_number"
    order = 100

    def get_block(self):
        return IdentityNumberFieldBlock()

    def form_field(self, value, *, attached=()):
        return PersonalIdentityNumberField(**self.field_options(value))

    def display_answer(self, answer):
        # Masked like identity numbers in other e-services' case summaries; the full number
        # stays in the case's data.
        return mask_identity_number(answer)


KINDS = [IdentityNumberKind]
