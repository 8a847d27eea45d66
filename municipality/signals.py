"""A change to the municipality's settings shows on every page at once: the cached header and
footer are rebuilt and the frontend cache drops every page."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from cms_pages.frontend_cache import EVERYTHING, ban
from foundations import tree_cache

from .models import MunicipalitySettings, MunicipalityText, SocialLink


def _changed(**kwargs):
    # After commit: the settings' rows are saved after the settings themselves.
    transaction.on_commit(lambda: tree_cache.invalidate(tree_cache.TREE))
    ban(EVERYTHING)


def connect() -> None:
    for model in (MunicipalitySettings, MunicipalityText, SocialLink):
        post_save.connect(_changed, sender=model, dispatch_uid=f"municipality-changed-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"municipality-deleted-{model.__name__}")
