"""/api/v1/ and its documentation: the OpenAPI schema at /api/schema/, Swagger UI at /api/docs/."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

app_name = "api"

urlpatterns = [
    path(
        "v1/",
        include(
            [
                path("", include("cms_pages.api.urls")),
                path("", include("eservice_blocks.api.urls")),
            ]
        ),
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
]
