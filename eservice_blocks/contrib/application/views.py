"""The citizen's pages of a draft: one step at a time, the review, and "saved for later"."""

from types import SimpleNamespace

from django import forms
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
from eservice_blocks.registry import registry
from eservice_blocks.services import submit
from eservice_blocks.views import _private, find_eservice_block

from . import drafts
from .conditions import visible_fields, visible_steps
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
    steps = visible_steps(child.value["steps"], draft.answers)
    return {"draft": draft, "page": page, "value": child.value, "token": token, "steps": steps}


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
        return HttpResponseRedirect(reverse("eservice_blocks:application:step", args=[token, 1]))
    _index, current = steps[number - 1]
    questions = visible_fields(current, draft.answers)
    files = drafts.files_by_key(draft)
    from_review = request.GET.get("review") == "1"
    if request.method == "POST":
        form = StepForm(request.POST, request.FILES, questions=questions, files_by_key=files)
        valid = form.is_valid()
        drafts.save_answers(draft, form)
        here = reverse("eservice_blocks:application:step", args=[token, number]) + ("?review=1" if from_review else "")
        if request.POST.get("remove_file"):
            drafts.remove_file(draft, int(request.POST["remove_file"]) if request.POST["remove_file"].isdigit() else 0)
            return HttpResponseRedirect(here)
        if valid:
            if request.POST.get("action") == "save":
                return HttpResponseRedirect(reverse("eservice_blocks:application:saved", args=[token]))
            remaining = visible_steps(child.value["steps"], draft.answers)
            if from_review or number >= len(remaining):
                return HttpResponseRedirect(reverse("eservice_blocks:application:review", args=[token]))
            return HttpResponseRedirect(reverse("eservice_blocks:application:step", args=[token, number + 1]))
        files = drafts.files_by_key(draft)  # the files that passed are attached now
    else:
        form = StepForm(initial=initial_from(draft.answers, questions), questions=questions, files_by_key=files)
    context.update(
        {
            "form": form,
            "step": current,
            "number": number,
            "files": files,
            "from_review": from_review,
            "back_url": reverse("eservice_blocks:application:step", args=[token, number - 1])
            if number > 1
            else page.url,
        }
    )
    status = 400 if form.is_bound and form.errors else 200
    return _private(render(request, "eservice_blocks/application/step.html", context, status=status))


def missing_answers(draft, child) -> list[dict]:
    """Required questions that are visible but unanswered, with the step they are on."""
    files = drafts.files_by_key(draft)
    missing = []
    for number, (_index, step_value) in enumerate(visible_steps(child.value["steps"], draft.answers), start=1):
        for question in visible_fields(step_value, draft.answers):
            key = question.value["key"]
            if not question.value["required"]:
                continue
            answered = (
                bool(files.get(key))
                if question.block_type == "file"
                else draft.answers.get(key)
                not in (
                    None,
                    "",
                    [],
                    False,
                )
            )
            if not answered:
                missing.append({"label": question.value["label"], "number": number})
    return missing


@require_http_methods(["GET", "HEAD", "POST"])
def review(request, token):
    try:
        draft, page, child = _open(token)
    except Expired:
        return _expired(request)
    if draft.submitted_at:
        return _receipt(draft)
    missing = missing_answers(draft, child)
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
    link = request.build_absolute_uri(reverse("eservice_blocks:application:step", args=[token, 1]))
    form = EmailLinkForm(request.POST or None)
    sent = False
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
