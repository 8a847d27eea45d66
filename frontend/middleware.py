"""Response headers for the public site that Django's SecurityMiddleware does not set."""

from csp.utils import build_policy
from django.conf import settings


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response.

    Our policy is the same for every response (the site runs no inline script that would need a
    nonce), so it is built once with django-csp's policy builder instead of on each request.
    The admin, excluded by prefix, runs Wagtail's own UI and gets no policy from us.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        config = dict(getattr(settings, "CONTENT_SECURITY_POLICY", {}) or {})
        self.excluded_prefixes = tuple(config.pop("EXCLUDE_URL_PREFIXES", ()))
        self.content_security_policy = build_policy(config=config.get("DIRECTIVES", {})) if config else ""
        self.permissions_policy = getattr(settings, "PERMISSIONS_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.content_security_policy and not request.path_info.startswith(self.excluded_prefixes):
            response.headers.setdefault("Content-Security-Policy", self.content_security_policy)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response


class FrontendCacheMiddleware:
    """Says which responses the frontend cache (Varnish, deploy/varnish/) may keep.

    Only what is the same for everyone: an anonymous GET whose response set no cookie, used no
    CSRF token (no form), read no session data and is a page, a redirect or a not-found. Those
    are `public` for the cache (FRONTEND_CACHE_SECONDS; publishing purges them sooner) and
    revalidated by browsers every time. Everything else is `private, no-cache`. Views that set
    their own Cache-Control (case pages, search, the API) keep it.
    """

    CACHEABLE_STATUS = {200, 301, 404, 410}
    NEVER = ("/admin/", "/django-admin/", "/documents/", "/health/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response or request.path_info.startswith(self.NEVER):
            return response
        if self._same_for_everyone(request, response):
            seconds = settings.FRONTEND_CACHE_SECONDS if response.status_code != 404 else 60
            # Every page carries the important messages: keep it only until one starts or ends.
            from alerts.current import seconds_until_change

            change = seconds_until_change()
            if change is not None:
                seconds = max(1, min(seconds, int(change)))
            response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"
        else:
            response["Cache-Control"] = "private, no-cache"
        return response

    def _same_for_everyone(self, request, response) -> bool:
        if request.method not in ("GET", "HEAD") or response.status_code not in self.CACHEABLE_STATUS:
            return False
        if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False  # a form's CSRF token, a new session, a language cookie
        session = getattr(request, "session", None)
        if session is not None and session.accessed and not session.is_empty():
            return False  # a signed-in citizen's or an editor's page
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)
