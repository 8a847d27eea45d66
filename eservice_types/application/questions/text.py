"""Questions answered in the citizen's own words: a line of text, or several paragraphs."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..conditions import CONTAINS, EQUALS, NOT_EQUALS
from .base import QuestionKind
from .blocks import FieldBlock


class TextFieldBlock(FieldBlock):
    class Meta:
        label = _("Text")


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
        return forms.CharField(max_length=500, **self.field_options(value))


class LongTextKind(TextKind):
    id = "long_text"
    order = 20

    def get_block(self):
        return LongTextFieldBlock()

    def form_field(self, value, *, attached=()):
        return forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 5}), **self.field_options(value))


KINDS = [TextKind, LongTextKind]
