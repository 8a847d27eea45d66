"""Purging the frontend cache (Varnish) when the page tree changes, so that an editor's change
is seen within seconds.

Wagtail's frontend-cache app purges the published page itself. Here, on top of that:
* the page and everything under it is banned by path prefix (breadcrumbs and lists below it
  carry its title);
* the pages that list it are purged: its parent, the audience pages it is tagged for, and its
  language's home page (top tasks);
* a change to the navigation (a home or audience page, or a page the footer links to, published
  or unpublished, any move or delete) bans the whole site: every page carries the menu and footer.
The requests go out from a background task after the transaction commits, so the cache is never
refilled from the old state.
"""

import logging

import requests
from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from cms_pages.models import AudiencePage, HomePage
from cms_pages.models.mixins import AudienceTaggedPage

logger = logging.getLogger(__name__)

EVERYTHING = "^/"


def _ban(pattern: str) -> None:
    for url in settings.FRONTEND_CACHE_URLS:
        try:
            requests.request("BAN", url.rstrip("/") + "/", headers={"X-Ban-Url": pattern}, timeout=5)
        except requests.RequestException as error:
            logger.warning("Frontend cache %s could not ban %s: %s", url, pattern, type(error).__name__)


@task()
def ban_task(patterns: list[str]) -> None:
    for pattern in patterns:
        _ban(pattern)


def ban(*patterns: str) -> None:
    """Drop every cached page whose path matches one of the regular expressions, after commit."""
    if settings.FRONTEND_CACHE_URLS:
        transaction.on_commit(lambda: ban_task.enqueue(list(patterns)))


def listing_pages(page) -> list:
    """The live pages whose content lists `page`."""
    page = page.specific
    pages = [page.get_parent()]
    pages += list(HomePage.objects.live().filter(locale_id=page.locale_id))
    if isinstance(page, AudienceTaggedPage):
        pages += list(
            AudiencePage.objects.live().filter(
                locale_id=page.locale_id, translation_key__in=page.audiences.values("translation_key")
            )
        )
    return [listed for listed in pages if listed is not None and listed.live]


def page_changed(page) -> None:
    """Purge what shows `page` after it was published or unpublished."""
    if not settings.FRONTEND_CACHE_URLS:
        return
    specific = page.specific
    if isinstance(specific, HomePage | AudiencePage) or getattr(specific, "linked_from_footer", False):
        ban(EVERYTHING)
        return
    path = page.get_url()
    if path:
        ban("^" + _regex_escape(path))
    batch = PurgeBatch()
    batch.add_pages(listing_pages(specific))
    transaction.on_commit(batch.purge)


def _regex_escape(path: str) -> str:
    # Paths are slugs and slashes; escape whatever a regex would read otherwise.
    return "".join("\\" + char if char in ".^$*+?()[]{}|\\" else char for char in path)


def _published(instance, **kwargs):
    page_changed(instance)


def _tree_changed(**kwargs):
    ban(EVERYTHING)


def connect() -> None:
    from django.db.models.signals import post_delete
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_published, dispatch_uid="kommunportal-frontend-cache-published")
    page_unpublished.connect(_published, dispatch_uid="kommunportal-frontend-cache-unpublished")
    post_page_move.connect(_tree_changed, dispatch_uid="kommunportal-frontend-cache-moved")

    def _deleted(sender, instance, **kwargs):
        if isinstance(instance, Page):
            ban(EVERYTHING)

    post_delete.connect(_deleted, weak=False, dispatch_uid="kommunportal-frontend-cache-deleted")
