"""The citizen's pages of a draft: one step at a time, the review, and "saved for later"."""

from functools import partial, wraps
from types import SimpleNamespace

from django import forms
from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from eservice_blocks.blocks import find_eservice_block
from eservice_blocks.identification import IdentificationRequired, signed_in_citizen
from eservice_blocks.registry import registry
from eservice_blocks.services import case_for_key, submit
from foundations.ratelimit import allow
from foundations.responses import private
from notifications.outbox import notify

from . import drafts, signed_out
from .conditions import plan
from .forms import StepForm, initial_from, lock_applicant_fields


class EmailLinkForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class Expired(Exception):
    pass


class NotSignedIn(Exception):
    """A signed-in citizen's draft opened without a sign-in (never signed in, or signed out)."""

    def __init__(self, draft):
        super().__init__()
        self.draft = draft


class SomeoneElses(Exception):
    """A signed-in citizen's draft opened by another signed-in citizen."""


def _open(token, request=None):
    draft = drafts.load(token)
    if draft is None:
        raise Expired
    if draft.identity_hash:
        citizen = signed_in_citizen(request)
        if citizen is None:
            raise NotSignedIn(draft)
        if citizen.identity_hash != draft.identity_hash:
            # Not to the sign-in page: it sends a signed-in citizen straight back here.
            raise SomeoneElses
    page = draft.page.specific
    child = find_eservice_block(page, draft.block_id)
    if child is None:
        raise Expired
    return draft, page, child


def _sign_in_first(request):
    """The draft belongs to a signed-in citizen: the same person must sign in to open it."""
    query = urlencode({"next": request.get_full_path()})
    return HttpResponseRedirect(f"{reverse('citizens:sign_in')}?{query}")


def opened(view=None, *, keeps_signed_out_step=False):
    """Open the draft of the URL's token for the view, or answer for an expired draft, a draft
    of someone who is not signed in, or a draft of someone else. With `keeps_signed_out_step`
    a step posted just after its owner was signed out is kept (`signed_out.keep_step`)."""
    if view is None:
        return partial(opened, keeps_signed_out_step=keeps_signed_out_step)

    @wraps(view)
    def wrapped(request, token, *args, **kwargs):
        try:
            draft, page, child = _open(token, request)
        except Expired:
            return _expired(request)
        except SomeoneElses:
            return private(render(request, "eservice_blocks/application/someone_elses.html", status=403))
        except NotSignedIn as refused:
            if request.method == "POST" and keeps_signed_out_step:
                signed_out.keep_step(request, refused.draft, kwargs.get("number", 0))
            return _sign_in_first(request)
        return view(request, token, draft, page, child, *args, **kwargs)

    return wrapped


def _expired(request):
    return private(render(request, "eservice_blocks/application/expired.html", status=404))


def _receipt(request, draft):
    case = case_for_key(drafts.idempotency_key(draft))
    if case is None:  # the case's personal data is gone, or it never was: the link is spent
        return _expired(request)
    return HttpResponseRedirect(reverse("eservice_blocks:receipt", args=[case.access_token]))


def _base_context(draft, page, child, token):
    steps = plan(child.value["steps"], draft.answers)
    return {"draft": draft, "page": page, "value": child.value, "token": token, "steps": steps}


def _step_url(token, number, from_review=False):
    url = reverse("eservice_blocks:application:step", args=[token, number])
    return url + "?review=1" if from_review else url


_leave_off_at = drafts.leave_off_at


@require_http_methods(["GET", "HEAD"])
@opened
def resume(request, token, draft, _page, child):
    """The link the citizen keeps: back to where they left off."""
    if draft.submitted_at:
        return _receipt(request, draft)
    if draft.current_step > len(plan(child.value["steps"], draft.answers)):
        return HttpResponseRedirect(reverse("eservice_blocks:application:review", args=[token]))
    return HttpResponseRedirect(_step_url(token, max(draft.current_step, 1)))


@require_http_methods(["GET", "HEAD", "POST"])
@opened(keeps_signed_out_step=True)
def step(request, token, draft, page, child, number):
    if draft.submitted_at:
        return _receipt(request, draft)
    context = _base_context(draft, page, child, token)
    steps = context["steps"]
    if not 1 <= number <= len(steps):
        return HttpResponseRedirect(_step_url(token, 1))
    current = steps[number - 1]
    files = drafts.files_by_key(draft)
    # Only the draft's owner gets here with a citizen: the e-identification fills in their name
    # and number. Someone signed in with an anonymous draft's link gets nothing filled in.
    citizen = signed_in_citizen(request) if draft.identity_hash else None
    from_review = request.GET.get("review") == "1"
    if request.method == "POST":
        form = StepForm(request.POST, request.FILES, questions=current.questions, files_by_key=files)
        lock_applicant_fields(form, citizen)
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
        lock_applicant_fields(form, citizen)
    context.update(
        {
            "form": form,
            "step": current.step,
            "number": number,
            "files": files,
            "from_review": from_review,
            "session_ends_at": signed_out.session_ends_at(request) if citizen else None,
            "back_url": reverse("eservice_blocks:application:review", args=[token])
            if from_review
            else (_step_url(token, number - 1) if number > 1 else page.url),
        }
    )
    status = 400 if form.is_bound and form.errors else 200
    return private(render(request, "eservice_blocks/application/step.html", context, status=status))


@require_http_methods(["GET", "HEAD", "POST"])
@opened
def review(request, token, draft, page, child):
    if draft.submitted_at:
        return _receipt(request, draft)
    missing = drafts.missing_answers(draft, child.value["steps"])
    if request.method == "POST" and not missing:
        plugin = registry.get("application")
        form = SimpleNamespace(cleaned_data={"idempotency_key": drafts.idempotency_key(draft), "draft": draft})
        citizen = signed_in_citizen(request) if draft.identity_hash else None
        try:
            with transaction.atomic():
                submit(plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id, citizen=citizen)
                drafts.finish(draft)
        except IdentificationRequired:
            return _sign_in_first(request)
        return _receipt(request, draft)
    context = _base_context(draft, page, child, token)
    context.update({"review": drafts.review(draft, child.value["steps"]), "missing": missing})
    status = 400 if request.method == "POST" else 200
    return private(render(request, "eservice_blocks/application/review.html", context, status=status))


@require_http_methods(["GET", "HEAD", "POST"])
@opened
def saved(request, token, draft, page, child):
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
            notify(
                "application_draft_link",
                form.cleaned_data["email"],
                language=translation.get_language() or "sv",
                # Secret: removed from the outbox once the e-mail is sent.
                context={"secret_draft_url": link, "title": str(child.value["title"])},
            )
        sent = True
        form = EmailLinkForm()
    context = _base_context(draft, page, child, token)
    context.update({"link": link, "form": form, "sent": sent, "expires_at": draft.expires_at})
    status = 400 if form.is_bound and form.errors else 200
    return private(render(request, "eservice_blocks/application/saved.html", context, status=status))


@require_http_methods(["GET", "HEAD"])
def continue_draft(request, draft_id):
    """From Mina sidor: the signed-in owner's draft, at its link. Anyone else gets a 404."""
    citizen = signed_in_citizen(request)
    if citizen is None:
        return _sign_in_first(request)
    draft = drafts.of_citizen(citizen.identity_hash).filter(pk=draft_id).exclude(token_seed="").first()
    if draft is None:
        raise Http404
    return HttpResponseRedirect(reverse("eservice_blocks:application:resume", args=[drafts.token_for(draft)]))


@require_http_methods(["POST"])
def delete_draft(request, draft_id):
    """From Mina sidor: throw away a draft and its files."""
    citizen = signed_in_citizen(request)
    if citizen is None:
        return _sign_in_first(request)
    draft = drafts.of_citizen(citizen.identity_hash).filter(pk=draft_id).first()
    if draft is None:
        raise Http404
    drafts.discard(draft)
    return HttpResponseRedirect(reverse("mina_sidor:overview") + "?draft_deleted=1#drafts")
