"""Keeping the search documents up to date in the background: after a publish, an unpublish
or a move, the page (and, after a move, its subtree) is indexed again."""

from django.db import transaction
from django.db.models.signals import post_delete
from django_tasks import task
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move


@task()
def reindex_pages(page_ids: list[int]) -> int:
    from .indexing import index_page, remove_page

    count = 0
    for page_id in page_ids:
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            remove_page(page_id)
        else:
            count += index_page(page)
    return count


def _enqueue(page_ids) -> None:
    page_ids = list(page_ids)
    transaction.on_commit(lambda: reindex_pages.enqueue(page_ids))


def _published(sender, instance, **kwargs):
    _enqueue([instance.pk])


def _moved(sender, instance, **kwargs):
    _enqueue(Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        from .indexing import remove_page

        remove_page(instance.pk)


def connect() -> None:
    page_published.connect(_published, dispatch_uid="site-search-published")
    page_unpublished.connect(_published, dispatch_uid="site-search-unpublished")
    post_page_move.connect(_moved, dispatch_uid="site-search-moved")
    post_delete.connect(_deleted, dispatch_uid="site-search-deleted")
