"""The citizen's two small forms: yes or no, then an optional comment and e-mail."""

from django import forms
from django.utils.translation import gettext_lazy as _

from foundations.free_text import FreeTextForm

from .models import FeedbackSource


class HelpfulForm(FreeTextForm):
    page = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    source = forms.ChoiceField(choices=FeedbackSource.choices, initial=FeedbackSource.PAGE, widget=forms.HiddenInput)
    target = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    helpful = forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))])
    #: A honeypot: people never see it, bots fill it in.
    website = forms.CharField(required=False, max_length=200)

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))


class DetailsForm(FreeTextForm):
    comment = forms.CharField(
        label=_("What can we do better?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Do not write personal data such as identity numbers. We remove them if you do."),
    )
    email = forms.EmailField(
        label=_("Your e-mail, if you want an answer"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    website = forms.CharField(required=False, max_length=200)

    required_css_class = "field--required"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("comment") and not cleaned.get("email") and not self.errors:
            raise forms.ValidationError(_("Write a comment, or go back to the page."), code="empty")
        if cleaned.get("email") and not cleaned.get("comment"):
            self.add_error("comment", _("Write what you want an answer about."))
        return cleaned
