"""Drafts of applications: what the citizen has answered so far, and the files already checked."""

from datetime import timedelta

from django.db import models
from django.utils import timezone

from eservice_blocks.cases.models import private_storage

DRAFT_DAYS = 30


def default_expiry():
    return timezone.now() + timedelta(days=DRAFT_DAYS)


class ApplicationDraft(models.Model):
    """An application in progress, reachable only with the random token of its link (a hash
    is stored). Deleted with its files when it expires; cleared once submitted."""

    token_hash = models.CharField(max_length=64, unique=True)
    #: The link's token is derived from this and the server's secret, so that the owner's
    #: Mina sidor can lead back to the draft; the database alone never reveals a link.
    token_seed = models.CharField(max_length=64, blank=True)
    #: A signed-in citizen's draft (keyed hash, see citizens.identity): only they may open it.
    identity_hash = models.CharField(max_length=64, blank=True, db_index=True)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    answers = models.JSONField(default=dict, blank=True)
    language = models.CharField(max_length=8, default="sv")
    #: Where the citizen left off (a visible step's number; past the last one: the review).
    current_step = models.PositiveSmallIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=default_expiry, db_index=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.page_id}/{self.block_id} ({self.updated_at:%Y-%m-%d})"


class DraftFile(models.Model):
    """A file that passed the upload checks, kept with the draft until it is submitted."""

    draft = models.ForeignKey(ApplicationDraft, on_delete=models.CASCADE, related_name="files")
    field_key = models.CharField(max_length=40)
    file = models.FileField(upload_to="application-drafts/", storage=private_storage)
    name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.name
