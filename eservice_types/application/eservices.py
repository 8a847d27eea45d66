"""Registers the multi-step application e-service."""

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from eservice_blocks.base import EServicePlugin, SubmissionSummary
from eservice_blocks.blocks import EServiceBlock, find_eservice_block
from eservice_blocks.forms import EServiceForm
from eservice_blocks.identification import requires_identification, signed_in_citizen
from eservice_blocks.registry import registry

from . import drafts
from .blocks import StepBlock, validate_steps
from .questions.registry import kind_of


class ApplicationBlock(EServiceBlock):
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "doc-full"
        label = _("E-service: Application")
        plugin_id = "application"
        template = "eservice_blocks/application/block.html"

    def clean(self, value):
        value = super().clean(value)
        validate_steps(value["steps"])
        return value


@registry
class ApplicationPlugin(EServicePlugin):
    """Ansökan: an application in steps, saved as a draft the citizen can resume, reviewed
    before it is sent, and readable by the handler as a summary and a PDF."""

    id = "application"
    label = _("Application")
    admin_case_template = "eservice_blocks/application/admin/case.html"

    def get_block(self):
        return ApplicationBlock()

    def get_form_class(self, block_value):
        return EServiceForm  # the page shows only the start button; the steps have their own pages

    def handle_post(self, request, page, child):
        citizen = signed_in_citizen(request)
        if citizen is None and requires_identification(child.value):
            query = urlencode({"next": f"{request.get_full_path()}#es-{child.id}"})
            return HttpResponseRedirect(f"{reverse('citizens:sign_in')}?{query}")
        # A signed-in citizen's draft is theirs: on their Mina sidor, and only for them to open.
        _draft, token = drafts.start(
            page, child.id, translation.get_language() or "sv", identity_hash=citizen.identity_hash if citizen else ""
        )
        return HttpResponseRedirect(reverse("eservice_blocks:application:step", args=[token, 1]))

    def citizen_overview(self, request, identity_hash, cases):
        found = list(drafts.of_citizen(identity_hash))
        titles = {}
        for draft in found:
            child = find_eservice_block(draft.page.specific, draft.block_id)
            titles[draft.pk] = str(child.value["title"]) if child else draft.page.title
        return {
            "template": "eservice_blocks/application/mina_sidor.html",
            "drafts": [{"draft": draft, "title": titles[draft.pk]} for draft in found],
            "deleted": request.GET.get("draft_deleted") == "1",
        }

    def summarize(self, form, block_value) -> SubmissionSummary:
        draft = form.cleaned_data["draft"]
        steps = drafts.review(draft, block_value["steps"])
        answers = [(item["label"], item["value"]) for step in steps for item in step["answers"] if item["value"]]
        email = next(
            (
                str(draft.answers.get(question.value["key"]) or "")
                for step in block_value["steps"]
                for question in step["fields"]
                if kind_of(question).is_contact_email
            ),
            "",
        )
        return SubmissionSummary(
            subject=str(block_value["title"]),
            answers=answers,
            data={"answers": drafts.visible_answers(draft, block_value["steps"]), "steps": steps},
            contact_email=email,
            attachments=drafts.attachments(draft, block_value["steps"]),
        )

    def json_schema(self, block_value):
        from .api import form_schema

        return form_schema(block_value)

    def submission_schema(self) -> dict:
        """Editors build each application's questions: the answers are keyed by question."""
        from .api import submission_schema

        return submission_schema()

    def api_form(self, block_value, data, files):
        from .api import ApplicationSubmissionForm

        return ApplicationSubmissionForm(data, files, steps=block_value["steps"])

    def api_submit(self, *, form, page, child):
        from .api import submit_all

        return submit_all(self, form=form, page=page, child=child)

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
