"""The departments' feedback inbox in the Wagtail admin."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import services
from .admin_forms import FeedbackFilterForm, HandleFeedbackForm, ReplyForm
from .models import Feedback, FeedbackStatus


def filter_feedback(items, form: FeedbackFilterForm):
    data = form.cleaned_data if form.is_valid() else {}
    status = data.get("status")
    if not status:
        items = items.filter(status__in=[FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS])
    elif status != "all":
        items = items.filter(status=status)
    if data.get("helpful"):
        items = items.filter(helpful=data["helpful"] == "yes")
    if data.get("with_comment"):
        items = items.filter(~Q(comment=""))
    return items


def inbox(request):
    form = FeedbackFilterForm(request.GET or None)
    items = filter_feedback(Feedback.objects.for_handler(request.user), form)
    items = items.select_related("page", "department").order_by("-created_at")
    page = Paginator(items, 50).get_page(request.GET.get("p"))
    return TemplateResponse(request, "feedback/admin/inbox.html", {"form": form, "items": page})


@require_http_methods(["GET", "POST"])
def detail(request, feedback_id: int):
    feedback = Feedback.objects.for_handler(request.user).select_related("page", "department").filter(pk=feedback_id)
    feedback = feedback.first()
    if feedback is None:
        raise Http404
    handle_form = HandleFeedbackForm(initial={"status": feedback.status, "internal_note": feedback.internal_note})
    reply_form = ReplyForm()
    if request.method == "POST":
        if request.POST.get("action") == "reply" and feedback.can_be_answered:
            reply_form = ReplyForm(request.POST)
            if reply_form.is_valid():
                services.answer(feedback, reply_form.cleaned_data["reply"], request.user)
                messages.success(request, _("Your answer is on its way to the citizen."))
                return redirect("feedback_detail", feedback_id=feedback.pk)
        elif request.POST.get("action") == "handle":
            handle_form = HandleFeedbackForm(request.POST)
            if handle_form.is_valid():
                feedback.status = handle_form.cleaned_data["status"]
                feedback.internal_note = handle_form.cleaned_data["internal_note"]
                feedback.handled_by = request.user
                feedback.save(update_fields=["status", "internal_note", "handled_by"])
                messages.success(request, _("Saved."))
                return redirect("feedback_detail", feedback_id=feedback.pk)
        else:
            raise Http404
    context = {"feedback": feedback, "handle_form": handle_form, "reply_form": reply_form}
    return TemplateResponse(request, "feedback/admin/detail.html", context)
