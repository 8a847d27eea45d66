"""The citizen's reply on the case page, with an optional attachment checked by its bytes."""

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

ALLOWED_ATTACHMENT_TYPES = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
}


def validate_attachment(upload) -> None:
    """Reject files that are too large or whose bytes are not an allowed type, whatever the
    name or the browser's claim."""
    if upload.size > settings.CASE_ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s. Attach a file of at most %(limit)s."),
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.CASE_ATTACHMENT_MAX_BYTES),
            },
            code="too_large",
        )
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ALLOWED_ATTACHMENT_TYPES:
        raise ValidationError(
            _("This file type cannot be attached. Attach a PDF, JPEG, PNG or WebP file."), code="file_type"
        )


class CitizenReplyForm(forms.Form):
    body = forms.CharField(label=_("Your message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5}))
    attachment = forms.FileField(
        label=_("Attach a file (optional)"),
        required=False,
        help_text=_("PDF, JPEG, PNG or WebP."),
        validators=[validate_attachment],
    )
