"""Drop cached navigation whenever the page tree, sites or view restrictions change."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms_pages.navigation import invalidate


def connect() -> None:
    page_published.connect(invalidate, dispatch_uid="kommunportal-nav-published")
    page_unpublished.connect(invalidate, dispatch_uid="kommunportal-nav-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="kommunportal-nav-moved")
    post_delete.connect(_on_page_deleted, dispatch_uid="kommunportal-nav-page-deleted")
    for model in (Site, PageViewRestriction, Locale):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"kommunportal-nav-save-{model.__name__}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"kommunportal-nav-delete-{model.__name__}")


def _on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()
