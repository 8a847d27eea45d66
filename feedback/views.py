"""The citizen's side of feedback: answer yes or no on any page, then optionally say more.

The yes/no form sits on every page, including pages served from a cache, so it carries no
CSRF token. Instead the views accept only same-origin POSTs (the Origin header, or the Referer
when a browser sends no Origin), which is what a token would prove, and they change nothing
but the visitor's own new feedback. A honeypot field and a rate limit keep bots out.
"""

from django.conf import settings
from django.http import Http404, HttpResponseForbidden, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from foundations.csrf import same_origin
from foundations.ratelimit import allow
from foundations.responses import private, too_many_requests

from . import services
from .forms import DetailsForm, HelpfulForm

#: The follow-up "token" a bot that filled in the honeypot gets: a thank-you page, nothing stored.
DISCARDED = "0"


def wants_json(request) -> bool:
    return "application/json" in request.META.get("HTTP_ACCEPT", "")


@csrf_exempt
@require_POST
def submit(request):
    if not same_origin(request):
        return HttpResponseForbidden(_("Send your answer from our own pages."))
    if not allow(request, "feedback", settings.FEEDBACK_PER_MINUTE):
        return too_many_requests(request)
    form = HelpfulForm(request.POST)
    if not form.is_valid():
        if wants_json(request):
            return JsonResponse({"errors": form.errors}, status=400)
        return private(render(request, "feedback/invalid.html", status=400))
    page = Page.objects.live().filter(pk=form.cleaned_data["page"]).first()
    if page is None:
        raise Http404
    if form.is_spam:
        # Look the same to the bot, store nothing.
        token = DISCARDED
    else:
        feedback = services.record(
            page=page,
            source=form.cleaned_data["source"],
            target=form.cleaned_data["target"],
            helpful=form.cleaned_data["helpful"] == "yes",
        )
        token = services.follow_up_token(feedback)
    follow_up = reverse("feedback:follow_up", args=[token])
    if wants_json(request):
        return private(JsonResponse({"follow_up": follow_up}))
    return HttpResponseRedirect(follow_up, status=303)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def follow_up(request, token):
    """'Thank you. What can we do better?' with an optional comment and e-mail."""
    if token == DISCARDED:
        return private(render(request, "feedback/thanks.html", {"page": None}))
    feedback = services.feedback_for_token(token)
    if feedback is None:
        raise Http404
    page = feedback.page.specific if feedback.page else None
    form = DetailsForm()
    if request.method == "POST":
        if not same_origin(request):
            return HttpResponseForbidden(_("Send your answer from our own pages."))
        form = DetailsForm(request.POST)
        if form.is_valid():
            if not request.POST.get("website"):
                services.add_details(feedback, form.cleaned_data["comment"], form.cleaned_data["email"])
            if wants_json(request):
                return private(JsonResponse({"message": _("Thank you! Your comment has been sent.")}))
            return private(render(request, "feedback/thanks.html", {"page": page, "sent": True}))
        if wants_json(request):
            return private(JsonResponse({"errors": form.errors}, status=400))
    context = {"form": form, "feedback": feedback, "page": page, "token": token}
    status = 400 if form.is_bound and form.errors else 200
    return private(render(request, "feedback/follow_up.html", context, status=status))
