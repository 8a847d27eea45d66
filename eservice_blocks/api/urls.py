from django.urls import path

from . import cases, eservices

urlpatterns = [
    path("eservice-types/", eservices.EServiceTypeListView.as_view(), name="eservice-types"),
    path("eservices/<int:page_id>/<str:block_id>/", eservices.EServiceDetailView.as_view(), name="eservice-detail"),
    path(
        "eservices/<int:page_id>/<str:block_id>/submissions/",
        eservices.SubmissionView.as_view(),
        name="eservice-submit",
    ),
    path("case/", cases.CaseView.as_view(), name="case"),
    path("case/messages/", cases.CaseMessagesView.as_view(), name="case-messages"),
]
