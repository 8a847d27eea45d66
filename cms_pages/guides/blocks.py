"""The blocks editors build a guide from: questions with answers, and outcomes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms_pages.blocks.content import RICH_TEXT_FEATURES
from eservice_blocks.blocks import EServiceStreamBlock

KEY_HELP = _("A short name of your choice, e.g. “size” or “outcome-permit”. Answers point to keys.")
KEY_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
KEY_ERRORS = {"invalid": _("Use lowercase letters, digits and hyphens.")}


def key_block(**kwargs):
    """A key that links questions and outcomes. A RegexBlock, not a CharBlock, so that
    wagtail-localize keeps it the same in every language instead of offering it for translation."""
    return blocks.RegexBlock(regex=KEY_PATTERN, max_length=50, error_messages=KEY_ERRORS, **kwargs)


class AnswerBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=200, label=_("Answer"))
    leads_to = key_block(label=_("Leads to"), help_text=_("The key of the next question or of an outcome."))
    minimum = blocks.DecimalBlock(required=False, label=_("From (number questions)"))
    maximum = blocks.DecimalBlock(required=False, label=_("To (number questions)"))


class QuestionBlock(blocks.StructBlock):
    key = key_block(label=_("Key"), help_text=KEY_HELP)
    text = blocks.CharBlock(max_length=250, label=_("Question"))
    help_text = blocks.TextBlock(required=False, max_length=500, label=_("Help text"))
    kind = blocks.ChoiceBlock(
        choices=[("choice", _("Single choice")), ("yes_no", _("Yes or no")), ("number", _("Number"))],
        default="choice",
        label=_("Kind of question"),
    )
    answers = blocks.ListBlock(AnswerBlock(), min_num=1, label=_("Answers"))

    class Meta:
        icon = "help"
        label = _("Question")


class OutcomeBlock(blocks.StructBlock):
    key = key_block(label=_("Key"), help_text=KEY_HELP)
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    text = blocks.RichTextBlock(required=False, features=RICH_TEXT_FEATURES, label=_("Answer"))
    page = blocks.PageChooserBlock(
        required=False, label=_("Page to continue on"), help_text=_("For example the page with the e-service.")
    )
    link_label = blocks.CharBlock(required=False, max_length=120, label=_("Link text"))
    eservice = EServiceStreamBlock(
        label=_("E-service on the spot"),
        help_text=_("Optional: the citizen can send it right here, filled in with the guide's answers."),
    )
    resolves = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Resolved by the guide"),
        help_text=_("Untick when this outcome sends the citizen to an e-service (counted apart in the figures)."),
    )

    class Meta:
        icon = "tick"
        label = _("Outcome")
