"""A Swedish personal identity number: checked with its control digit and birth date, and
masked wherever the answer is shown.

Keyed `pnr` or `personal_identity_number`, it is the applicant's own and a signed-in citizen's
e-identification fills it in; marked "about someone else" (the person a permit is for), the
citizen types it whatever its key.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from eservice_blocks.forms import PersonalIdentityNumberField
from foundations.personal_data import mask_identity_number

from .base import QuestionKind
from .blocks import FieldBlock


class IdentityNumberFieldBlock(FieldBlock):
    about_someone_else = blocks.BooleanBlock(
        required=False,
        default=False,
        label=_("About someone else"),
        help_text=_(
            "The number of another person, such as the one a permit is for: never filled in from the "
            "applicant's e-identification."
        ),
    )

    class Meta:
        label = _("Personal identity number")


class IdentityNumberKind(QuestionKind):
    id = "identity_number"
    order = 100

    def get_block(self):
        return IdentityNumberFieldBlock()

    def form_field(self, value, *, attached=()):
        return PersonalIdentityNumberField(**self.field_options(value))

    def about_someone_else(self, value) -> bool:
        return bool(value.get("about_someone_else"))

    def display_answer(self, answer):
        # Masked like identity numbers in other e-services' case summaries; the full number
        # stays in the case's data.
        return mask_identity_number(answer)


KINDS = [IdentityNumberKind]
