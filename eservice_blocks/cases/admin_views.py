"""The case handlers' inbox in the Wagtail admin: their departments' cases only."""

from datetime import timedelta

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from citizens.identity import assurance_label
from citizens.providers import registry as identity_providers
from handover import states as handover_states

from . import handling
from .admin_forms import InboxFilterForm, MessageForm, NoteForm, StatusForm, TransferForm
from .models import Case, CaseStatus
from .views import plugin_case_context


def filter_inbox(cases, form: InboxFilterForm, user):
    data = form.cleaned_data if form.is_valid() else {}
    status = data.get("status")
    if not status:
        cases = cases.exclude(status=CaseStatus.CLOSED)
    elif status != "all":
        cases = cases.filter(status=status)
    if data.get("service_type"):
        cases = cases.filter(service_type=data["service_type"])
    if data.get("age"):
        cases = cases.filter(received_at__lt=timezone.now() - timedelta(days=int(data["age"])))
    if data.get("assignee") == "me":
        cases = cases.filter(assignee=user)
    elif data.get("assignee") == "none":
        cases = cases.filter(assignee__isnull=True)
    return cases


def inbox(request):
    form = InboxFilterForm(request.GET or None)
    cases = filter_inbox(Case.objects.for_handler(request.user), form, request.user)
    cases = cases.select_related("department", "assignee").order_by("received_at")
    page = Paginator(cases, 50).get_page(request.GET.get("p"))
    return TemplateResponse(request, "eservice_blocks/admin/inbox.html", {"form": form, "cases": page})


ACTIONS = {
    "status": StatusForm,
    "message": MessageForm,
    "note": NoteForm,
    "transfer": TransferForm,
}


@require_http_methods(["GET", "POST"])
def case_detail(request, case_id: int):
    case = Case.objects.for_handler(request.user).select_related("department", "assignee").filter(pk=case_id).first()
    if case is None:
        raise Http404
    forms = {
        "status": StatusForm(initial={"status": case.status}),
        "message": MessageForm(),
        "note": NoteForm(),
        "transfer": TransferForm(case=case),
    }
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "assign_to_me":
            handling.assign(case, request.user, request.user)
            messages.success(request, _("The case is assigned to you."))
            return redirect("eservice_blocks_case", case_id=case.pk)
        if action not in ACTIONS:
            raise Http404
        form = ACTIONS[action](request.POST, **({"case": case} if action == "transfer" else {}))
        if form.is_valid():
            perform(action, case, form.cleaned_data, request.user)
            messages.success(request, _("Done."))
            if action == "transfer" and not Case.objects.for_handler(request.user).filter(pk=case.pk).exists():
                return redirect("eservice_blocks_inbox")
            return redirect("eservice_blocks_case", case_id=case.pk)
        forms[action] = form
    context = {
        "case": case,
        "forms": forms,
        "events": case.events.select_related("actor"),
        "messages_list": case.messages.select_related("author"),
        "attachments": case.attachments.all(),
        "identification": identification(case),
        "handovers": handover_states.rows(case.handovers.order_by("created_at", "pk")),
        **plugin_case_context(case, request),
    }
    return TemplateResponse(request, "eservice_blocks/admin/case.html", context)


def identification(case) -> dict | None:
    """How the citizen was identified, in words, for the handler (None: not identified)."""
    if not case.is_identified:
        return None
    provider = next((p for p in identity_providers.all() if p.id == case.identity_provider), None)
    return {
        "method": str(provider.label) if provider else case.identity_provider,
        "development": bool(provider and provider.development_only),
        "assurance": assurance_label(case.assurance_level),
    }


def perform(action: str, case, data: dict, user) -> None:
    if action == "status":
        handling.change_status(case, data["status"], user)
    elif action == "message":
        handling.message_citizen(case, data["body"], user)
    elif action == "note":
        handling.add_note(case, data["text"], user)
    elif action == "transfer":
        handling.transfer(case, data["department"], user)


@require_http_methods(["GET", "HEAD"])
def case_file(request, case_id: int, kind: str, file_id: int):
    """A file of a case (a submitted attachment or a message's attachment), for its handlers only.

    Sent as a download with the type we sniffed, so the browser never renders it inline."""
    case = Case.objects.for_handler(request.user).filter(pk=case_id).first()
    if case is None:
        raise Http404
    if kind == "attachment":
        item = case.attachments.filter(pk=file_id).first()
        stored, name, content_type = (item.file, item.name, item.content_type) if item else (None, "", "")
    else:
        item = case.messages.filter(pk=file_id).exclude(attachment="").first()
        stored, name, content_type = (item.attachment, item.attachment_name, "") if item else (None, "", "")
    if not stored:
        raise Http404
    inline = request.GET.get("inline") == "1" and content_type in ("image/jpeg", "image/png")
    response = FileResponse(
        stored.open("rb"),
        as_attachment=not inline,
        filename=name,
        content_type=content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
