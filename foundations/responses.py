"""Response helpers every app shares: headers for pages meant for one person, and the page that
says a client has sent too much too fast."""

from django.http import HttpResponse
from django.shortcuts import render

RETRY_AFTER_SECONDS = 60


def private(response: HttpResponse) -> HttpResponse:
    """A page for one person (a case, a receipt, a sign-in): never indexed or cached, and its
    address (which may hold a token) never sent to other sites as a Referer. Same-origin
    referrers stay, so that forms on it pass the CSRF origin check."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "same-origin"
    return response


def too_many_requests(request, context: dict | None = None) -> HttpResponse:
    """429 with the "wait a minute" page, in the request's language; with `continue_url` in the
    context, a link back to where the client was."""
    response = render(request, "foundations/too_many_requests.html", context or {}, status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return private(response)
