"""The editor's block parts every question shares: a stable key, the question, help text, a
required flag and an optional condition on an earlier answer. Each kind of question extends
`FieldBlock` with its own settings."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..conditions import CONTAINS, EQUALS, NOT_EQUALS

KEY_HELP = _("Lower-case letters, digits and _; unique in the application; never change it once it is in use.")


def key_block(required=True):
    return blocks.RegexBlock(
        regex=r"^[a-z][a-z0-9_]*$",
        max_length=40,
        required=required,
        label=_("Key"),
        help_text=KEY_HELP,
        error_messages={"invalid": _("Use lower-case letters, digits and _, starting with a letter.")},
    )


OPERATORS = [
    (EQUALS, _("equals")),
    (NOT_EQUALS, _("does not equal")),
    (CONTAINS, _("contains (multiple choice: is one of the chosen)")),
]


class ConditionBlock(blocks.StructBlock):
    """Show only when an earlier answer matches: the key of a question in an earlier step, how to
    compare, and the value (for a choice: one of its choices; for a checkbox: "yes" or "no")."""

    key = key_block(required=False)
    # A ChoiceBlock: wagtail-localize keeps it the same in every language.
    operator = blocks.ChoiceBlock(choices=OPERATORS, default="equals", required=False, label=_("Comparison"))
    # Not named "value": wagtail-localize reads a struct's "value" key as its raw wrapper.
    equals = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Value"),
        help_text=_("For a choice, write one of its choices exactly; for a checkbox, yes or no."),
    )

    class Meta:
        label = _("Show only when the answer to")
        form_classname = "application-condition"


class FieldBlock(blocks.StructBlock):
    key = key_block()
    label = blocks.CharBlock(max_length=200, label=_("Question"))
    help_text = blocks.CharBlock(required=False, max_length=400, label=_("Help text"))
    required = blocks.BooleanBlock(required=False, default=True, label=_("Required"))
    condition = ConditionBlock(required=False)

    class Meta:
        icon = "form"
