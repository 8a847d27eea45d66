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
