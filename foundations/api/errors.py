"""Errors as JSON: `{"detail": ..., "code": ...}`, plus `errors` per field for invalid input.

Nothing under /api/ answers with an HTML page or a stack trace, also not for a URL that does
not exist or an exception no view expected.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"


def form_errors(form) -> dict:
    """A Django form's errors as `{field: [{"message", "code"}]}`; errors of the whole form
    under `non_field_errors`, as DRF names them."""
    result = {}
    for name, errors in form.errors.as_data().items():
        key = "non_field_errors" if name == "__all__" else name
        result[key] = [
            {"message": message, "code": error.code or "invalid"} for error in errors for message in error.messages
        ]
    return result


class InvalidInput(exceptions.APIException):
    """Input that failed validation; `errors` holds the messages per field (translated)."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid"

    def __init__(self, errors: dict, detail=None):
        super().__init__(detail or _("Check the answers marked with an error and send again."))
        self.errors = errors


def _serializer_errors(detail) -> dict:
    """DRF's ValidationError detail in the same shape as form errors."""
    if not isinstance(detail, dict):
        detail = {"non_field_errors": detail if isinstance(detail, list) else [detail]}
    result = {}
    for name, errors in detail.items():
        errors = errors if isinstance(errors, list) else [errors]
        result[name] = [
            {"message": str(error), "code": getattr(error, "code", "invalid")}
            if not isinstance(error, dict | list)
            else {"message": str(error), "code": "invalid"}
            for error in errors
        ]
    return result


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found."))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.NotFound(_("Not found."))
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # an unexpected error: handler500 answers with JSON
    if isinstance(exc, InvalidInput):
        response.data = {"detail": str(exc.detail), "code": "invalid", "errors": exc.errors}
    elif isinstance(exc, exceptions.ValidationError):
        response.data = {
            "detail": _("Some of the values sent are not valid; see errors."),
            "code": "invalid",
            "errors": _serializer_errors(exc.detail),
        }
    else:
        codes = exc.get_codes() if hasattr(exc, "get_codes") else "error"
        response.data = {
            "detail": str(exc.detail) if hasattr(exc, "detail") else str(exc),
            "code": codes if isinstance(codes, str) else "error",
        }
    response["Cache-Control"] = "no-store"
    return response


def _is_api(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


@csrf_exempt
def unknown_endpoint(request, *args, **kwargs):
    """Any other address under /api/, with any method: a JSON 404 (not the CSRF check's 403)."""
    return JsonResponse({"detail": _("Not found."), "code": "not_found"}, status=404)


def page_not_found(request, exception):
    if _is_api(request):
        return JsonResponse({"detail": _("Not found."), "code": "not_found"}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if _is_api(request):
        return JsonResponse(
            {"detail": _("Something went wrong on our side. Try again in a while."), "code": "server_error"},
            status=500,
        )
    return defaults.server_error(request)


def bad_request(request, exception):
    if _is_api(request):
        return JsonResponse({"detail": _("The request could not be read."), "code": "bad_request"}, status=400)
    return defaults.bad_request(request, exception)
