"""The citizen's case through the API: the access token from the submission opens it
(`Authorization: Bearer <token>`), as the case link does on the web."""

from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import extend_schema
from rest_framework import authentication, exceptions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from eservice_blocks import promises
from eservice_blocks.cases import citizen
from eservice_blocks.cases.forms import CitizenReplyForm
from eservice_blocks.cases.models import Case
from foundations.api.conventions import PrivateMixin
from foundations.api.errors import InvalidInput, form_errors
from foundations.api.forms import form_input
from foundations.api.schema import component, ref

CASE_SCHEMA_NAME = "Case"


class CaseTokenAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer <access token>` opens one case; `request.auth` is the token."""

    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1").split()
        if not header or header[0] != self.keyword:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Send the access token as: Authorization: Bearer <token>."))
        # The case is looked up by the view, after the rate limit has counted the request, so
        # that guessing tokens is as slow here as on the web.
        return (None, header[1])

    def authenticate_header(self, request):
        return self.keyword


class CaseTokenScheme(OpenApiAuthenticationExtension):
    target_class = "eservice_blocks.api.cases.CaseTokenAuthentication"
    name = "caseToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "The `access_token` returned when the e-service was submitted.",
        }


class CaseMixin(PrivateMixin):
    authentication_classes = [CaseTokenAuthentication]
    rate_limit_scope = "case"
    rate_limit_setting = "CASE_VIEWS_PER_MINUTE"
    rate_limit_reads = True

    def case(self, request) -> Case:
        if request.auth is None:
            raise exceptions.NotAuthenticated(_("Send the case's access token: Authorization: Bearer <token>."))
        case = Case.objects.by_token(request.auth).select_related("department").first()
        if case is None:
            # The same answer for every wrong token: it reveals nothing.
            raise exceptions.NotFound(_("No case has this access token."))
        return case


def _timestamp(value):
    return value.isoformat() if value else None


def _promise(case: Case) -> dict:
    running = case.status in promises.RUNNING
    late = promises.estimate(case)
    return {
        "expected_by": promises.promised_by(case).isoformat() if running else None,
        "new_estimate": late.new_estimate.isoformat() if late else None,
    }


def case_representation(case: Case, request) -> dict:
    return {
        "reference": case.reference,
        "eservice": case.service_title,
        "subject": case.subject if not case.personal_data_deleted_at else "",
        "status": case.status,
        "status_label": str(case.get_status_display()),
        "is_open": case.is_open,
        "received_at": _timestamp(case.received_at),
        "expected_lead_time_days": case.expected_lead_time_days,
        **_promise(case),
        "confirmation_text": citizen.confirmation_text(case),
        "timeline": [
            {
                "status": stage["status"],
                "label": str(stage["label"]),
                "reached_at": _timestamp(stage["reached_at"]),
                "current": stage["current"],
            }
            for stage in citizen.timeline(case)
        ],
        "attachments": [
            {"name": attachment.name, "size": attachment.size, "content_type": attachment.content_type}
            for attachment in case.attachments.all()
        ],
        # The answers as the handler reads them: the same text as the case view, the PDF and
        # the receipt (numbers in the citizen's language, identity numbers masked).
        "answers": [
            {"label": label, "value": value}
            for label, value in (case.answers if not case.personal_data_deleted_at else [])
        ],
    }


def message_representation(message) -> dict:
    return {
        "id": message.pk,
        "direction": message.direction,
        "body": message.body,
        "created_at": _timestamp(message.created_at),
        "attachment_name": message.attachment_name or None,
    }


class CaseView(CaseMixin, APIView):
    """The case: its status, the stages with dates, what happens next."""

    @extend_schema(
        responses={200: ref(CASE_SCHEMA_NAME), 401: ref("Error"), 404: ref("Error"), 429: ref("Error")},
        operation_id="case",
    )
    def get(self, request):
        return Response(case_representation(self.case(request), request))


class CaseMessagesView(CaseMixin, APIView):
    """Messages between the citizen and the case handlers; the citizen replies here."""

    @extend_schema(
        responses={200: ref("CaseMessageList"), 401: ref("Error"), 404: ref("Error"), 429: ref("Error")},
        operation_id="case_messages",
    )
    def get(self, request):
        case = self.case(request)
        return Response([message_representation(message) for message in case.messages.all()])

    @extend_schema(
        request={
            "application/json": ref("CaseReply"),
            "multipart/form-data": {
                "type": "object",
                "properties": {
                    "body": {"type": "string", "maxLength": 5000},
                    "attachment": {"type": "string", "format": "binary"},
                },
                "required": ["body"],
            },
        },
        responses={
            201: ref("CaseMessage"),
            400: ref("Error"),
            401: ref("Error"),
            404: ref("Error"),
            409: ref("Error"),
            429: ref("Error"),
        },
        operation_id="case_reply",
    )
    def post(self, request):
        case = self.case(request)
        if not citizen.takes_replies(case):
            raise CaseClosed(case)
        form = CitizenReplyForm(*form_input(request, _("Send the message as a JSON object or as a multipart form.")))
        if not form.is_valid():
            raise InvalidInput(form_errors(form))
        uploads = form.cleaned_data.get("attachment") or []
        message = citizen.reply(case, form.cleaned_data["body"], uploads[0] if uploads else None)
        return Response(message_representation(message), status=status.HTTP_201_CREATED)


class CaseClosed(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "case_closed"

    def __init__(self, case):
        super().__init__(citizen.closed_message(case, absolute=True))


TIMESTAMP = {"type": "string", "format": "date-time", "nullable": True}
component(
    CASE_SCHEMA_NAME,
    {
        "type": "object",
        "properties": {
            "reference": {"type": "string"},
            "eservice": {"type": "string"},
            "subject": {"type": "string"},
            "status": {
                "type": "string",
                "enum": ["received", "in_progress", "waiting_for_citizen", "decided", "closed"],
            },
            "status_label": {"type": "string"},
            "is_open": {"type": "boolean"},
            "received_at": TIMESTAMP,
            "expected_lead_time_days": {"type": "integer"},
            "expected_by": {
                "type": "string",
                "format": "date",
                "nullable": True,
                "description": "The promised date, while the municipality works on the case.",
            },
            "new_estimate": {
                "type": "string",
                "format": "date",
                "nullable": True,
                "description": "Once the promised date has passed: when the case is now likely to be decided.",
            },
            "confirmation_text": {"type": "string"},
            "timeline": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "status": {"type": "string"},
                        "label": {"type": "string"},
                        "reached_at": TIMESTAMP,
                        "current": {"type": "boolean"},
                    },
                    "required": ["status", "label", "reached_at", "current"],
                },
            },
            "attachments": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "size": {"type": "integer"},
                        "content_type": {"type": "string"},
                    },
                    "required": ["name", "size", "content_type"],
                },
            },
            "answers": {
                "type": "array",
                "description": (
                    "The answers as sent and as the handler reads them; empty once personal data is deleted."
                ),
                "items": {
                    "type": "object",
                    "properties": {"label": {"type": "string"}, "value": {"type": "string"}},
                    "required": ["label", "value"],
                },
            },
        },
        "required": [
            "reference",
            "eservice",
            "subject",
            "status",
            "status_label",
            "is_open",
            "received_at",
            "expected_lead_time_days",
            "expected_by",
            "new_estimate",
            "confirmation_text",
            "timeline",
            "attachments",
            "answers",
        ],
    },
)
MESSAGE = component(
    "CaseMessage",
    {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "direction": {"type": "string", "enum": ["to_citizen", "from_citizen"]},
            "body": {"type": "string"},
            "created_at": TIMESTAMP,
            "attachment_name": {"type": "string", "nullable": True},
        },
        "required": ["id", "direction", "body", "created_at", "attachment_name"],
    },
)
component("CaseMessageList", {"type": "array", "items": MESSAGE})
component(
    "CaseReply",
    {
        "type": "object",
        "properties": {"body": {"type": "string", "minLength": 1, "maxLength": 5000}},
        "required": ["body"],
    },
)
