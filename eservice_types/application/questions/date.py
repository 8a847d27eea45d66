"""A date, kept in the draft as YYYY-MM-DD and shown in words in the reader's language."""

from django import forms
from django.utils import formats
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _

from .base import QuestionKind
from .blocks import FieldBlock


class DateFieldBlock(FieldBlock):
    class Meta:
        label = _("Date")


class DateKind(QuestionKind):
    id = "date"
    order = 40

    def get_block(self):
        return DateFieldBlock()

    def form_field(self, value, *, attached=()):
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **self.field_options(value))

    def to_draft(self, cleaned):
        return None if cleaned is None else cleaned.isoformat()

    def display_answer(self, answer):
        parsed = parse_date(answer)
        return formats.date_format(parsed, "j F Y") if parsed else str(answer)


KINDS = [DateKind]
