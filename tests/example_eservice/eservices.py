"""Registers the "callback" e-service: the citizen leaves a phone number and a time to call."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from eservice_blocks.base import EServicePlugin, SubmissionRejected, SubmissionSummary
from eservice_blocks.blocks import EServiceBlock
from eservice_blocks.forms import EServiceForm, PhoneNumberField
from eservice_blocks.registry import registry
from eservice_blocks.uploads import DOCUMENT_TYPES, UploadField

TIMES = [("morning", _("Morning")), ("afternoon", _("Afternoon"))]


class CallbackForm(EServiceForm):
    phone = PhoneNumberField(label=_("Phone"))
    when = forms.ChoiceField(label=_("When should we call?"), choices=TIMES, widget=forms.RadioSelect)
    topic = forms.CharField(label=_("What is it about?"), max_length=200)
    documents = UploadField(label=_("Documents"), required=False, allowed_types=DOCUMENT_TYPES, max_files=3)


#: A topic the team no longer takes calls about: `store` refuses it after validation, as a
#: booking plugin refuses a slot someone else just took.
CLOSED_TOPIC = "Vinterväghållning"


class CallbackBlock(EServiceBlock):
    team = blocks.CharBlock(max_length=100, label=_("Team that calls back"))

    class Meta:
        label = _("E-service: Call me back")
        icon = "mobile-alt"
        plugin_id = "callback"


@registry
class CallbackPlugin(EServicePlugin):
    id = "callback"
    label = _("Call me back")

    def get_block(self):
        return CallbackBlock()

    def get_form_class(self, block_value):
        return CallbackForm

    def summarize(self, form, block_value):
        data = {key: value for key, value in form.cleaned_data.items() if key != "idempotency_key"}
        answers = [
            (str(form.fields["topic"].label), data["topic"]),
            (str(form.fields["phone"].label), data["phone"]),
            (str(form.fields["when"].label), str(dict(TIMES)[data["when"]])),
        ]
        documents = data.pop("documents", [])
        return SubmissionSummary(
            subject=data["topic"],
            answers=answers,
            data={**data, "team": block_value["team"]},
            attachments=[(str(form.fields["documents"].label), upload) for upload in documents],
        )

    def store(self, case, summary, form, block_value):
        if summary.subject == CLOSED_TOPIC:
            raise SubmissionRejected(_("The team no longer calls back about this."), field="topic")
