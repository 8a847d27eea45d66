"""The event editor's form: weekdays of a weekly event as checkboxes (stored as RFC 5545 codes)."""

from django import forms
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

from cms_pages.forms import OwnedPageForm

from . import recurrence

WEEKDAY_CHOICES = [(code, WEEKDAYS[number]) for number, code in enumerate(recurrence.WEEKDAYS)]


class EventPageForm(OwnedPageForm):
    recurrence_weekdays = forms.MultipleChoiceField(
        label=_("on weekdays"),
        choices=WEEKDAY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("For weekly events. Without a choice, the weekday of the start date."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self.initial.get("recurrence_weekdays")
        if isinstance(stored, str):
            self.initial["recurrence_weekdays"] = [day for day in stored.split(",") if day]

    def clean_recurrence_weekdays(self) -> str:
        chosen = self.cleaned_data.get("recurrence_weekdays") or []
        return ",".join(day for day in recurrence.WEEKDAYS if day in chosen)
