"""What every API view shares: the language of the answer, ETags and Cache-Control on content,
rate limits on writes (the same budgets as the HTML forms), and pagination."""

import hashlib

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle

from foundations.ratelimit import allow

LOCALE_PARAMETER = OpenApiParameter(
    "locale",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=[code for code, _name in settings.LANGUAGES],
    description="Language of the content, labels and messages (default: the site's default language).",
)

PAGINATION_PARAMETERS = [
    OpenApiParameter("page", {"type": "integer", "minimum": 1}, OpenApiParameter.QUERY),
    OpenApiParameter(
        "page_size",
        {"type": "integer", "minimum": 1, "maximum": 100},
        OpenApiParameter.QUERY,
        description="At most 100.",
    ),
]


def requested_language(request) -> str:
    """The language asked for with `?locale=`, else the site's default; 400 for one we lack."""
    code = request.query_params.get("locale") if hasattr(request, "query_params") else request.GET.get("locale")
    languages = [language for language, _name in settings.LANGUAGES]
    if code is None:
        return settings.LANGUAGE_CODE
    if code not in languages:
        raise exceptions.ValidationError({"locale": [_("Choose one of: %s.") % ", ".join(languages)]})
    return code


class LanguageMixin:
    """Activates the requested language for the view, and says which one answered."""

    def initial(self, request, *args, **kwargs):
        translation.activate(settings.LANGUAGE_CODE)
        self.language = requested_language(request)
        translation.activate(self.language)
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Content-Language"] = getattr(self, "language", settings.LANGUAGE_CODE)
        return response


class ContentCachingMixin(LanguageMixin):
    """Public content: an ETag from the body and `Cache-Control: public`. A client that sends the
    ETag back in If-None-Match gets 304 Not Modified without the body."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != status.HTTP_200_OK:
            return response
        response.render()
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        response["Cache-Control"] = f"public, max-age={settings.API_CONTENT_MAX_AGE}"
        patch_vary_headers(response, ["Accept-Encoding"])
        if etag in _etags(request.headers.get("If-None-Match", "")):
            not_modified = Response(status=status.HTTP_304_NOT_MODIFIED)
            for header in ("ETag", "Cache-Control", "Content-Language", "Vary"):
                if header in response:
                    not_modified[header] = response[header]
            not_modified.accepted_renderer = response.accepted_renderer
            not_modified.accepted_media_type = response.accepted_media_type
            not_modified.renderer_context = response.renderer_context
            return not_modified
        return response


def _etags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


class PrivateMixin(LanguageMixin):
    """A citizen's own data (a case): never stored by a cache or sent on as a Referer."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["Referrer-Policy"] = "no-referrer"
        return response


class ClientRateThrottle(BaseThrottle):
    """A budget per client address and minute, shared with the HTML views of the same scope (a
    client cannot double it by switching channel). The view names the scope in
    `rate_limit_scope` and the setting holding the budget in `rate_limit_setting`; reads are
    counted only when the view sets `rate_limit_reads`."""

    def allow_request(self, request, view):
        scope = getattr(view, "rate_limit_scope", "")
        if not scope:
            return True
        if request.method in ("GET", "HEAD", "OPTIONS") and not getattr(view, "rate_limit_reads", False):
            return True
        return allow(request, scope, getattr(settings, view.rate_limit_setting))

    def wait(self):
        return 60


class Pagination(PageNumberPagination):
    """`?page=` and `?page_size=` (at most 100); `count`, `next` and `previous` with each page."""

    page_size_query_param = "page_size"
    max_page_size = 100
