"""Registers the report-a-problem e-service."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from eservice_blocks.base import EServicePlugin, SubmissionSummary
from eservice_blocks.blocks import EServiceBlock
from eservice_blocks.registry import registry

from . import flow
from .forms import form_for
from .models import ProblemReport


class CategoryBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        regex=r"^[a-z0-9-]+$",
        max_length=64,
        label=_("Key"),
        help_text=_("Lower-case letters, digits and hyphens; never change it once reports exist."),
        error_messages={"invalid": _("Use lower-case letters, digits and hyphens.")},
    )
    label = blocks.CharBlock(max_length=200, label=_("Category"))
    department = SnippetChooserBlock(
        "departments.Department",
        required=False,
        label=_("Receiving department"),
        help_text=_("Who fixes this kind of problem. Leave empty for the e-service's receiving department."),
    )

    class Meta:
        icon = "tag"


class ProblemReportBlock(EServiceBlock):
    categories = blocks.ListBlock(CategoryBlock(), min_num=1, label=_("Categories"))
    duplicate_radius_m = blocks.IntegerBlock(
        min_value=5,
        max_value=2000,
        default=50,
        label=_("Show open reports within (metres)"),
        help_text=_("Before a report is sent, open reports of the same category this close are shown."),
    )
    show_public_list = blocks.BooleanBlock(
        required=False, default=True, label=_("Publish a list of open reports (without personal data)")
    )

    class Meta:
        icon = "warning"
        label = _("E-service: Report a problem")
        plugin_id = "problem_report"
        template = "eservice_blocks/problem_report/block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["map_tile_url"] = settings.MAP_TILE_URL
        context["map_attribution"] = settings.MAP_ATTRIBUTION
        return context


def category_of(block_value, key: str) -> dict:
    return next((dict(item) for item in block_value["categories"] if item["key"] == key), {})


@registry
class ProblemReportPlugin(EServicePlugin):
    """Felanmälan: a street light out, a pothole, graffiti; with photos and a place."""

    id = "problem_report"
    label = _("Report a problem")
    admin_case_template = "eservice_blocks/problem_report/admin/case.html"
    citizen_case_template = "eservice_blocks/problem_report/case.html"

    def get_block(self):
        return ProblemReportBlock()

    def get_form_class(self, block_value):
        return form_for(block_value)

    def handle_post(self, request, page, child):
        return flow.handle_post(self, request, page, child)

    def sent_too_often(self, request, page, child):
        return flow.sent_too_often(self, request, page, child)

    def summarize(self, form, block_value) -> SubmissionSummary:
        data = dict(form.cleaned_data)
        photos = data.pop("photos", None) or []
        data.pop("idempotency_key", None)
        category = category_of(block_value, data["category"])
        answers = [
            (str(_("Category")), category.get("label", "")),
            (str(_("Describe the problem")), data["description"]),
            (str(_("Place")), place_of(data)),
        ]
        if data.get("name"):
            answers.append((str(_("Name")), data["name"]))
        if data.get("email"):
            answers.append((str(_("E-mail")), data["email"]))
        return SubmissionSummary(
            subject=subject_of(category, data)[:255],
            answers=answers,
            data=data,
            contact_email=data.get("email", ""),
            contact_name=data.get("name", ""),
            attachments=[(str(_("Photos")), photo) for photo in photos],
            department=category.get("department"),
            extra={"category": category},
        )

    def store(self, case, summary, form, block_value):
        data = summary.data
        ProblemReport.objects.create(
            case=case,
            page=case.page,
            block_id=case.block_id,
            category_key=data["category"],
            category_label=summary.extra["category"].get("label", ""),
            address=data.get("address", ""),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
        )

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns

    def case_context(self, case, request):
        return {"problem_report": getattr(case, "problem_report", None)}

    def delete_personal_data(self, case):
        # Category and coordinates stay (they are about the street, for statistics). The place
        # is free text that may name someone, and who follows the report is personal data.
        if hasattr(case, "problem_report"):
            case.problem_report.followers.all().delete()
            ProblemReport.objects.filter(case=case).update(address="")


def subject_of(category, data) -> str:
    """The case's title: the category and the address the citizen gave; no coordinates (the
    handler has them with the place and on the map)."""
    label, address = category.get("label", ""), (data.get("address") or "").strip()
    return f"{label}: {address}" if address else label


def place_of(data) -> str:
    parts = [data.get("address") or ""]
    if data.get("latitude") is not None:
        parts.append(f"{data['latitude']:.5f}, {data['longitude']:.5f}")
    return " · ".join(part for part in parts if part)
