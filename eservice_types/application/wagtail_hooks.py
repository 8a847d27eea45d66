"""Admin integration: the application PDF for handlers."""

from django.http import Http404, HttpResponse
from django.urls import path
from wagtail import hooks

from eservice_blocks.cases.models import Case

from .pdf import application_pdf


def case_pdf(request, case_id: int):
    case = Case.objects.for_handler(request.user).filter(pk=case_id, service_type="application").first()
    if case is None or case.personal_data_deleted_at:
        raise Http404
    response = HttpResponse(application_pdf(case), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{case.reference}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@hooks.register("register_admin_urls")
def register_pdf_url():
    return [path("cases/<int:case_id>/application.pdf", case_pdf, name="application_case_pdf")]
