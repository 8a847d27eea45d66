"""Sign-in and sign-out of citizens. All work without JavaScript."""

import logging

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST

from foundations.ratelimit import allow
from foundations.responses import private, too_many_requests

from . import session
from .providers import SignInFailed, registry
from .providers.development import TEST_PERSONS

logger = logging.getLogger(__name__)

PENDING_KEY = "citizen_sign_in"
ENDED_NOTICES = {
    "idle": _("You were signed out because you were inactive for a while. Sign in again to continue."),
    "expired": _("Your session has ended. Sign in again to continue."),
    "everywhere": _("You have been signed out on all your devices. Sign in again to continue."),
    # Signed out for inactivity, and what the citizen sent just after was kept for them.
    "kept": _(
        "You were signed out because you were inactive for a while. "
        "What you sent is saved: sign in again and continue where you were."
    ),
}


def _safe_next(request, candidate: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("mina_sidor:overview")


def _sign_in_page(request, *, next_url: str, error=None, status=200):
    ended = request.session.pop(session.ENDED_KEY, None)
    if request.session.pop(session.KEPT_KEY, False):
        ended = "kept"
    notice = ENDED_NOTICES.get(ended, "")
    context = {
        "providers": registry.enabled(),
        "next_url": next_url,
        "error": error,
        "notice": notice,
        "idle_minutes": settings.CITIZEN_IDLE_MINUTES,
    }
    return private(render(request, "citizens/sign_in.html", context, status=status))


@require_http_methods(["GET", "HEAD"])
def sign_in(request):
    next_url = _safe_next(request, request.GET.get("next", ""))
    if request.citizen:
        return HttpResponseRedirect(next_url)
    return _sign_in_page(request, next_url=next_url)


@require_http_methods(["GET", "HEAD"])
def begin(request, provider_id):
    try:
        provider = registry.get(provider_id)
    except LookupError:
        raise Http404 from None
    if not allow(request, "sign-in", settings.CITIZEN_SIGN_INS_PER_MINUTE):
        return too_many_requests(request)
    next_url = _safe_next(request, request.GET.get("next", ""))
    request.session[PENDING_KEY] = {"next": next_url, "language": translation.get_language()}
    callback_url = request.build_absolute_uri(reverse("citizen_sign_in_callback", args=[provider.id]))
    try:
        return private(provider.begin(request, callback_url))
    except SignInFailed as failed:
        logger.warning("Sign-in with %s could not start: %s", provider.id, failed.detail)
        return _sign_in_page(request, next_url=next_url, error=failed.message, status=503)


@require_http_methods(["GET", "POST"])
def callback(request, provider_id):
    """Where the identification comes back (outside the language prefixes: one address to
    register with the broker). Continues in the language the citizen started in."""
    pending = request.session.get(PENDING_KEY) or {}
    language = pending.get("language") or settings.LANGUAGE_CODE
    translation.activate(language)
    request.LANGUAGE_CODE = language
    next_url = _safe_next(request, pending.get("next", ""))
    try:
        provider = registry.get(provider_id)
    except LookupError:
        raise Http404 from None
    try:
        identity = provider.complete(request)
    except SignInFailed as failed:
        logger.warning("Sign-in with %s failed: %s", provider.id, failed.detail)
        return _sign_in_page(request, next_url=next_url, error=failed.message, status=400)
    session.sign_in(request, identity)
    return private(HttpResponseRedirect(next_url))


@require_http_methods(["GET", "HEAD"])
def development_sign_in(request):
    try:
        provider = registry.get("development")
    except LookupError:
        raise Http404 from None
    context = {
        "provider": provider,
        "persons": TEST_PERSONS,
        "action": reverse("citizen_sign_in_callback", args=[provider.id]),
    }
    return private(render(request, "citizens/development_sign_in.html", context))


SIGN_OUT_STATE_SALT = "citizens.sign-out"
#: How long the broker may take to send the citizen back after signing out there.
SIGN_OUT_STATE_SECONDS = 15 * 60


def _signed_out_response(request, ended: session.EndedSession, *, everywhere: bool):
    """To the signed-out page: through the provider first when it has a session to end, and
    back by the fixed return address (it must be registered with the provider, so it carries
    no language prefix; the language travels in the signed state)."""
    state = signing.dumps({"language": translation.get_language(), "everywhere": everywhere}, salt=SIGN_OUT_STATE_SALT)
    try:
        provider = registry.get(ended.provider) if ended.provider else None
    except LookupError:
        provider = None
    if provider is not None:
        return_url = request.build_absolute_uri(reverse("citizen_signed_out_return"))
        url = provider.sign_out_url(request, return_url, state)
        if url:
            return HttpResponseRedirect(url)
    return HttpResponseRedirect(_signed_out_url(everywhere))


def _signed_out_url(everywhere: bool) -> str:
    return reverse("citizens:signed_out") + ("?everywhere=1" if everywhere else "")


@require_POST
def sign_out(request):
    return _signed_out_response(request, session.sign_out(request), everywhere=False)


@require_POST
def sign_out_everywhere(request):
    return _signed_out_response(request, session.sign_out_everywhere(request), everywhere=True)


@require_http_methods(["GET", "HEAD"])
def signed_out_return(request):
    """Where the provider sends the citizen back after signing out there: on to the signed-out
    page in the citizen's language (a missing or forged state gives the default language)."""
    try:
        state = signing.loads(request.GET.get("state", ""), salt=SIGN_OUT_STATE_SALT, max_age=SIGN_OUT_STATE_SECONDS)
    except signing.BadSignature:
        state = {}
    language = state.get("language") if state.get("language") in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        return HttpResponseRedirect(_signed_out_url(bool(state.get("everywhere"))))


@require_http_methods(["GET", "HEAD"])
def signed_out(request):
    context = {"everywhere": request.GET.get("everywhere") == "1"}
    return private(render(request, "citizens/signed_out.html", context))
