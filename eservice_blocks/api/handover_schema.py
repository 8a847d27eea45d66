"""The JSON Schemas of the hand-over: the event documents a receiver gets (one per e-service
type, with that type's typed `data`), and the way-back API's requests and answers. Published as
OpenAPI components and at /api/v1/handover/schemas/<type>/ (docs/handover.md)."""

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from foundations.api.conventions import ContentCachingMixin
from foundations.api.schema import component, ref
from handover.base import EVENT_TYPES

from ..registry import registry

STRING = {"type": "string"}
STATUS = {"type": "string", "enum": ["received", "in_progress", "waiting_for_citizen", "decided", "closed"]}
TIMESTAMP = {"type": "string", "format": "date-time"}
NULLABLE_STRING = {"type": "string", "nullable": True}
FILE = {
    "type": "object",
    "properties": {
        "key": STRING,
        "name": STRING,
        "content_type": STRING,
        "size": {"type": "integer"},
        "url": {"type": "string", "format": "uri", "description": "A signed link, valid for a short time."},
        "expires_at": TIMESTAMP,
    },
    "required": ["key", "name", "content_type", "size"],
}
MESSAGE = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "direction": STRING, "body": STRING, "created_at": TIMESTAMP},
    "required": ["id", "body", "created_at"],
}


def case_schema(data_schema: dict) -> dict:
    return {
        "type": "object",
        "properties": {
            "reference": STRING,
            "eservice_type": STRING,
            "eservice": STRING,
            "subject": STRING,
            "department": STRING,
            "language": {"type": "string", "enum": ["sv", "en", "ar"]},
            "status": {
                "type": "string",
                "enum": ["received", "in_progress", "waiting_for_citizen", "decided", "closed"],
            },
            "received_at": TIMESTAMP,
            "closed_at": {**TIMESTAMP, "nullable": True},
            "contact": {"type": "object", "properties": {"name": STRING, "email": STRING}},
            "identification": {
                "type": "object",
                "properties": {
                    "identified": {"type": "boolean"},
                    "method": NULLABLE_STRING,
                    "assurance_level": NULLABLE_STRING,
                    "personal_identity_number": NULLABLE_STRING,
                },
            },
            "answers": {
                "type": "array",
                "items": {"type": "object", "properties": {"label": STRING, "value": STRING}},
            },
            "data": data_schema,
            "api_url": {"type": "string", "format": "uri", "description": "This case in the way-back API."},
        },
        "required": ["reference", "eservice_type", "eservice", "department", "status", "received_at", "data"],
    }


def event_schema(plugin) -> dict:
    """The event document a receiver gets for a case of this e-service type."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": f"Kommunportal hand-over event: {plugin.id}",
        "type": "object",
        "properties": {
            "version": {"type": "string", "enum": ["1"]},
            "id": {"type": "string", "format": "uuid", "description": "The same on every retry (webhook-id)."},
            "type": {"type": "string", "enum": list(EVENT_TYPES)},
            "occurred_at": TIMESTAMP,
            "case": case_schema(plugin.handover_schema()),
            "message": MESSAGE,
            "message_id": {"type": "integer"},
            "messages": {"type": "array", "items": MESSAGE},
            "files": {"type": "array", "items": FILE},
        },
        "required": ["version", "id", "type", "occurred_at", "case"],
    }


def event_component_name(plugin_id: str) -> str:
    return f"HandoverEvent_{plugin_id}"


for _plugin in registry:
    component(event_component_name(_plugin.id), lambda plugin=_plugin: event_schema(plugin))


class HandoverSchemaView(ContentCachingMixin, APIView):
    """The JSON Schema of the hand-over events of one e-service type."""

    @extend_schema(
        responses={200: {"type": "object", "additionalProperties": True}, 404: ref("Error")},
        operation_id="handover_event_schema",
    )
    def get(self, request, eservice_type):
        if eservice_type not in registry:
            raise Http404
        return Response(event_schema(registry.get(eservice_type)))


component(
    "HandoverCase",
    {
        "type": "object",
        "properties": {
            "reference": STRING,
            "status": STRING,
            "status_label": STRING,
            "is_open": {"type": "boolean"},
            "received_at": TIMESTAMP,
            "closed_at": {**TIMESTAMP, "nullable": True},
            "handovers": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "event_id": {"type": "string", "format": "uuid"},
                        "event_type": STRING,
                        "status": {"type": "string", "enum": ["pending", "delivered", "failed"]},
                        "receiver_reference": STRING,
                        "state": STRING,
                    },
                },
            },
        },
        "required": ["reference", "status", "status_label", "is_open", "received_at", "closed_at", "handovers"],
    },
)
component(
    "HandoverStatusChange",
    {
        "type": "object",
        "properties": {
            "status": {
                "type": "string",
                "enum": ["received", "in_progress", "waiting_for_citizen", "decided", "closed"],
            }
        },
        "required": ["status"],
    },
)
component(
    "HandoverMessage",
    {"type": "object", "properties": {"body": {"type": "string", "maxLength": 5000}}, "required": ["body"]},
)
component(
    "HandoverDocument",
    {
        "type": "object",
        "properties": {
            "body": {"type": "string", "maxLength": 5000},
            "document": {"type": "string", "format": "binary", "description": "A PDF."},
        },
        "required": ["document"],
    },
)
CASE_UPDATE_RESPONSES = {
    400: ref("Error"),
    401: ref("Error"),
    403: ref("Error"),
    404: ref("Error"),
    409: ref("Error"),
}
