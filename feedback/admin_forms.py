"""Forms of the feedback inbox."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import FeedbackStatus


class FeedbackFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Open (new or in progress)")), ("all", _("All")), *FeedbackStatus.choices],
    )
    helpful = forms.ChoiceField(
        label=_("Answer"), required=False, choices=[("", _("All")), ("yes", _("Helpful")), ("no", _("Not helpful"))]
    )
    with_comment = forms.BooleanField(label=_("Only with a comment"), required=False)


class HandleFeedbackForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=FeedbackStatus.choices)
    internal_note = forms.CharField(
        label=_("Internal note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Answer to the citizen"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent by e-mail, for example: thank you, we have changed the page."),
    )
