"""A citizen who has signed in: known only by the keyed hash of their identity number."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Citizen(models.Model):
    """One person who has signed in at least once.

    Holds no name and no personal identity number: only the keyed hash that ties their cases,
    drafts and sessions together, and when they last signed out of every session. Deleted
    when they have not signed in for CITIZEN_RETENTION_DAYS.
    """

    identity_hash = models.CharField(max_length=64, unique=True, editable=False)
    first_signed_in_at = models.DateTimeField(_("first signed in"), default=timezone.now)
    last_signed_in_at = models.DateTimeField(_("last signed in"), default=timezone.now, db_index=True)
    #: Sessions that began before this moment are no longer valid ("sign out everywhere").
    signed_out_everywhere_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("citizen")
        verbose_name_plural = _("citizens")

    def __str__(self):
        return f"Citizen {self.pk}"
