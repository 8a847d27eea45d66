"""Who may see and change what in the figures admin.

Model permissions, given to staff through their groups (superusers have them all), decide what
a user may do: `kpis.view_figures` for the dashboard and its exports, the permissions of
`NonDigitalContact` for registering and correcting contacts in other channels, and those of
`OfficeScreen` for kiosk links. Departments decide which data: a user works with the figures of
the departments whose staff groups they belong to, unless they may see every department
(`kpis.all_departments`, or a superuser).
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from departments.models import Department

VIEW_FIGURES = "kpis.view_figures"
ALL_DEPARTMENTS = "kpis.all_departments"
ADD_CONTACTS = "kpis.add_nondigitalcontact"
VIEW_CONTACTS = "kpis.view_nondigitalcontact"
DELETE_CONTACTS = "kpis.delete_nondigitalcontact"
VIEW_SCREENS = "kpis.view_officescreen"
ADD_SCREENS = "kpis.add_officescreen"
CHANGE_SCREENS = "kpis.change_officescreen"


def require(user, *permissions) -> None:
    """403 unless the user has at least one of the permissions."""
    if not any(user.has_perm(permission) for permission in permissions):
        raise PermissionDenied


def sees_every_department(user) -> bool:
    return user.is_superuser or user.has_perm(ALL_DEPARTMENTS)


def departments_of(user):
    """The departments whose figures the user works with (all of them for some)."""
    if sees_every_department(user):
        return Department.objects.all()
    return Department.objects.for_user(user)


def scope_of(user):
    """What the figures are filtered by: None for the whole municipality, else the user's
    departments. A user of no department works with no figures at all (403)."""
    if sees_every_department(user):
        return None
    departments = departments_of(user)
    if not departments.exists():
        raise PermissionDenied
    return departments


def in_scope(queryset, user, field: str = "department"):
    """The rows of `queryset` that belong to the user's departments (all for some)."""
    if sees_every_department(user):
        return queryset
    return queryset.filter(**{f"{field}__in": Department.objects.for_user(user)})


def answers_403(view):
    """A refused request answers 403 with a page that says so (Wagtail's admin would redirect
    to its dashboard instead, which hides the refusal from scripts and monitoring)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return TemplateResponse(request, "kpis/forbidden.html", status=403)

    return wrapped
