"""A date, kept in the draft as YYYY-MM-DD and shown in words in the reader's language.

Editors may set the earliest and the latest date allowed, each relative to the day the citizen
answers ("at least 4 months from today"); the server checks them, the date picker shows them.
"""

import calendar
import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import QuestionKind
from .blocks import FieldBlock

DAYS, MONTHS = "days", "months"
UNITS = [(DAYS, _("days from today")), (MONTHS, _("months from today"))]
#: About a hundred years either way: enough for a birth date, small enough for the date types.
LIMIT = 36500


class RelativeDateBlock(blocks.StructBlock):
    """A day counted from the day the citizen answers: 0 is today, a negative number before it."""

    amount = blocks.IntegerBlock(required=False, min_value=-LIMIT, max_value=LIMIT, label=_("How many"))
    # A ChoiceBlock: wagtail-localize keeps it the same in every language.
    unit = blocks.ChoiceBlock(choices=UNITS, default=DAYS, required=False, label=_("Unit"))

    class Meta:
        form_classname = "application-relative-date"


def relative_day(rule, today: datetime.date) -> datetime.date | None:
    """The day a rule ({amount, unit}) names, counted from `today`; None without an amount."""
    amount = (rule or {}).get("amount")
    if amount in (None, ""):
        return None
    amount = int(amount)
    if (rule or {}).get("unit") == MONTHS:
        index = today.month - 1 + amount
        year, month = today.year + index // 12, index % 12 + 1
        return today.replace(year=year, month=month, day=min(today.day, calendar.monthrange(year, month)[1]))
    return today + datetime.timedelta(days=amount)


class DateFieldBlock(FieldBlock):
    earliest = RelativeDateBlock(
        required=False,
        label=_("Earliest date allowed"),
        help_text=_(
            "Counted from the day the citizen answers: 0 is today, -18 months is 18 months ago. Empty: no limit."
        ),
    )
    latest = RelativeDateBlock(
        required=False,
        label=_("Latest date allowed"),
        help_text=_("Counted from the day the citizen answers. Empty: no limit."),
    )

    class Meta:
        label = _("Date")

    def clean(self, value):
        value = super().clean(value)
        today = timezone.localdate()
        earliest, latest = relative_day(value.get("earliest"), today), relative_day(value.get("latest"), today)
        if earliest and latest and earliest > latest:
            raise blocks.StructBlockValidationError(
                block_errors={"latest": ValidationError(_("The latest date must not come before the earliest."))}
            )
        return value


class DateRangeField(forms.DateField):
    """A date between the editor's earliest and latest day, with an error that names the day."""

    def __init__(self, *, earliest=None, latest=None, **kwargs):
        self.earliest, self.latest = earliest, latest
        attrs = {"type": "date"}
        if earliest:
            attrs["min"] = earliest.isoformat()
        if latest:
            attrs["max"] = latest.isoformat()
        super().__init__(widget=forms.DateInput(attrs=attrs), **kwargs)

    def validate(self, value):
        super().validate(value)
        if value is None:
            return
        if self.earliest and value < self.earliest:
            raise ValidationError(
                _("Choose %(date)s or a later date."),
                code="too_early",
                params={"date": formats.date_format(self.earliest, "j F Y")},
            )
        if self.latest and value > self.latest:
            raise ValidationError(
                _("Choose %(date)s or an earlier date."),
                code="too_late",
                params={"date": formats.date_format(self.latest, "j F Y")},
            )


class DateKind(QuestionKind):
    id = "date"
    order = 40

    def get_block(self):
        return DateFieldBlock()

    def form_field(self, value, *, attached=()):
        today = timezone.localdate()
        return DateRangeField(
            earliest=relative_day(value.get("earliest"), today),
            latest=relative_day(value.get("latest"), today),
            **self.field_options(value),
        )

    def to_draft(self, cleaned):
        return None if cleaned is None else cleaned.isoformat()

    def display_answer(self, answer):
        parsed = parse_date(answer)
        return formats.date_format(parsed, "j F Y") if parsed else str(answer)


KINDS = [DateKind]
