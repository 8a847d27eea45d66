"""E-service endpoints: the installed types, one e-service's form schema, and its submissions.

Everything goes through the plugin registry and the plugin hooks (`api_form`, `api_submit`,
`api_details`), so a new e-service type appears here without API code.
"""

import hashlib
import uuid

from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from eservice_blocks.base import SubmissionRejected
from eservice_blocks.blocks import find_eservice_block
from eservice_blocks.idempotency import KEY_REUSED_MESSAGE, KeyReused
from eservice_blocks.identification import requires_identification
from eservice_blocks.registry import registry
from eservice_blocks.services import submit
from foundations.api.conventions import LOCALE_PARAMETER, ContentCachingMixin, PrivateMixin
from foundations.api.errors import InvalidInput, form_errors
from foundations.api.forms import form_input
from foundations.api.links import absolute, page_link_unchecked
from foundations.api.schema import component, ref
from foundations.pages import NotTranslated, public_page

from .cases import CASE_SCHEMA_NAME, case_representation
from .submission_schema import SUBMISSION, component_name

IDEMPOTENCY_HEADER = OpenApiParameter(
    "Idempotency-Key",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description=(
        "Any unique string of your choice (a UUID). Sending the same submission again with the same key "
        "returns the case already created instead of a second one. The key is bound to the e-service and "
        "to the answers and files first sent with it: the same key with anything else is refused (422, "
        "code `idempotency_key_reused`)."
    ),
)


class IdempotencyKeyReused(exceptions.APIException):
    """The Idempotency-Key came before with another submission: nothing is stored, and the
    other case is never shown."""

    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_code = "idempotency_key_reused"

    def __init__(self):
        super().__init__(_("%(message)s Send it with a new Idempotency-Key.") % {"message": KEY_REUSED_MESSAGE})


class IdentificationRequiredError(exceptions.PermissionDenied):
    default_detail = "This e-service requires sign-in with e-identification; use it on the web site."
    default_code = "identification_required"

    def __init__(self):
        super().__init__(_("This e-service requires sign-in with e-identification; use it on the web site."))


def eservice_or_404(page_id: int, block_id: str, language: str | None):
    """The live, public page and the e-service block on it, in `language` when asked for."""
    try:
        page = public_page(page_id, language)
    except NotTranslated:
        page = None
    if page is None:
        raise Http404
    child = find_eservice_block(page, block_id)
    if child is None or child.block.meta.plugin_id not in registry:
        raise Http404
    return page, child


class EServiceTypeListView(ContentCachingMixin, APIView):
    """The installed e-service types (plugins)."""

    @extend_schema(
        parameters=[LOCALE_PARAMETER], responses={200: ref("EServiceTypeList")}, operation_id="eservice_types"
    )
    def get(self, request):
        return Response(
            [
                {"id": plugin.id, "label": str(plugin.label), "submission_schema": component_name(plugin)}
                for plugin in registry
            ]
        )


class EServiceDetailView(ContentCachingMixin, APIView):
    """One e-service: what it is, the JSON Schema of its form, and where to submit it."""

    @extend_schema(
        parameters=[LOCALE_PARAMETER], responses={200: ref("EService"), 404: ref("Error")}, operation_id="eservice"
    )
    def get(self, request, page_id, block_id):
        page, child = eservice_or_404(page_id, block_id, request.query_params.get("locale"))
        self.language = page.locale.language_code
        with translation.override(self.language):
            return Response(describe(page, child, request))


def describe(page, child, request) -> dict:
    plugin = child.block.plugin
    value = child.value
    context = {"request": request}
    return {
        "eservice_type": plugin.id,
        "eservice_type_label": str(plugin.label),
        "block_id": child.id,
        "page": page_link_unchecked(page, context),
        "title": str(value.get("title") or ""),
        "intro": str(value.get("intro") or ""),
        "expected_lead_time_days": value.get("expected_lead_time_days"),
        "requires_identification": requires_identification(value),
        "form": plugin.json_schema(value),
        "details": plugin.api_details(value, request),
        "submit_url": absolute(context, reverse("api:eservice-submit", args=[page.pk, child.id])),
    }


def form_data(request) -> tuple[dict, object]:
    """The submitted fields and files, from a JSON object or a multipart form."""
    return form_input(request, _("Send the answers as a JSON object or as a multipart form."))


def idempotency_key(request) -> str:
    """The form's key derived from the client's Idempotency-Key (any string), or a fresh one."""
    given = request.headers.get("Idempotency-Key", "").strip()
    if not given:
        return uuid.uuid4().hex
    return hashlib.sha256(f"api:{given}".encode()).hexdigest()[:32]


class SubmissionView(PrivateMixin, APIView):
    """Submit an e-service: the same checks and messages as the web form. The answer carries the
    case's reference and the citizen's access token (shown once: keep it)."""

    rate_limit_scope = "submit"
    rate_limit_setting = "ESERVICE_SUBMISSIONS_PER_MINUTE"

    @extend_schema(
        parameters=[LOCALE_PARAMETER, IDEMPOTENCY_HEADER],
        request={"application/json": ref(SUBMISSION), "multipart/form-data": ref(SUBMISSION)},
        responses={
            201: ref("Submission"),
            200: ref("Submission"),
            400: ref("Error"),
            403: ref("Error"),
            404: ref("Error"),
            422: ref("Error"),
            429: ref("Error"),
        },
        operation_id="eservice_submit",
        description=(
            "The fields are those of the e-service's `form` schema; files go in a multipart form. The body "
            "is one of the `<Type>EServiceSubmission` components, the one of the e-service's type."
        ),
    )
    def post(self, request, page_id, block_id):
        page, child = eservice_or_404(page_id, block_id, request.query_params.get("locale"))
        # Messages in the language of the page the e-service is on (or the one asked for).
        self.language = page.locale.language_code
        translation.activate(self.language)
        plugin = child.block.plugin
        if requires_identification(child.value):
            raise IdentificationRequiredError
        data, files = form_data(request)
        data["idempotency_key"] = idempotency_key(request)
        form = plugin.api_form(child.value, data, files)
        if not form.is_valid():
            raise InvalidInput(form_errors(form))
        try:
            with transaction.atomic():
                result = plugin.api_submit(form=form, page=page, child=child) or submit(
                    plugin=plugin, form=form, block_value=child.value, page=page, block_id=child.id
                )
        except SubmissionRejected as rejected:
            form.add_error(rejected.field, rejected.message)
            raise InvalidInput(form_errors(form)) from None
        except KeyReused:
            raise IdempotencyKeyReused from None
        body = {
            "reference": result.case.reference,
            "access_token": result.access_token,
            "created": result.created,
            "case_url": absolute({"request": request}, reverse("eservice_blocks:case", args=[result.access_token])),
            "case": case_representation(result.case, request),
        }
        return Response(body, status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


component(
    "EServiceTypeList",
    {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "label": {"type": "string"},
                "submission_schema": {
                    "type": "string",
                    "description": "The name of the type's submission component in this schema.",
                },
            },
            "required": ["id", "label", "submission_schema"],
        },
    },
)
component(
    "EService",
    {
        "type": "object",
        "properties": {
            "eservice_type": {"type": "string"},
            "eservice_type_label": {"type": "string"},
            "block_id": {"type": "string"},
            "page": ref("PageLink"),
            "title": {"type": "string"},
            "intro": {"type": "string"},
            "expected_lead_time_days": {"type": "integer", "nullable": True},
            "requires_identification": {
                "type": "boolean",
                "description": (
                    "The citizen must sign in with e-identification on the web site; the API does not "
                    "take submissions for it (403, code `identification_required`)."
                ),
            },
            "form": {
                "type": "object",
                "description": (
                    "JSON Schema of the form: `properties` with title, description, type, format, enum with "
                    "`x-enum-labels`, limits; `required`. File fields are arrays of binary with `x-accept` "
                    "and `x-max-bytes`."
                ),
                "additionalProperties": True,
            },
            "details": {
                "type": "object",
                "description": "What the e-service type adds, such as the free times of a booking.",
                "additionalProperties": True,
            },
            "submit_url": {"type": "string", "format": "uri"},
        },
        "required": [
            "eservice_type",
            "eservice_type_label",
            "block_id",
            "page",
            "title",
            "intro",
            "expected_lead_time_days",
            "requires_identification",
            "form",
            "details",
            "submit_url",
        ],
    },
)
component(
    "Submission",
    {
        "type": "object",
        "properties": {
            "reference": {"type": "string", "description": "For phone calls; it does not open the case."},
            "access_token": {
                "type": "string",
                "description": "The citizen's key to the case: send it as `Authorization: Bearer <token>`.",
            },
            "created": {"type": "boolean", "description": "False when the Idempotency-Key was used before."},
            "case_url": {"type": "string", "format": "uri", "description": "The case page on the web site."},
            "case": ref(CASE_SCHEMA_NAME),
        },
        "required": ["reference", "access_token", "created", "case_url", "case"],
    },
)
