"""The managers' dashboard of the channel strategy's figures, CSV exports, and the contact
centre's registration of contacts in other channels."""

import csv

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from . import figures
from .forms import DashboardFilterForm, NonDigitalContactForm, OfficeScreenForm
from .models import NonDigitalContact, OfficeScreen


def _filters(request):
    form = DashboardFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    return form, figures.period(data.get("days") or 90), data.get("department")


def dashboard(request):
    form, since, department = _filters(request)
    context = {
        "form": form,
        "self_service": figures.self_service(since, department),
        "satisfaction": figures.satisfaction(since, "department", department),
        "satisfaction_by_service": figures.satisfaction(since, "service_type", department),
        "lead_times": figures.lead_times(since, "service_type", department),
        "lead_times_by_department": figures.lead_times(since, "department", department),
        "guides": figures.guide_resolution(since),
        "oldest": figures.oldest_open_cases(10, department),
        "trend": figures.weekly_trend(since, department),
        "query": request.GET.urlencode(),
    }
    return TemplateResponse(request, "kpis/dashboard.html", context)


EXPORTS = {
    "self-service": lambda since, dept: figures.self_service(since, dept),
    "satisfaction": lambda since, dept: figures.satisfaction(since, "department", dept),
    "satisfaction-by-service": lambda since, dept: figures.satisfaction(since, "service_type", dept),
    "lead-times": lambda since, dept: figures.lead_times(since, "service_type", dept),
    "lead-times-by-department": lambda since, dept: figures.lead_times(since, "department", dept),
}


def export(request, name: str):
    if name not in EXPORTS:
        raise Http404
    _form, since, department = _filters(request)
    rows = EXPORTS[name](since, department)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.writer(response)
    extra_keys = sorted({key for row in rows for key in (row.extra or {})})
    writer.writerow([_("Group"), _("Value"), _("Target"), _("Distance to target"), *extra_keys])
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


def register_contacts(request):
    form = NonDigitalContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        contact = form.save(commit=False)
        contact.registered_by = request.user
        contact.save()
        messages.success(request, _("Registered: %(contact)s") % {"contact": contact})
        return redirect("kpis_contacts")
    recent = NonDigitalContact.objects.select_related("department")[:20]
    return TemplateResponse(request, "kpis/contacts.html", {"form": form, "recent": recent})


def office_screens(request):
    """Create kiosk links (shown once) and revoke them."""
    form = OfficeScreenForm(request.POST or None)
    new_link = ""
    if request.method == "POST" and request.POST.get("revoke"):
        screen = OfficeScreen.objects.active().filter(pk=request.POST["revoke"]).first()
        if screen is not None:
            screen.revoked_at = timezone.now()
            screen.save(update_fields=["revoked_at"])
            messages.success(request, _("The link of %(screen)s no longer works.") % {"screen": screen})
        return redirect("kpis_screens")
    if request.method == "POST" and form.is_valid():
        screen = form.save(commit=False)
        token = screen.issue_token()
        screen.save()
        new_link = request.build_absolute_uri(reverse("kpis:screen", args=[token]))
        form = OfficeScreenForm()
    screens = OfficeScreen.objects.active().select_related("department")
    return TemplateResponse(
        request, "kpis/screens_admin.html", {"form": form, "screens": screens, "new_link": new_link}
    )
