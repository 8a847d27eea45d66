from django.urls import path
from oauth2_provider.views import TokenView

from . import cases, eservices, handover, handover_schema

#: Case systems get their access token here (OAuth2 client credentials).
handover_token = TokenView.as_view()

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

# The hand-over's way back for case systems (docs/handover.md).
urlpatterns += [
    path("handover/token/", handover_token, name="handover-token"),
    path("handover/cases/<str:reference>/", handover.HandoverCaseView.as_view(), name="handover-case"),
    path("handover/cases/<str:reference>/status/", handover.HandoverStatusView.as_view(), name="handover-status"),
    path("handover/cases/<str:reference>/messages/", handover.HandoverMessageView.as_view(), name="handover-message"),
    path("handover/cases/<str:reference>/close/", handover.HandoverCloseView.as_view(), name="handover-close"),
    path("handover/files/<str:token>/", handover.handover_file, name="handover-file"),
    path("handover/schemas/<str:eservice_type>/", handover_schema.HandoverSchemaView.as_view(), name="handover-schema"),
]
