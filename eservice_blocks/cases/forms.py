"""The citizen's reply on the case page, with an optional attachment checked by its bytes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from eservice_blocks.uploads import DOCUMENT_TYPES, UploadField
from foundations.free_text import FreeTextForm


class CitizenReplyForm(FreeTextForm):
    body = forms.CharField(label=_("Your message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5}))
    attachment = UploadField(
        label=_("Attach a file"),
        required=False,
        help_text=_("PDF or a photo (JPEG, PNG, WebP, HEIC)."),
        allowed_types=DOCUMENT_TYPES,
        max_bytes="CASE_ATTACHMENT_MAX_BYTES",
    )
