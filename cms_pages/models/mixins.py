"""Abstract page bases: every page has an owning department and a review date; content pages
can be tagged for several audiences without being copied."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page

from cms_pages.forms import OwnedPageForm

REVIEW_INTERVAL_DAYS = 365


def default_review_date() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=REVIEW_INTERVAL_DAYS)


def concrete_subclasses(cls) -> list[type[Page]]:
    found, pending = [], list(cls.__subclasses__())
    while pending:
        model = pending.pop(0)
        pending.extend(model.__subclasses__())
        if not model._meta.abstract:
            found.append(model)
    return found


class OwnedPage(Page):
    """A page owned by a department, with a date by which its content must be reviewed.

    A new page takes its owner from its parent unless the editor picks another.
    """

    owning_department = models.ForeignKey(
        "cms_pages.Department",
        verbose_name=_("owning department"),
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Internal only: the department responsible for this page. Never shown to citizens."),
    )
    review_date = models.DateField(
        _("review date"),
        default=default_review_date,
        help_text=_("The owning department checks the content by this date."),
    )

    base_form_class = OwnedPageForm

    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [FieldPanel("owning_department"), FieldPanel("review_date")],
            heading=_("Ownership"),
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.owning_department_id is None:
            parent = self.get_parent() if self.depth and self.depth > 1 else None
            parent_owner = getattr(parent.specific if parent else None, "owning_department_id", None)
            if parent_owner:
                self.owning_department_id = parent_owner
        return super().save(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        """A POST from an e-service form on this page becomes a case (redirect to the receipt) or
        shows the page again with the citizen's input and the errors."""
        if request.method == "POST" and "eservice_block_id" in request.POST:
            from eservice_blocks.views import handle_page_submission

            outcome = handle_page_submission(request, self)
            if not isinstance(outcome, dict):
                return outcome
            request.eservice_forms = outcome
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["eservice_forms"] = getattr(request, "eservice_forms", {})
        return context

    @property
    def body_is_cacheable(self) -> bool:
        """Whether the rendered body is the same for every reader (no forms in it)."""
        body = getattr(self, "body", None)
        if not body:
            return True
        # Look at the raw block types only: converting the blocks would cost queries.
        child_blocks = body.stream_block.child_blocks
        return all(
            getattr(getattr(child_blocks.get(item["type"]), "meta", None), "cacheable", True) for item in body.raw_data
        )

    def get_view_restrictions(self):
        """Wagtail checks these on every page view; skip the two queries when nothing above this
        page is restricted (the common case), using the cached list of restricted paths."""
        from wagtail.models import PageViewRestriction

        from cms_pages.navigation import restricted_paths

        if not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @classmethod
    def owned_models(cls) -> list[type["OwnedPage"]]:
        return concrete_subclasses(OwnedPage)

    @classmethod
    def q_for_all_types(cls, lookup: str, value) -> models.Q:
        """A filter on `wagtailcore.Page` over the field `lookup` of every owned page type."""
        condition = models.Q(pk__in=[])
        for model in cls.owned_models():
            condition |= models.Q(**{f"{model._meta.model_name}__{lookup}": value})
        return condition

    @property
    def is_past_review(self) -> bool:
        return self.review_date is not None and self.review_date < timezone.localdate()


class AudienceTaggedPage(OwnedPage):
    """A content page that can be listed on several audience pages at once."""

    audiences = ParentalManyToManyField(
        "cms_pages.AudiencePage",
        blank=True,
        related_name="tagged_%(class)s",
        verbose_name=_("audiences"),
        help_text=_(
            "Also list this page on these audience pages. It is always listed on the audience page it sits under."
        ),
    )

    promote_panels = Page.promote_panels + [FieldPanel("audiences", widget=forms.CheckboxSelectMultiple)]

    #: Whether audience pages list pages of this type among their pages. A type that audience
    #: pages show in a section of their own (news) says False.
    listed_on_audience_pages = True

    class Meta:
        abstract = True

    @classmethod
    def tagged_models(cls) -> list[type["AudienceTaggedPage"]]:
        """Every concrete page model that can be tagged for audiences (new page types join automatically)."""
        return concrete_subclasses(cls)


def edit_tabs(content_panels, promote_panels, settings_panels, *extra_tabs) -> TabbedInterface:
    """The page editor's tabs: Wagtail's three, the page type's own, and Feedback."""
    from feedback.panels import PageFeedbackPanel

    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
            *extra_tabs,
            ObjectList([PageFeedbackPanel()], heading=_("Feedback")),
        ]
    )
