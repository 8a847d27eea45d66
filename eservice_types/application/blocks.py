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


OPERATORS = [
    ("equals", _("equals")),
    ("not_equals", _("does not equal")),
    ("contains", _("contains (multiple choice: is one of the chosen)")),
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
    JavaScript has always answered the question a condition depends on), comparing with a value
    the question can have."""
    earlier: dict = {}
    errors = []
    for number, step in enumerate(steps, start=1):
        subject = _("Step %(number)s (%(title)s)") % {"number": number, "title": step["title"]}
        errors += condition_errors(step["condition"], subject, earlier)
        keys_here = {}
        for field in step["fields"]:
            key = field.value["key"]
            if key in earlier or key in keys_here:
                errors.append(_('The key "%(key)s" is used twice. Give every question its own key.') % {"key": key})
            subject = _('The question "%(label)s"') % {"label": field.value["label"]}
            errors += condition_errors(field.value["condition"], subject, earlier)
            keys_here[key] = field
        earlier.update(keys_here)
    if errors:
        raise StructBlockValidationError(non_block_errors=ValidationError(errors))


def condition_errors(condition, subject: str, earlier: dict) -> list[str]:
    """What is wrong with one condition of `subject` (a step or a question), in words."""
    condition = condition or {}
    key = condition.get("key")
    if not key:
        return []
    names = {"subject": subject, "key": key}
    question = earlier.get(key)
    if question is None:
        return [_('%(subject)s depends on "%(key)s", which is not a question of an earlier step.') % names]
    value = str(condition.get("equals") or "").strip()
    kind = question.block_type
    if kind == "file":
        return [
            _('%(subject)s depends on "%(key)s", a file upload. Choose a question with an answer to compare.') % names
        ]
    if not value:
        return [_('%(subject)s depends on "%(key)s": write the value to compare the answer with.') % names]
    if condition.get("operator") == "contains" and kind not in ("multiple_choice", "text", "long_text"):
        return [
            _('%(subject)s: "contains" works with multiple choice and text questions. Use "equals" for "%(key)s".')
            % names
        ]
    if kind in ("choice", "multiple_choice"):
        choices = {str(choice).strip().casefold() for choice in question.value["choices"]}
        if value.casefold() not in choices:
            return [_('%(subject)s: "%(value)s" is not one of the choices of "%(key)s".') % {**names, "value": value}]
    if kind == "checkbox" and value.casefold() not in {"yes", "no", "ja", "nej", "نعم", "لا"}:
        return [_('%(subject)s: a checkbox is compared with "yes" or "no".') % names]
    return []
