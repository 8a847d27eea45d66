"""A file upload: the files are checked, held beside the draft (not in its JSON) and counted
together with those attached on an earlier visit."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail import blocks

from eservice_blocks.uploads import DOCUMENT_TYPES, PHOTO_TYPES, UploadField

from .base import QuestionKind
from .blocks import FieldBlock

FILE_KINDS = [("documents", _("PDF or images")), ("images", _("Images only")), ("pdf", _("PDF only"))]
FILE_TYPES = {"documents": DOCUMENT_TYPES, "images": PHOTO_TYPES, "pdf": {"application/pdf"}}


class FileFieldBlock(FieldBlock):
    accept = blocks.ChoiceBlock(choices=FILE_KINDS, default="documents", label=_("Allowed files"))
    max_megabytes = blocks.IntegerBlock(min_value=1, max_value=25, default=10, label=_("Largest file (MB)"))
    max_files = blocks.IntegerBlock(min_value=1, max_value=10, default=3, label=_("Most files"))

    class Meta:
        label = _("File upload")


class DraftUploadField(UploadField):
    """Uploads that join the `already` files the draft holds: together no more than `max_files`."""

    def __init__(self, *, already: int = 0, **kwargs):
        self.already = already
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        uploads = super().clean(data, initial)
        if uploads and self.already + len(uploads) > self.max_files:
            message = ngettext_lazy(
                "You can attach at most %(count)s file here. Remove the one already attached first.",
                "You can attach at most %(count)s files here. Remove one of those already attached first.",
                "count",
            )
            raise ValidationError(message, params={"count": self.max_files}, code="too_many_files")
        return uploads


class FileKind(QuestionKind):
    id = "file"
    order = 110
    operators = ()
    holds_files = True

    def get_block(self):
        return FileFieldBlock()

    def form_field(self, value, *, attached=()):
        options = self.field_options(value)
        # A required upload is satisfied by files already attached in an earlier visit.
        options["required"] = options["required"] and not attached
        return DraftUploadField(
            allowed_types=FILE_TYPES[value["accept"]],
            max_bytes=value["max_megabytes"] * 1024 * 1024,
            max_files=value["max_files"],
            already=len(attached),
            **options,
        )

    def is_answered(self, answer, files=()):
        return bool(files)

    def display(self, answer, files=()):
        return ", ".join(held.name for held in files)

    def condition_errors(self, value, condition, names):
        return [
            _('%(subject)s depends on "%(key)s", a file upload. Choose a question with an answer to compare.') % names
        ]


KINDS = [FileKind]
