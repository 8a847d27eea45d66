"""Registers the Contact e-service."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from eservice_blocks.base import EServicePlugin, SubmissionSummary
from eservice_blocks.blocks import EServiceBlock
from eservice_blocks.registry import registry
from foundations.personal_data import mask_identity_number

from .forms import AnswerBy, form_for


class ContactBlock(EServiceBlock):
    ask_for_name = blocks.BooleanBlock(required=False, default=True, label=_("Ask for the citizen's name"))
    ask_for_phone = blocks.BooleanBlock(
        required=False, default=True, label=_("Ask for a phone number (and offer an answer by phone)")
    )
    ask_for_identity_number = blocks.BooleanBlock(
        required=False, default=False, label=_("Ask for a personal identity number (optional for the citizen)")
    )

    class Meta:
        icon = "mail"
        label = _("E-service: Contact")
        plugin_id = "contact"


@registry
class ContactPlugin(EServicePlugin):
    """Kontakta oss: a question or message to the municipality, answered by e-mail or phone."""

    id = "contact"
    label = _("Contact")

    def get_block(self):
        return ContactBlock()

    def get_form_class(self, block_value):
        return form_for(block_value)

    def summarize(self, form, block_value) -> SubmissionSummary:
        data = {key: value for key, value in form.cleaned_data.items() if key != "idempotency_key"}
        answers = []
        for name, field in form.fields.items():
            if name == "idempotency_key":
                continue
            value = data.get(name) or ""
            if name == "personal_identity_number":
                value = mask_identity_number(value)
            elif name == "answer_by":
                value = str(AnswerBy(value).label) if value else ""
            if value:
                answers.append((str(field.label), str(value)))
        return SubmissionSummary(
            subject=data["subject"],
            answers=answers,
            data=data,
            contact_email=data.get("email", ""),
            contact_name=data.get("name", ""),
        )
