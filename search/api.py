"""The site search through the API: the same results as the search page."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.views import APIView

from cms_pages.api.links import page_summary
from cms_pages.navigation import locale_ids
from kommunportal.api.conventions import LOCALE_PARAMETER, PAGINATION_PARAMETERS, ContentCachingMixin, Pagination
from kommunportal.api.schema import component, ref

from .query import clean_query, search_pages


class SearchView(ContentCachingMixin, APIView):
    """Pages of one language that match the words in `q`, best match first."""

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
        paginator = Pagination()
        found = paginator.paginate_queryset(search_pages(query, locale_ids().get(self.language)), request, view=self)
        context = {"request": request}
        response = paginator.get_paginated_response([page_summary(page, context) for page in found])
        response.data["query"] = query
        return response


component(
    "SearchResults",
    {
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "count": {"type": "integer"},
            "next": {"type": "string", "format": "uri", "nullable": True},
            "previous": {"type": "string", "format": "uri", "nullable": True},
            "results": {"type": "array", "items": ref("PageSummary")},
        },
        "required": ["query", "count", "next", "previous", "results"],
    },
)
