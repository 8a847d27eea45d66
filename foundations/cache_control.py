"""Which responses the frontend cache (Varnish, deploy/varnish/) may keep, and for how long.

Only what is the same for everyone: an anonymous GET whose response set no cookie, used no CSRF
token, read no session data, holds nothing made for it alone (`unique_response`) and is a page,
a redirect or a not-found. A form's per-visitor part (its idempotency key) can be left to the
cache to fill in with an Edge Side Include when the cache says it can (`fills_in_includes`). Those are
`public` for the cache (FRONTEND_CACHE_SECONDS; publishing purges them sooner) and revalidated
by browsers every time. Everything else is `private, no-cache`. Views that set their own
Cache-Control (case pages, search, the API) keep it.

Content that changes by itself shortens the time: an app registers a limit for what every page
shows (an important message starting or ending, `register_limit`), and a page that changes at a
known moment (a place opening) says so with `keep_until(request, moment)`.
"""

import math
from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.utils import timezone

CACHEABLE_STATUS = {200, 301, 404, 410}
NEVER = ("/admin/", "/django-admin/", "/documents/", "/health/")
NOT_FOUND_SECONDS = 60
#: Where a page's own limit is kept on the request.
REQUEST_ATTRIBUTE = "frontend_cache_until"
#: Set on a request whose response holds something made for this one response.
UNIQUE_ATTRIBUTE = "frontend_cache_unique"
#: Set on a request whose response holds Edge Side Includes for the frontend cache to fill in.
ESI_ATTRIBUTE = "frontend_cache_esi"
#: What the frontend cache says it can do (deploy/varnish/): fill in `<esi:include>` tags.
ESI = "ESI/1.0"

_limits: list[Callable[[], float | None]] = []


def register_limit(seconds_until_change: Callable[[], float | None]):
    """Register a function that says in how many seconds what every page shows changes (None:
    not foreseen). Usable as a decorator."""
    if seconds_until_change not in _limits:
        _limits.append(seconds_until_change)
    return seconds_until_change


def keep_until(request, moment: datetime | None) -> None:
    """The page being served changes by itself at `moment`: keep it no longer than that."""
    if moment is None:
        return
    current = getattr(request, REQUEST_ATTRIBUTE, None)
    setattr(request, REQUEST_ATTRIBUTE, moment if current is None else min(current, moment))


def fills_in_includes(request) -> bool:
    """Whether the frontend cache in front of this request fills in `<esi:include>` tags."""
    return ESI in request.META.get("HTTP_SURROGATE_CAPABILITY", "")


def unique_response(request) -> None:
    """The response being built holds something made for it alone (a form's idempotency key)."""
    setattr(request, UNIQUE_ATTRIBUTE, True)


def includes_fragments(request) -> None:
    """The response being built holds `<esi:include>` tags for the frontend cache."""
    setattr(request, ESI_ATTRIBUTE, True)


def same_for_everyone(request, response) -> bool:
    if request.method not in ("GET", "HEAD") or response.status_code not in CACHEABLE_STATUS:
        return False
    if getattr(request, UNIQUE_ATTRIBUTE, False):
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a form's CSRF token, a new session, a language cookie
    session = getattr(request, "session", None)
    if session is not None and session.accessed and not session.is_empty():
        return False  # a signed-in citizen's or an editor's page
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def shared_seconds(request, response) -> float:
    """How long the frontend cache may keep this response."""
    seconds = settings.FRONTEND_CACHE_SECONDS if response.status_code != 404 else NOT_FOUND_SECONDS
    for limit in _limits:
        change = limit()
        if change is not None:
            seconds = min(seconds, max(1, change))
    until = getattr(request, REQUEST_ATTRIBUTE, None)
    if until is not None and response.status_code == 200:
        seconds = min(seconds, (until - timezone.now()).total_seconds())
    return seconds


class FrontendCacheMiddleware:
    """Sets Cache-Control on every response that has none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, ESI_ATTRIBUTE, False):
            response["Surrogate-Control"] = f'content="{ESI}"'  # Varnish fills in the includes
        if "Cache-Control" in response or request.path_info.startswith(NEVER):
            return response
        seconds = math.floor(shared_seconds(request, response)) if same_for_everyone(request, response) else 0
        if seconds > 0:
            response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"
        else:
            response["Cache-Control"] = "private, no-cache"
        return response
