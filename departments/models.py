"""Departments (förvaltningar): internal owners of pages, cases, feedback and figures, never
shown to citizens. Staff belong to a department through its admin groups."""

from django import forms
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from handover.blocks import HandoverField


class DepartmentQuerySet(models.QuerySet):
    def for_user(self, user):
        """The departments whose staff groups the user belongs to."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(staff_groups__in=user.groups.all()).distinct()


class HandledByDepartmentQuerySet(models.QuerySet):
    """Base of the querysets of things a department handles (cases, feedback, bookable resources)."""

    #: The field that names the handling department.
    department_field = "department"

    def for_handler(self, user):
        """What the departments the user works for handle (everything for superusers)."""
        if user.is_superuser:
            return self
        return self.filter(**{f"{self.department_field}__in": Department.objects.for_user(user)})


class Department(index.Indexed, ClusterableModel):
    """A department that owns pages and will receive cases and feedback.

    Departments are an internal concern: they never shape the citizen's navigation, URLs or
    breadcrumbs. Staff belong to a department through its admin groups.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    contact_email = models.EmailField(
        _("contact e-mail"),
        help_text=_("Where the department receives cases and feedback."),
    )
    staff_groups = ParentalManyToManyField(
        Group,
        blank=True,
        related_name="departments",
        verbose_name=_("staff groups"),
        help_text=_("Members of these admin groups work for this department."),
    )

    #: Where the department's cases go besides the inbox, unless their e-service says otherwise.
    handover = HandoverField(
        blank=True,
        default=list,
        verbose_name=_("hand-over"),
        help_text=_("The default for the department's e-services that choose no hand-over of their own."),
    )

    objects = DepartmentQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("contact_email"),
        FieldPanel("staff_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("handover"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self):
        return self.name
