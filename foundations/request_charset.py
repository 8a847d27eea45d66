"""Requests are read as UTF-8, or refused.

Django decodes the query string, form fields and multipart parts with whatever charset the
request's Content-Type names, and accepts any codec Python knows. `charset=unicode_escape` turns
the text `\\ud800` into a lone surrogate, which then fails when it is stored or shown (a 500),
and other codecs turn harmless bytes into any character at all. Our pages and the API only ever
send UTF-8 (JSON must be UTF-8, RFC 8259), so a request that declares another charset is refused
here, before anything reads its data, with a 400 in the visitor's language. UTF-8 decoding
itself never yields a lone surrogate: broken bytes become U+FFFD.
"""

import codecs

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from .responses import private

#: Charsets read as they are: UTF-8 and its subset ASCII.
ACCEPTED = {"utf-8", "ascii"}
API_PREFIX = "/api/"


def declared_charset(request) -> str | None:
    """The charset the request's Content-Type names (normalised), or None when it names none."""
    charset = request.content_params.get("charset") if hasattr(request, "content_params") else None
    if charset is None:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return charset.lower()


def _api_language(request) -> str | None:
    """The API answers in the language of `?locale=` when it names one of ours."""
    code = request.GET.get("locale")
    return code if code in dict(settings.LANGUAGES) else None


class Utf8RequestMiddleware:
    """Refuses a request whose Content-Type names a charset other than UTF-8 (see above).

    Sits after LocaleMiddleware, so that the refusal is in the visitor's language, and before
    anything that reads the request's data (the CSRF check reads form fields)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        charset = declared_charset(request)
        if charset is None or charset in ACCEPTED:
            return self.get_response(request)
        # Read the query string as UTF-8 too, so that `?locale=` cannot carry the same trick.
        request.encoding = "utf-8"
        if request.path_info.startswith(API_PREFIX):
            with translation.override(_api_language(request) or translation.get_language()):
                message = _("Send the request as UTF-8: other character sets are not accepted.")
            response = JsonResponse({"detail": message, "code": "unsupported_charset"}, status=400)
            response["Cache-Control"] = "no-store"
            return response
        return private(render(request, "foundations/bad_request.html", status=400))
