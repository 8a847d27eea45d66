"""/api/v1/ and its documentation: the OpenAPI schema at /api/schema/, Swagger UI at /api/docs/."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView

from alerts import api as alerts
from cms_pages.guides import api as guides
from feedback import api as feedback
from foundations.api import errors
from kommunportal.api.docs import DocumentationView
from search import api as search

app_name = "api"

urlpatterns = [
    path(
        "v1/",
        include(
            [
                path("", include("cms_pages.api.urls")),
                path("", include("eservice_blocks.api.urls")),
                path("guides/<int:pk>/", guides.GuideView.as_view(), name="guide-detail"),
                path("guides/<int:pk>/answers/", guides.GuideAnswersView.as_view(), name="guide-answers"),
                path("feedback/", feedback.FeedbackView.as_view(), name="feedback"),
                path("search/", search.SearchView.as_view(), name="search"),
                path("messages/", alerts.ImportantMessagesView.as_view(), name="important-messages"),
            ]
        ),
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", DocumentationView.as_view(url_name="api:schema"), name="docs"),
    re_path(r"^", errors.unknown_endpoint),
]
