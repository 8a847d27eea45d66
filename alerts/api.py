"""Important messages through the API: what an app or a kiosk shows at the top of its screens."""

from datetime import UTC, datetime

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Page

from foundations.api.conventions import LOCALE_PARAMETER, LanguageMixin
from foundations.api.links import absolute
from foundations.api.schema import component, nullable, ref

from . import current

component(
    "ImportantMessage",
    {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "headline": {"type": "string"},
            "text": {"type": "string"},
            "severity": {"type": "string", "enum": ["info", "warning", "critical"]},
            "language": {"type": "string", "description": "Of the text: the site's language when not translated."},
            "link": nullable({"type": "string", "format": "uri"}),
            "link_text": {"type": "string"},
            "valid_from": {"type": "string", "format": "date-time"},
            "valid_until": nullable({"type": "string", "format": "date-time"}),
            "site_wide": {"type": "boolean", "description": "False: only for some audiences' pages."},
        },
        "required": ["id", "headline", "text", "severity", "language", "link", "link_text", "valid_from"],
    },
)
component(
    "ImportantMessages",
    {"type": "object", "properties": {"results": {"type": "array", "items": ref("ImportantMessage")}}},
)


def _iso(timestamp):
    return datetime.fromtimestamp(timestamp, tz=UTC).isoformat() if timestamp is not None else None


class ImportantMessagesView(LanguageMixin, APIView):
    """The important messages shown now: site-wide ones, and with `page` also those for that
    page's audiences. Never cached for long: a message must show the minute it starts."""

    @extend_schema(
        parameters=[
            LOCALE_PARAMETER,
            OpenApiParameter("page", int, description="A page id: add the messages for its audiences."),
        ],
        responses={200: ref("ImportantMessages"), 400: ref("Error")},
        operation_id="important_messages",
    )
    def get(self, request):
        page = None
        raw = request.query_params.get("page", "")
        if raw.isdigit():
            page = Page.objects.live().public().filter(pk=int(raw)).first()
        context = {"request": request}
        results = [
            {
                "id": message["id"],
                "headline": message["headline"],
                "text": message["text"],
                "severity": message["severity"],
                "language": message["language"],
                "link": absolute(context, message["link"]) if message["link"] else None,
                "link_text": message["link_text"],
                "valid_from": _iso(message["valid_from"]),
                "valid_until": _iso(message["valid_until"]),
                "site_wide": not message["audiences"],
            }
            for message in current.for_page(page, self.language)
        ]
        response = Response({"results": results})
        response["Cache-Control"] = "public, max-age=30"
        return response
