"""A change to the municipality's settings shows on every page at once: the cached header and
footer are rebuilt and the frontend cache drops every page. A place's publish rebuilds the
footer, which may show its hours."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from cms_pages.frontend_cache import EVERYTHING, ban
from foundations import tree_cache
from places.models import PlacePage

from .identity import SETTINGS
from .models import MunicipalitySettings, MunicipalityText, SocialLink


def _changed(**kwargs):
    # After commit: the settings' rows are saved after the settings themselves.
    transaction.on_commit(lambda: tree_cache.invalidate(tree_cache.TREE, SETTINGS))
    ban(EVERYTHING)


def _place_published(instance, **kwargs):
    # The footer may show a place's hours; places are few and rarely published.
    if isinstance(instance, PlacePage):
        transaction.on_commit(lambda: tree_cache.invalidate(SETTINGS))


def connect() -> None:
    for model in (MunicipalitySettings, MunicipalityText, SocialLink):
        post_save.connect(_changed, sender=model, dispatch_uid=f"municipality-changed-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"municipality-deleted-{model.__name__}")
    page_published.connect(_place_published, dispatch_uid="municipality-place-published")
    page_unpublished.connect(_place_published, dispatch_uid="municipality-place-unpublished")
