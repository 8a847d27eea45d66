"""The contact centre's quick form for contacts in other channels, the dashboard's filter, and
the office screen form; each offers only the departments the user works with."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from departments.models import Department
from eservice_blocks.registry import registry

from .models import Channel, NonDigitalContact, OfficeScreen

OTHER_TOPIC = "other"


def topic_choices():
    return [*((plugin.id, plugin.label) for plugin in registry), (OTHER_TOPIC, _("Something else"))]


class NonDigitalContactForm(forms.ModelForm):
    """One registration: contacts about one topic in one channel on one day, within plausible
    limits (`KPI_CONTACTS_PER_REGISTRATION`, `KPI_CONTACTS_PER_DAY`, `KPI_CONTACTS_DAYS_BACK`),
    since a mistyped or malicious number moves the self-service rate of a whole department."""

    topic = forms.ChoiceField(label=_("Topic"), choices=topic_choices)
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices, widget=forms.RadioSelect)
    date = forms.DateField(label=_("Date"), initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"}))

    class Meta:
        model = NonDigitalContact
        fields = ["department", "topic", "channel", "count", "date"]

    def __init__(self, *args, departments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = departments if departments is not None else Department.objects.all()
        self.fields["count"].widget.attrs.update({"min": 1, "max": settings.KPI_CONTACTS_PER_REGISTRATION})
        self.fields["count"].validators = []  # the limits are checked in clean_count, with our messages

    def clean_count(self):
        count = self.cleaned_data["count"]
        if count < 1:
            raise forms.ValidationError(_("Register at least one contact."), code="too_few")
        if count > settings.KPI_CONTACTS_PER_REGISTRATION:
            raise forms.ValidationError(
                _(
                    "At most %(limit)s contacts can be registered at once. Check the number; if it is "
                    "right, register the rest separately."
                ),
                params={"limit": settings.KPI_CONTACTS_PER_REGISTRATION},
                code="too_many",
            )
        return count

    def clean_date(self):
        date = self.cleaned_data["date"]
        today = timezone.localdate()
        if date > today:
            raise forms.ValidationError(_("The date cannot be in the future."))
        if date < today - timedelta(days=settings.KPI_CONTACTS_DAYS_BACK):
            raise forms.ValidationError(
                _("Contacts can be registered for the last %(days)s days only."),
                params={"days": settings.KPI_CONTACTS_DAYS_BACK},
                code="too_old",
            )
        return date

    def clean(self):
        cleaned = super().clean()
        department, channel, date, count = (cleaned.get(key) for key in ("department", "channel", "date", "count"))
        if None in (department, channel, date, count):
            return cleaned
        already = (
            NonDigitalContact.objects.filter(department=department, channel=channel, date=date).aggregate(
                total=Sum("count")
            )["total"]
            or 0
        )
        limit = settings.KPI_CONTACTS_PER_DAY
        if already + count > limit:
            self.add_error(
                "count",
                forms.ValidationError(
                    _(
                        "%(department)s already has %(already)s contacts in this channel on this day, and "
                        "at most %(limit)s can be registered per channel and day. Check the earlier "
                        "registrations below, or ask an administrator to raise the limit."
                    ),
                    params={"department": department, "already": already, "limit": limit},
                    code="too_many_per_day",
                ),
            )
        return cleaned


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

    def __init__(self, *args, departments=None, **kwargs):
        super().__init__(*args, **kwargs)
        if departments is not None:  # a user of some departments only
            self.fields["department"].queryset = departments
            self.fields["department"].empty_label = _("All my departments")


class OfficeScreenForm(forms.ModelForm):
    class Meta:
        model = OfficeScreen
        fields = ["name", "department"]

    def __init__(self, *args, departments=None, **kwargs):
        super().__init__(*args, **kwargs)
        if departments is not None:  # a screen of one of the user's departments, not the whole municipality
            self.fields["department"].queryset = departments
            self.fields["department"].required = True
            self.fields["department"].empty_label = None
