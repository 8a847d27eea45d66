"""Drop cached navigation whenever the page tree, sites, locales or view restrictions change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from foundations.tree_cache import SETUP, TREE
from foundations.tree_cache import invalidate as invalidate_now


def invalidate(*scopes: str) -> None:
    """Invalidate now, and again once the transaction commits: a request that rebuilt the cache
    from the not yet committed state in between must not keep it."""
    invalidate_now(*scopes)
    transaction.on_commit(lambda: invalidate_now(*scopes))


def _page_saved(sender, instance, **kwargs):
    # Publishing, unpublishing and creating a live page all save the page row. Draft saves do too;
    # they cost one rebuild of the navigation, which is cheap next to an editor's edit.
    if isinstance(instance, Page):
        invalidate(TREE)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate(TREE, SETUP)


def _paths_changed(**kwargs):
    invalidate(TREE, SETUP)


def _setup_changed(**kwargs):
    # Menus and lists leave out restricted pages, so they are rebuilt too.
    invalidate(TREE, SETUP)


def connect() -> None:
    post_save.connect(_page_saved, dispatch_uid="kommunportal-page-saved")
    post_delete.connect(_page_deleted, dispatch_uid="kommunportal-page-deleted")
    post_page_move.connect(_paths_changed, dispatch_uid="kommunportal-page-moved")
    for model in (Site, PageViewRestriction, Locale):
        post_save.connect(_setup_changed, sender=model, dispatch_uid=f"kommunportal-save-{model.__name__}")
        post_delete.connect(_setup_changed, sender=model, dispatch_uid=f"kommunportal-delete-{model.__name__}")
