"""The way back: case systems that received a case update it through the API, exactly as a
handler does in the admin (`cases.handling`), so the citizen sees it and is notified the same
way. OAuth2 client credentials; a client acts only on cases handed over to its case system, of
the departments it is allowed for (docs/handover.md)."""

from django.db import transaction
from django.http import FileResponse, Http404
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from drf_spectacular.utils import extend_schema
from oauth2_provider.contrib.rest_framework import OAuth2Authentication, TokenHasScope
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from eservice_blocks.cases import handling
from eservice_blocks.cases.handover_subject import stored_file, unsign_link
from eservice_blocks.cases.models import Case, CaseStatus
from eservice_blocks.uploads import check_upload
from foundations.api.conventions import PrivateMixin
from foundations.api.errors import InvalidInput
from foundations.api.schema import ref
from handover import states

from .handover_schema import CASE_UPDATE_RESPONSES


class NotACaseSystem(exceptions.PermissionDenied):
    default_code = "not_a_case_system"

    def __init__(self):
        super().__init__(_("This client is not an active case system; ask the municipality's IT staff."))


class CaseGone(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "personal_data_deleted"

    def __init__(self):
        super().__init__(_("This case's personal data has been deleted; it can no longer be changed."))


class CaseSystemMixin(PrivateMixin):
    authentication_classes = [OAuth2Authentication]
    permission_classes = [TokenHasScope]
    required_scopes = ["cases"]

    def system(self, request):
        system = getattr(request.auth.application, "case_system", None) if request.auth else None
        if system is None or not system.active:
            raise NotACaseSystem
        return system

    def case(self, request, reference: str) -> Case:
        system = self.system(request)
        case = (
            Case.objects.filter(
                reference=reference,
                department__in=system.departments.all(),
                handover_routes__case_system=system,
            )
            .select_related("department")
            .first()
        )
        if case is None:
            # The same answer for a case that does not exist and one handed over elsewhere.
            raise exceptions.NotFound(_("No case with this reference was handed over to this case system."))
        self.language = case.language
        translation.activate(case.language)
        return case

    def actor(self, request):
        """Who the case's history names: the case system's own user."""
        return request.auth.application.user

    def changeable(self, request, reference):
        case = self.case(request, reference)
        if case.personal_data_deleted_at:
            raise CaseGone
        return case


def representation(case: Case) -> dict:
    return {
        "reference": case.reference,
        "status": case.status,
        "status_label": str(case.get_status_display()),
        "is_open": case.is_open,
        "received_at": case.received_at.isoformat(),
        "closed_at": case.closed_at.isoformat() if case.closed_at else None,
        "handovers": [
            {
                "event_id": str(handover.event_id),
                "event_type": handover.event_type,
                "status": handover.status,
                "receiver_reference": handover.receiver_reference,
                "state": states.describe(handover),
            }
            for handover in case.handovers.order_by("created_at", "pk")
        ],
    }


class HandoverCaseView(CaseSystemMixin, APIView):
    """A case handed over to this case system: its status and the state of its hand-overs."""

    @extend_schema(responses={200: ref("HandoverCase"), **CASE_UPDATE_RESPONSES}, operation_id="handover_case")
    def get(self, request, reference):
        return Response(representation(self.case(request, reference)))


class HandoverStatusView(CaseSystemMixin, APIView):
    """Set the case's status (`decided`, `closed` ...); the citizen is told by e-mail."""

    @extend_schema(
        request={"application/json": ref("HandoverStatusChange")},
        responses={200: ref("HandoverCase"), **CASE_UPDATE_RESPONSES},
        operation_id="handover_case_status",
    )
    def post(self, request, reference):
        case = self.changeable(request, reference)
        value = request.data.get("status") if isinstance(request.data, dict) else None
        if value not in CaseStatus.values:
            raise InvalidInput(
                {"status": [{"message": _("Choose one of: %s.") % ", ".join(CaseStatus.values), "code": "invalid"}]}
            )
        handling.change_status(case, value, self.actor(request))
        return Response(representation(case))


class HandoverCloseView(CaseSystemMixin, APIView):
    """Close the case (a decision sent, nothing more to do)."""

    @extend_schema(
        request=None, responses={200: ref("HandoverCase"), **CASE_UPDATE_RESPONSES}, operation_id="handover_case_close"
    )
    def post(self, request, reference):
        case = self.changeable(request, reference)
        handling.change_status(case, CaseStatus.CLOSED, self.actor(request))
        return Response(representation(case))


class HandoverMessageView(CaseSystemMixin, APIView):
    """Send the citizen a message, optionally with a decision document (a PDF) they can
    download from their case page. JSON, or a multipart form with the file as `document`."""

    @extend_schema(
        request={"application/json": ref("HandoverMessage"), "multipart/form-data": ref("HandoverDocument")},
        responses={201: ref("HandoverCase"), **CASE_UPDATE_RESPONSES},
        operation_id="handover_case_message",
    )
    def post(self, request, reference):
        case = self.changeable(request, reference)
        body = str(request.data.get("body") or "").strip() if hasattr(request.data, "get") else ""
        upload = request.FILES.get("document")
        errors = {}
        if not body and upload is None:
            errors["body"] = [{"message": _("Write the message, or send a document."), "code": "required"}]
        elif len(body) > 5000:
            errors["body"] = [{"message": _("Write at most 5000 characters."), "code": "max_length"}]
        document = None
        if upload is not None:
            try:
                document = check_upload(
                    upload, allowed_types={"application/pdf"}, max_bytes="CASE_ATTACHMENT_MAX_BYTES"
                ).as_file()
            except Exception as error:  # ValidationError with the translated reason
                errors["document"] = [
                    {"message": " ".join(getattr(error, "messages", [str(error)])), "code": "invalid"}
                ]
        if errors:
            raise InvalidInput(errors)
        with transaction.atomic():
            handling.message_citizen(case, body or _("The decision is attached."), self.actor(request), document)
        return Response(representation(case), status=status.HTTP_201_CREATED)


@require_safe
def handover_file(request, token):
    """A case's file by the short-lived signed link in an event document: for the receiver,
    no other credentials needed, refused once the link has expired."""
    found = unsign_link(token)
    case = Case.objects.filter(pk=found[0]).first() if found else None
    stored = stored_file(case, found[1]) if case is not None else None
    if not stored or not stored[0]:
        raise Http404
    field, name, content_type = stored
    response = FileResponse(field.open("rb"), as_attachment=True, filename=name, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
