"""The editor's building blocks of an application: steps, and fields of eleven kinds, each with
a stable key, a required flag, help text and an optional condition on an earlier answer."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

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


class ConditionBlock(blocks.StructBlock):
    """Show only when an earlier answer matches: the key of a field in an earlier step, and the
    value (for several choices: one of the chosen; for a checkbox: "yes" or "no")."""

    key = key_block(required=False)
    # Not named "value": wagtail-localize reads a struct's "value" key as its raw wrapper.
    equals = blocks.CharBlock(required=False, max_length=200, label=_("equals"))

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


class TextFieldBlock(FieldBlock):
    class Meta:
        label = _("Text")


class LongTextFieldBlock(FieldBlock):
    class Meta:
        label = _("Long text")


class NumberFieldBlock(FieldBlock):
    minimum = blocks.DecimalBlock(required=False, label=_("Smallest allowed"))
    maximum = blocks.DecimalBlock(required=False, label=_("Largest allowed"))

    class Meta:
        label = _("Number")


class DateFieldBlock(FieldBlock):
    class Meta:
        label = _("Date")


class ChoiceFieldBlock(FieldBlock):
    choices = blocks.ListBlock(blocks.CharBlock(max_length=200, label=_("Choice")), min_num=2, label=_("Choices"))

    class Meta:
        label = _("Single choice")


class MultipleChoiceFieldBlock(ChoiceFieldBlock):
    class Meta:
        label = _("Multiple choice")


class CheckboxFieldBlock(FieldBlock):
    class Meta:
        label = _("Checkbox")


class EmailFieldBlock(FieldBlock):
    class Meta:
        label = _("E-mail")


class PhoneFieldBlock(FieldBlock):
    class Meta:
        label = _("Phone")


class IdentityNumberFieldBlock(FieldBlock):
    class Meta:
        label = _("Personal identity number")


FILE_KINDS = [("documents", _("PDF or images")), ("images", _("Images only")), ("pdf", _("PDF only"))]


class FileFieldBlock(FieldBlock):
    accept = blocks.ChoiceBlock(choices=FILE_KINDS, default="documents", label=_("Allowed files"))
    max_megabytes = blocks.IntegerBlock(min_value=1, max_value=25, default=10, label=_("Largest file (MB)"))
    max_files = blocks.IntegerBlock(min_value=1, max_value=10, default=3, label=_("Most files"))

    class Meta:
        label = _("File upload")


class FieldsBlock(blocks.StreamBlock):
    text = TextFieldBlock()
    long_text = LongTextFieldBlock()
    number = NumberFieldBlock()
    date = DateFieldBlock()
    choice = ChoiceFieldBlock()
    multiple_choice = MultipleChoiceFieldBlock()
    checkbox = CheckboxFieldBlock()
    email = EmailFieldBlock()
    phone = PhoneFieldBlock()
    identity_number = IdentityNumberFieldBlock()
    file = FileFieldBlock()


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Step title"))
    intro = blocks.TextBlock(required=False, max_length=600, label=_("Introduction"))
    condition = ConditionBlock(required=False)
    fields = FieldsBlock(min_num=1, label=_("Questions"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


def validate_steps(steps) -> None:
    """Unique keys, and conditions only on answers of earlier steps (so that a citizen without
    JavaScript has always answered the question a condition depends on)."""
    earlier: set[str] = set()
    errors = []
    for number, step in enumerate(steps, start=1):
        condition = step["condition"] or {}
        if condition.get("key") and condition["key"] not in earlier:
            errors.append(
                _('Step %(number)s depends on "%(key)s", which is not a question of an earlier step.')
                % {"number": number, "key": condition["key"]}
            )
        keys_here = []
        for field in step["fields"]:
            key = field.value["key"]
            if key in earlier or key in keys_here:
                errors.append(_('The key "%(key)s" is used twice. Give every question its own key.') % {"key": key})
            field_condition = field.value["condition"] or {}
            if field_condition.get("key") and field_condition["key"] not in earlier:
                errors.append(
                    _('The question "%(label)s" depends on "%(key)s", which is not a question of an earlier step.')
                    % {"label": field.value["label"], "key": field_condition["key"]}
                )
            keys_here.append(key)
        earlier.update(keys_here)
    if errors:
        raise StructBlockValidationError(non_block_errors=ValidationError(errors))
