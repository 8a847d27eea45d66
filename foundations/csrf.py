"""Cross-site request forgery: a form needs no token when the browser says it came from our pages.

Browsers mark every POST with where it came from: `Sec-Fetch-Site` (fetch metadata) and
`Origin`, or at least a `Referer`; a page on another site cannot set or forge them. A POST that
one of them places on this site is accepted without a CSRF token, so a page with a form needs no
per-visitor token and can be kept by the frontend cache like any other page. A POST that names
another site is refused, and one that names none at all (an old browser that sends no `Origin`,
a client that sends nothing) must carry Django's token as before.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


DEFAULT_PORTS = {"http": ":80", "https": ":443"}


def _without_default_port(scheme: str, host: str) -> str:
    return host.removesuffix(DEFAULT_PORTS.get(scheme, "")).lower()


def _our_origin(request, url: str) -> bool:
    if not url or url == "null":
        return False
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" in settings.CSRF_TRUSTED_ORIGINS:
        return True
    ours = _without_default_port(request.scheme, request.get_host())
    return parts.scheme == request.scheme and _without_default_port(parts.scheme, parts.netloc) == ours


def same_origin(request) -> bool:
    """Whether the browser says this request comes from a page of this site."""
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site is not None and fetch_site != "same-origin":
        return False  # cross-site, same-site (another subdomain) or typed by hand ("none")
    origin = request.META.get("HTTP_ORIGIN")
    if origin is not None:
        return _our_origin(request, origin)
    if fetch_site == "same-origin":
        return True
    return _our_origin(request, request.META.get("HTTP_REFERER", ""))


class OriginCsrfViewMiddleware(CsrfViewMiddleware):
    """Django's CSRF check, which a POST the browser places on this site passes without a token."""

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if request.method not in SAFE_METHODS and same_origin(request):
            request.csrf_processing_done = True  # Django's own flag: checked, nothing more to do
        return super().process_view(request, callback, callback_args, callback_kwargs)
