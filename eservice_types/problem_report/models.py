"""A reported problem's place and category, citizens following it, and reports waiting for the
citizen's confirmation (nearby duplicates, a photo's position)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eservice_blocks.cases.models import private_storage
from foundations.personal_data import mask_personal_data


class ProblemReport(models.Model):
    """The public facts of a report: what and where (no personal data), for duplicates and the
    public list. The description, photos and contact details live on the case."""

    case = models.OneToOneField("eservice_blocks.Case", on_delete=models.CASCADE, related_name="problem_report")
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    block_id = models.CharField(max_length=64)
    category_key = models.CharField(max_length=64, db_index=True)
    category_label = models.CharField(_("category"), max_length=200)
    address = models.CharField(_("place"), max_length=255, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True, db_index=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")

    def __str__(self):
        return f"{self.category_label}: {self.address or self.coordinates}"

    @property
    def coordinates(self) -> str:
        if self.latitude is None:
            return ""
        return f"{self.latitude:.5f}, {self.longitude:.5f}"

    @property
    def public_place(self) -> str:
        """The place as shown to anyone (the public list, other reporters): the free text is
        typed by a citizen and may hold an identity number, a phone number or an e-mail
        address, masked by the same rules as feedback and search logs."""
        return mask_personal_data(self.address) or self.coordinates


class FollowerQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)


class Follower(models.Model):
    """A citizen who saw their problem was already reported and follows that report instead of
    sending a duplicate: e-mailed when its status changes, once they have confirmed the address
    with the link we sent to it. Deleted with the report's case data."""

    report = models.ForeignKey(ProblemReport, on_delete=models.CASCADE, related_name="followers")
    email = models.EmailField()
    language = models.CharField(max_length=8, default="sv")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    #: Hash of the random token in the confirmation link (only the e-mail holds the token).
    token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    objects = FollowerQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "email"], name="problem_report_follow_once")]

    def __str__(self):
        return f"{self.report_id}: {self.email}"


class PendingPurpose(models.TextChoices):
    CONFIRM = "confirm", _("Waiting for the citizen's confirmation")
    PHOTOS = "photos", _("Photos kept while the form is corrected")


class PendingReport(models.Model):
    """A valid report held for one more step (nearby reports to check, a photo's position to
    confirm), or the checked photos of a report whose other answers had errors, so that nothing
    the citizen entered or uploaded is lost. Expires after an hour."""

    token_hash = models.CharField(max_length=64, unique=True)
    purpose = models.CharField(max_length=16, choices=PendingPurpose.choices, default=PendingPurpose.CONFIRM)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    data = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.page_id}/{self.block_id} ({self.created_at:%Y-%m-%d %H:%M})"


class PendingPhoto(models.Model):
    pending = models.ForeignKey(PendingReport, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(upload_to="pending-photos/", storage=private_storage)
    name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

    def __str__(self):
        return self.name
