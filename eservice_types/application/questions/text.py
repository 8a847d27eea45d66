"""Questions answered in the citizen's own words: a line of text, or several paragraphs."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..conditions import CONTAINS, EQUALS, NOT_EQUALS
from . import patterns
from .base import QuestionKind
from .blocks import FieldBlock


class RegularExpressionBlock(blocks.FieldBlock):
    """The editor's regular expression: a plain field, so that translation leaves it as it is."""

    def __init__(self, required=False, help_text=None, **kwargs):
        self.field = forms.CharField(required=required, help_text=help_text, max_length=patterns.MAX_PATTERN_LENGTH)
        super().__init__(**kwargs)


class TextFieldBlock(FieldBlock):
    # A ChoiceBlock: wagtail-localize keeps it the same in every language.
    pattern = blocks.ChoiceBlock(
        choices=patterns.CHOICES, required=False, label=_("Format"), help_text=_("Empty: any text.")
    )
    custom_pattern = RegularExpressionBlock(
        required=False,
        label=_("Regular expression"),
        help_text=_(
            "For a custom format: the whole answer must match, e.g. [0-9]{4}-[0-9]{4}. At most 100 characters."
        ),
    )
    # Empty by default: wagtail-localize cannot translate a missing text (older questions lack it).
    pattern_message = blocks.CharBlock(
        required=False,
        default="",
        max_length=200,
        label=_("Error message"),
        help_text=_("For a custom format: what the citizen reads when the answer does not match, and how to fix it."),
    )

    class Meta:
        label = _("Text")

    def clean(self, value):
        value = super().clean(value)
        if value.get("pattern") != patterns.CUSTOM:
            return value
        errors = {}
        regex = value.get("custom_pattern") or ""
        if not regex:
            errors["custom_pattern"] = ValidationError(_("Write the regular expression, or choose another format."))
        elif message := patterns.regex_error(regex):
            errors["custom_pattern"] = ValidationError(message)
        if not (value.get("pattern_message") or "").strip():
            errors["pattern_message"] = ValidationError(
                _("Write the message the citizen reads when the answer does not match.")
            )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class PatternTextField(forms.CharField):
    """A line of text that must have the question's format; cleaned to its tidied form."""

    def __init__(self, *, pattern: patterns.Pattern, **kwargs):
        self.pattern = pattern
        super().__init__(max_length=patterns.MAX_LENGTH, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return self.pattern.clean(value) if value else value


class LongTextFieldBlock(FieldBlock):
    class Meta:
        label = _("Long text")


class TextKind(QuestionKind):
    id = "text"
    order = 10
    operators = (EQUALS, NOT_EQUALS, CONTAINS)

    def get_block(self):
        return TextFieldBlock()

    def form_field(self, value, *, attached=()):
        pattern = patterns.pattern_of(value)
        if pattern:
            return PatternTextField(pattern=pattern, **self.field_options(value))
        return forms.CharField(max_length=500, **self.field_options(value))

    def json_schema(self, value):
        schema = super().json_schema(value)
        pattern = patterns.pattern_of(value)
        if pattern:
            schema["pattern"] = pattern.json_schema_pattern()
            schema["x-pattern-message"] = str(pattern.message)
        return schema


class LongTextKind(TextKind):
    id = "long_text"
    order = 20

    def get_block(self):
        return LongTextFieldBlock()

    def form_field(self, value, *, attached=()):
        return forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 5}), **self.field_options(value))


KINDS = [TextKind, LongTextKind]
