"""The managers' dashboard of the channel strategy's figures, CSV exports, the contact centre's
registration of contacts in other channels, and office screens' kiosk links. Every view checks
the user's permissions and shows only their departments' data (`access.py`)."""

import csv
import logging

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import access, figures
from .forms import DashboardFilterForm, NonDigitalContactForm, OfficeScreenForm
from .models import NonDigitalContact, OfficeScreen

logger = logging.getLogger(__name__)


def _filters(request):
    """The period and the departments the figures are about: the one chosen, else every
    department the user may see (None: the whole municipality)."""
    access.require(request.user, access.VIEW_FIGURES)
    scope = access.scope_of(request.user)
    form = DashboardFilterForm(request.GET or None, departments=scope)
    data = form.cleaned_data if form.is_valid() else {}
    return form, figures.period(data.get("days") or 90), data.get("department") or scope


@require_http_methods(["GET", "HEAD"])
@access.answers_403
def dashboard(request):
    form, since, department = _filters(request)
    context = {
        "form": form,
        "self_service": figures.self_service(since, department),
        "satisfaction": figures.satisfaction(since, "department", department),
        "satisfaction_by_service": figures.satisfaction(since, "service_type", department),
        "lead_times": figures.lead_times(since, "service_type", department),
        "lead_times_by_department": figures.lead_times(since, "department", department),
        "guides": figures.guide_resolution(since, department),
        "oldest": figures.oldest_open_cases(10, department),
        "trend": figures.weekly_trend(since, department),
        "query": request.GET.urlencode(),
        "may_register": request.user.has_perm(access.ADD_CONTACTS),
        "may_see_screens": _may_see_screens(request.user),
    }
    return TemplateResponse(request, "kpis/dashboard.html", context)


EXPORTS = {
    "self-service": lambda since, dept: figures.self_service(since, dept),
    "satisfaction": lambda since, dept: figures.satisfaction(since, "department", dept),
    "satisfaction-by-service": lambda since, dept: figures.satisfaction(since, "service_type", dept),
    "lead-times": lambda since, dept: figures.lead_times(since, "service_type", dept),
    "lead-times-by-department": lambda since, dept: figures.lead_times(since, "department", dept),
}


@require_http_methods(["GET", "HEAD"])
@access.answers_403
def export(request, name: str):
    if name not in EXPORTS:
        raise Http404
    _form, since, department = _filters(request)
    rows = EXPORTS[name](since, department)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.writer(response)
    extra_keys = sorted({key for row in rows for key in (row.extra or {})})
    writer.writerow(
        [
            _("Group"),
            _("Value"),
            _("Target"),
            _("Distance to target"),
            *(figures.basis_label(key) for key in extra_keys),
        ]
    )
    for row in rows:
        writer.writerow(
            [
                row.label or _("All"),
                row.value,
                row.target,
                row.distance,
                *((row.extra or {}).get(k) for k in extra_keys),
            ]
        )
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@access.answers_403
def register_contacts(request):
    """Register contacts (limited, see the form), list the latest of the user's departments with
    who registered them, and remove a wrong registration."""
    user = request.user
    access.require(user, access.ADD_CONTACTS, access.VIEW_CONTACTS)
    departments = access.departments_of(user)
    if request.method == "POST" and request.POST.get("remove"):
        access.require(user, access.DELETE_CONTACTS)
        contact = _contact_in_scope(user, request.POST["remove"])
        logger.info("Contacts in other channels removed: %s (registration %s) by user %s", contact, contact.pk, user.pk)
        contact.delete()
        messages.success(request, _("Removed: %(contact)s") % {"contact": contact})
        return redirect("kpis_contacts")
    form = NonDigitalContactForm(request.POST or None, departments=departments)
    if request.method == "POST":
        access.require(user, access.ADD_CONTACTS)
        if form.is_valid():
            contact = form.save(commit=False)
            contact.registered_by = user
            contact.save()
            logger.info(
                "Contacts in other channels registered: %s for department %s (registration %s) by user %s",
                contact,
                contact.department_id,
                contact.pk,
                user.pk,
            )
            messages.success(request, _("Registered: %(contact)s") % {"contact": contact})
            return redirect("kpis_contacts")
    recent = access.in_scope(NonDigitalContact.objects.all(), user).select_related("department", "registered_by")
    context = {
        "form": form,
        "recent": recent[:50],
        "may_register": user.has_perm(access.ADD_CONTACTS),
        "may_remove": user.has_perm(access.DELETE_CONTACTS),
    }
    status = 400 if form.is_bound and form.errors else 200
    return TemplateResponse(request, "kpis/contacts.html", context, status=status)


def _contact_in_scope(user, pk: str) -> NonDigitalContact:
    contact = access.in_scope(NonDigitalContact.objects.all(), user).filter(pk=pk if pk.isdigit() else 0).first()
    if contact is None:
        raise Http404
    return contact


def _may_see_screens(user) -> bool:
    return any(user.has_perm(permission) for permission in (access.VIEW_SCREENS, access.ADD_SCREENS))


@require_http_methods(["GET", "HEAD", "POST"])
@access.answers_403
def office_screens(request):
    """Create kiosk links (shown once) and revoke them, for the user's departments only."""
    user = request.user
    access.require(user, access.VIEW_SCREENS, access.ADD_SCREENS, access.CHANGE_SCREENS)
    scope = None if access.sees_every_department(user) else access.departments_of(user)
    screens = access.in_scope(OfficeScreen.objects.active(), user)
    if request.method == "POST" and request.POST.get("revoke"):
        access.require(user, access.CHANGE_SCREENS)
        revoke = request.POST["revoke"]
        screen = screens.filter(pk=revoke if revoke.isdigit() else 0).first()
        if screen is None:
            raise Http404
        screen.revoked_at = timezone.now()
        screen.save(update_fields=["revoked_at"])
        logger.info("Office screen %s revoked by user %s", screen.pk, user.pk)
        messages.success(request, _("The link of %(screen)s no longer works.") % {"screen": screen})
        return redirect("kpis_screens")
    form = OfficeScreenForm(request.POST or None, departments=scope)
    new_link = ""
    if request.method == "POST":
        access.require(user, access.ADD_SCREENS)
        if form.is_valid():
            screen = form.save(commit=False)
            token = screen.issue_token()
            screen.save()
            logger.info("Office screen %s created by user %s", screen.pk, user.pk)
            new_link = request.build_absolute_uri(reverse("kpis:screen", args=[token]))
            form = OfficeScreenForm(departments=scope)
    context = {
        "form": form,
        "screens": screens.select_related("department"),
        "new_link": new_link,
        "may_create": user.has_perm(access.ADD_SCREENS),
        "may_revoke": user.has_perm(access.CHANGE_SCREENS),
    }
    status = 400 if form.is_bound and form.errors else 200
    return TemplateResponse(request, "kpis/screens_admin.html", context, status=status)
