"""The contact centre's quick form for contacts in other channels, and the dashboard's filter."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from departments.models import Department

from .models import Channel, NonDigitalContact, OfficeScreen

OTHER_TOPIC = "other"


def topic_choices():
    from eservice_blocks.registry import registry

    return [*((plugin.id, plugin.label) for plugin in registry), (OTHER_TOPIC, _("Something else"))]


class NonDigitalContactForm(forms.ModelForm):
    topic = forms.ChoiceField(label=_("Topic"), choices=topic_choices)
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices, widget=forms.RadioSelect)
    date = forms.DateField(label=_("Date"), initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"}))

    class Meta:
        model = NonDigitalContact
        fields = ["department", "topic", "channel", "count", "date"]

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return date


class DashboardFilterForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("Period"),
        coerce=int,
        choices=[(30, _("30 days")), (90, _("90 days")), (365, _("A year"))],
        initial=90,
        required=False,
    )
    department = forms.ModelChoiceField(
        label=_("Department"),
        queryset=Department.objects.all(),
        required=False,
        empty_label=_("The whole municipality"),
    )


class OfficeScreenForm(forms.ModelForm):
    class Meta:
        model = OfficeScreen
        fields = ["name", "department"]
