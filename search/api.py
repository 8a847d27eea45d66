"""The site search through the API: the same results as the search page."""

from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.views import APIView

from foundations.api.conventions import LOCALE_PARAMETER, PAGINATION_PARAMETERS, ContentCachingMixin, Pagination
from foundations.api.links import absolute
from foundations.api.schema import component, ref

from . import engine, querylog
from .models import DocumentKind
from .query import clean_query


class SearchView(ContentCachingMixin, APIView):
    """Pages, guides and e-services of one language that match the words in `q`, best first
    (editors' promoted results lead)."""

    @extend_schema(
        parameters=[
            LOCALE_PARAMETER,
            OpenApiParameter(
                "q",
                {"type": "string", "minLength": 1, "pattern": "\\S"},
                required=True,
                description="The citizen's words.",
            ),
            *PAGINATION_PARAMETERS,
        ],
        responses={200: ref("SearchResults"), 400: ref("Error"), 404: ref("Error")},
        operation_id="search",
    )
    def get(self, request):
        query = clean_query(request.query_params.get("q", ""))
        if not query:
            raise exceptions.ValidationError({"q": [_("Write what you are looking for.")]})
        results = engine.search(query, self.language)
        paginator = Pagination()
        found = paginator.paginate_queryset(results.hits, request, view=self)
        if paginator.page.number == 1:
            querylog.record_search(query, self.language, results.total)
        context = {"request": request}
        response = paginator.get_paginated_response(
            [
                {
                    "kind": hit.document.kind,
                    "title": hit.document.title,
                    "url": absolute(context, hit.document.url),
                    "snippet": str(hit.snippet),
                    "audiences": hit.document.audiences,
                    "promoted": hit.promoted,
                    "page_api_url": absolute(context, reverse("api:page-detail", args=[hit.document.page_id])),
                }
                for hit in found
            ]
        )
        response.data["query"] = query
        response.data["suggestion"] = results.suggestion
        return response


component(
    "SearchResults",
    {
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "suggestion": {"type": "string", "description": "“Did you mean”, when nothing was found."},
            "count": {"type": "integer"},
            "next": {"type": "string", "format": "uri", "nullable": True},
            "previous": {"type": "string", "format": "uri", "nullable": True},
            "results": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string", "enum": list(DocumentKind.values)},
                        "title": {"type": "string"},
                        "url": {"type": "string", "format": "uri"},
                        "snippet": {"type": "string", "format": "html", "description": "Matches in <mark>."},
                        "audiences": {"type": "string"},
                        "promoted": {"type": "boolean"},
                        "page_api_url": {"type": "string", "format": "uri"},
                    },
                    "required": ["kind", "title", "url", "snippet", "audiences", "promoted", "page_api_url"],
                },
            },
        },
        "required": ["query", "suggestion", "count", "next", "previous", "results"],
    },
)
