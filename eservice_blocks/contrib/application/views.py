"""The citizen's pages of a draft: one step at a time, the review, and "saved for later"."""

from types import SimpleNamespace

from django import forms
from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from eservice_blocks.cases.models import Notification
from eservice_blocks.cases.notifications import _enqueue
from eservice_blocks.cases.tokens import access_token_for
from eservice_blocks.ratelimit import allow
from eservice_blocks.registry import registry
from eservice_blocks.services import submit
from eservice_blocks.views import _private, find_eservice_block

from . import drafts
from .conditions import plan
from .forms import StepForm, initial_from


class EmailLinkForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class Expired(Exception):
    pass


def _open(token):
    draft = drafts.load(token)
    if draft is None:
        raise Expired
    page = draft.page.specific
    child = find_eservice_block(page, draft.block_id)
    if child is None:
        raise Expired
    return draft, page, child


def _expired(request):
    return _private(render(request, "eservice_blocks/application/expired.html", status=404))


def _receipt(draft):
    return HttpResponseRedirect(
        reverse("eservice_blocks:receipt", args=[access_token_for(drafts.idempotency_key(draft))])
    )


def _base_context(draft, page, child, token):
    steps = plan(child.value["steps"], draft.answers)
    return {"draft": draft, "page": page, "value": child.value, "token": token, "steps": steps}


def _step_url(token, number, from_review=False):
    url = reverse("eservice_blocks:application:step", args=[token, number])
    return url + "?review=1" if from_review else url


def _leave_off_at(draft, number: int) -> None:
    draft.current_step = number
    draft.save(update_fields=["current_step"])


@require_http_methods(["GET", "HEAD"])
def resume(request, token):
    """The link the citizen keeps: back to where they left off."""
    try:
        draft, _page, child = _open(token)
    except Expired:
        return _expired(request)
    if draft.submitted_at:
        return _receipt(draft)
    if draft.current_step > len(plan(child.value["steps"], draft.answers)):
        return HttpResponseRedirect(reverse("eservice_blocks:application:review", args=[token]))
    return HttpResponseRedirect(_step_url(token, max(draft.current_step, 1)))


@require_http_methods(["GET", "HEAD", "POST"])
def step(request, token, number):
    try:
        draft, page, child = _open(token)
    except Expired:
        return _expired(request)
    if draft.submitted_at:
        return _receipt(draft)
    context = _base_context(draft, page, child, token)
    steps = context["steps"]
    if not 1 <= number <= len(steps):
        return HttpResponseRedirect(_step_url(token, 1))
    current = steps[number - 1]
    files = drafts.files_by_key(draft)
    from_review = request.GET.get("review") == "1"
    if request.method == "POST":
        form = StepForm(request.POST, request.FILES, questions=current.questions, files_by_key=files)
        valid = form.is_valid()
        drafts.save_answers(draft, form)
        if request.POST.get("remove_file"):
            remove = request.POST["remove_file"]
            drafts.remove_file(draft, int(remove) if remove.isdigit() else 0)
            return HttpResponseRedirect(_step_url(token, number, from_review))
        if request.POST.get("action") == "save" and (valid or form.only_missing_answers()):
            _leave_off_at(draft, number)
            return HttpResponseRedirect(reverse("eservice_blocks:application:saved", args=[token]))
        if valid:
            remaining = plan(child.value["steps"], draft.answers)
            if from_review or number >= len(remaining):
                _leave_off_at(draft, len(remaining) + 1)
                return HttpResponseRedirect(reverse("eservice_blocks:application:review", args=[token]))
            _leave_off_at(draft, number + 1)
            return HttpResponseRedirect(_step_url(token, number + 1))
        files = drafts.files_by_key(draft)  # the files that passed are attached now
    else:
        form = StepForm(
            initial=initial_from(draft.answers, current.questions), questions=current.questions, files_by_key=files
        )
    context.update(
        {
            "form": form,
            "step": current.step,
            "number": number,
            "files": files,
            "from_review": from_review,
            "back_url": reverse("eservice_blocks:application:review", args=[token])
            if from_review
            else (_step_url(token, number - 1) if number > 1 else page.url),
        }
    )
    status = 400 if form.is_bound and form.errors else 200
    return _private(render(request, "eservice_blocks/application/step.html", context, status=status))


@require_http_methods(["GET", "HEAD", "POST"])
def review(request, token):
    try:
        draft, page, child = _open(token)
    except Expired:
        return _expired(request)
    if draft.submitted_at:
        return _receipt(draft)
    missing = drafts.missing_answers(draft, child.value["steps"])
    if request.method == "POST" and not missing:
        plugin = registry.get("application")
        form = SimpleNamespace(cleaned_data={"idempotency_key": drafts.idempotency_key(draft), "draft": draft})
        with transaction.atomic():
            submit(plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id)
            drafts.finish(draft)
        return _receipt(draft)
    context = _base_context(draft, page, child, token)
    context.update({"review": drafts.review(draft, child.value["steps"]), "missing": missing})
    status = 400 if request.method == "POST" else 200
    return _private(render(request, "eservice_blocks/application/review.html", context, status=status))


@require_http_methods(["GET", "HEAD", "POST"])
def saved(request, token):
    try:
        draft, page, child = _open(token)
    except Expired:
        return _expired(request)
    link = request.build_absolute_uri(reverse("eservice_blocks:application:resume", args=[token]))
    form = EmailLinkForm(request.POST or None)
    sent = False
    if (
        request.method == "POST"
        and form.is_valid()
        and not allow(request, "application-link", settings.ESERVICE_SUBMISSIONS_PER_MINUTE)
    ):
        # Anyone with the link could otherwise make us mail strangers in bulk.
        form.add_error("email", gettext_lazy("You have asked for the link many times. Try again in a minute."))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            notification = Notification.objects.create(
                kind="application_draft_link",
                recipient=form.cleaned_data["email"],
                language=translation.get_language() or "sv",
                # Secret: removed from the outbox once the e-mail is sent.
                context={"secret_draft_url": link, "title": str(child.value["title"])},
            )
            transaction.on_commit(lambda: _enqueue(notification.pk))
        sent = True
        form = EmailLinkForm()
    context = _base_context(draft, page, child, token)
    context.update({"link": link, "form": form, "sent": sent, "expires_at": draft.expires_at})
    status = 400 if form.is_bound and form.errors else 200
    return _private(render(request, "eservice_blocks/application/saved.html", context, status=status))
