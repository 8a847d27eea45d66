"""Keep cached news lists and the frontend cache in step with editors' changes.

Publishing a page already bumps the page-tree cache and purges the page, its parent and the
audience pages it is tagged for (`cms_pages.signals`, `cms_pages.frontend_cache`). News adds:
* the index's filtered lists, pages and feeds (other addresses under the index) are banned by
  the index's path;
* a topic change (a new name) refreshes the cached topic lists and the news pages that show them.
"""

import re

from django.db.models.signals import post_delete, post_save

from cms_pages.frontend_cache import EVERYTHING, ban
from cms_pages.signals import invalidate
from foundations.tree_cache import TREE


def _news_published(sender, instance, **kwargs):
    from .models import NewsIndexPage, NewsPage

    page = instance.specific
    if isinstance(page, NewsPage):
        index = page.get_parent()
    elif isinstance(page, NewsIndexPage):
        index = page
    else:
        return
    path = index.get_url() if index is not None else None
    if path:
        ban("^" + re.escape(path))


def _topic_changed(sender, instance, **kwargs):
    invalidate(TREE)
    ban(EVERYTHING)  # topic names show on news pages, lists and feeds; topics change rarely


def connect() -> None:
    from wagtail.signals import page_published, page_unpublished

    from .models import Topic

    page_published.connect(_news_published, dispatch_uid="news-frontend-cache-published")
    page_unpublished.connect(_news_published, dispatch_uid="news-frontend-cache-unpublished")
    post_save.connect(_topic_changed, sender=Topic, dispatch_uid="news-topic-saved")
    post_delete.connect(_topic_changed, sender=Topic, dispatch_uid="news-topic-deleted")
