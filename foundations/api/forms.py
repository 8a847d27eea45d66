"""Input for a Django form from an API request: the same fields and files the web form gets
from `request.POST` and `request.FILES`, whether the client sent JSON or a multipart form."""

from django.http import QueryDict
from rest_framework import exceptions


def form_input(request, not_a_form_message) -> tuple[dict, object]:
    """The submitted fields and the uploaded files; a ParseError with `not_a_form_message` when
    the body is neither a JSON object nor a form."""
    data = request.data
    if not hasattr(data, "getlist") and not isinstance(data, dict):
        raise exceptions.ParseError(not_a_form_message)
    if not hasattr(data, "getlist"):
        # JSON: numbers and booleans as the form fields read them from a web form.
        return {key: _as_form_value(value) for key, value in data.items()}, request.FILES
    # DRF's multipart `request.data` holds the uploaded files too. `QueryDict.copy()` deep-copies
    # them, and a file spooled to disk (over FILE_UPLOAD_MAX_MEMORY_SIZE) cannot be copied: so
    # the text fields are taken on their own, and the files from `request.FILES` untouched.
    fields = QueryDict(mutable=True)
    for key, values in data.lists():
        if key not in request.FILES:
            fields.setlist(key, [value for value in values if isinstance(value, str)])
    return fields, request.FILES


def _as_form_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return [str(item) for item in value]
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
