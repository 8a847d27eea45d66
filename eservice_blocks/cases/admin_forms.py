"""Forms of the handlers' inbox and case view."""

from django import forms
from django.utils.translation import gettext_lazy as _

from departments.models import Department
from eservice_blocks.registry import registry

from .models import CaseStatus

AGE_CHOICES = [("", _("Any age")), ("7", _("Older than a week")), ("30", _("Older than 30 days"))]
ASSIGNEE_CHOICES = [("", _("Anyone")), ("me", _("Assigned to me")), ("none", _("Not assigned"))]


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False)
    service_type = forms.ChoiceField(label=_("E-service type"), required=False)
    age = forms.ChoiceField(label=_("Age"), required=False, choices=AGE_CHOICES)
    assignee = forms.ChoiceField(label=_("Assignee"), required=False, choices=ASSIGNEE_CHOICES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("Open cases")), ("all", _("All cases")), *CaseStatus.choices]
        self.fields["service_type"].choices = [("", _("All types")), *registry.choices()]


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=CaseStatus.choices)


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message to the citizen"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Internal note"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class TransferForm(forms.Form):
    department = forms.ModelChoiceField(label=_("Transfer to"), queryset=Department.objects.all())

    def __init__(self, *args, case=None, **kwargs):
        super().__init__(*args, **kwargs)
        if case is not None:
            self.fields["department"].queryset = Department.objects.exclude(pk=case.department_id)
