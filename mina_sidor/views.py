"""Mina sidor: the signed-in citizen's cases and what each e-service type adds. All work
without JavaScript."""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from citizens.session import citizen_required
from eservice_blocks.cases.models import Case
from eservice_blocks.registry import registry as eservices
from foundations.ratelimit import allow
from foundations.responses import private, too_many_requests


def citizen_cases(citizen):
    """The cases the citizen sent while signed in: never one sent without sign-in, even with
    the same identity number typed into the form (that number was never verified)."""
    return Case.objects.filter(identity_hash=citizen.identity_hash, personal_data_deleted_at__isnull=True)


@require_http_methods(["GET", "HEAD"])
@citizen_required
def overview(request):
    citizen = request.citizen
    cases = list(citizen_cases(citizen).select_related("department").prefetch_related("messages", "handover_routes"))
    sections = []
    for plugin in eservices:
        section = plugin.citizen_overview(request, citizen.identity_hash, cases)
        if section:
            sections.append(section)
    context = {
        "citizen": citizen,
        "cases": cases,
        "sections": sections,
        "idle_minutes": settings.CITIZEN_IDLE_MINUTES,
    }
    return private(render(request, "mina_sidor/overview.html", context))


@require_http_methods(["GET", "HEAD"])
@citizen_required
def case(request, reference):
    """A case of the signed-in citizen, by its reference: on to the case page. Anyone else's
    case, or a reference that does not exist, is the same 404."""
    if not allow(request, "case", settings.CASE_VIEWS_PER_MINUTE):
        return too_many_requests(request)
    found = citizen_cases(request.citizen).filter(reference=reference).first()
    if found is None:
        raise Http404
    return private(HttpResponseRedirect(reverse("eservice_blocks:case", args=[found.access_token])))
