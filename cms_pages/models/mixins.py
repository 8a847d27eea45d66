"""Abstract page bases: every page has an owning department and a review date; content pages
can be tagged for several audiences without being copied."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page, PageViewRestriction

from cms_pages.forms import OwnedPageForm
from foundations.pages import exclude_restricted, restricted_paths

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
        "departments.Department",
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
    #: Whether every page's footer links to the page of this type under the home page (found with
    #: the navigation, at no extra query). The legal pages say True.
    linked_from_footer = False

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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # An e-service POST that did not pass (eservice_blocks' `before_serve_page` hook) leaves
        # its bound forms here, to show the citizen's input and the errors.
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
        if not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @classmethod
    def allow_under_home_page(cls) -> None:
        """Let editors add this page type under a home page. Called from the app's `ready()`:
        installing the app is what offers its page type, the home page does not name it."""
        from .home import HomePage

        label = f"{cls._meta.app_label}.{cls.__name__}"
        if label not in HomePage.subpage_types:
            HomePage.subpage_types = [*HomePage.subpage_types, label]

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

    def audience_pages(self):
        """The live audience pages, in this page's language, that list this page: those it is
        tagged for, and the one it sits under."""
        audience_page = self._meta.get_field("audiences").related_model
        pages = (
            audience_page.objects.live()
            .filter(locale_id=self.locale_id)
            .only("id", "title", "url_path", "path", "depth", "locale_id", "intro")
            .order_by()  # the union is ordered as a whole
        )
        tagged = pages.filter(translation_key__in=self.audiences.values_list("translation_key", flat=True))
        parent = pages.filter(path=self.path[: -Page.steplen], depth=self.depth - 1)
        # A union, not one OR: with the OR PostgreSQL reads every page of the site (24 ms at
        # 100,000 pages), the union is two index lookups (0.4 ms).
        return exclude_restricted(tagged).union(exclude_restricted(parent)).order_by("path")

    @classmethod
    def tagged_models(cls) -> list[type["AudienceTaggedPage"]]:
        """Every concrete page model that can be tagged for audiences (new page types join automatically)."""
        return concrete_subclasses(cls)


#: Wagtail hook through which other apps add tabs to the editor of every owned page type:
#: `@hooks.register(PAGE_EDITOR_TABS)` on a function of the page model returning panels.
PAGE_EDITOR_TABS = "register_page_editor_tabs"


class EditorTabs(TabbedInterface):
    """The page type's tabs, followed by the tabs other apps add (feedback on the page).

    The hook is read when the admin first binds the editor to a model, after every app's
    `wagtail_hooks` has been loaded, so a page model never imports those apps.
    """

    def on_model_bound(self):
        added = [tab for hook in hooks.get_hooks(PAGE_EDITOR_TABS) for tab in hook(self.model)]
        self.children = [*self.children, *added]
        super().on_model_bound()


def edit_tabs(content_panels, promote_panels, settings_panels, *extra_tabs) -> TabbedInterface:
    """The page editor's tabs: Wagtail's three, the page type's own, and those of other apps."""
    return EditorTabs(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
            *extra_tabs,
        ]
    )
