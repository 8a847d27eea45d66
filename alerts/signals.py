"""A saved or deleted message is shown (or gone) at once: the cached messages are dropped and
the frontend cache is emptied, since every page carries the banner."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from cms_pages import frontend_cache

from . import current
from .models import ImportantMessage


def _changed(**kwargs):
    current.changed()
    # Again after commit: the audiences are saved after the row, and a request in between must
    # not keep the half-saved state.
    transaction.on_commit(current.changed)
    frontend_cache.ban(frontend_cache.EVERYTHING)


def connect() -> None:
    post_save.connect(_changed, sender=ImportantMessage, dispatch_uid="kommunportal-alert-saved")
    post_delete.connect(_changed, sender=ImportantMessage, dispatch_uid="kommunportal-alert-deleted")
    m2m_changed.connect(
        _changed, sender=ImportantMessage.audiences.through, dispatch_uid="kommunportal-alert-audiences"
    )
