"""E-archive: a closed (or withdrawn) case as an E-ARK SIP written to a folder the archive
picks packages up from. The vocabularies of the E-ARK specification are checked by the archive."""

import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from handover.base import CASE_CLOSED, CASE_WITHDRAWN, HandoverBackend, PermanentError
from handover.registry import registry

from .package import PackageFile, json_file, mets_document, premis_events, write_package

FOLDER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
README = """Kommunportal: a closed case, as an E-ARK SIP (CSIP 2.1).

metadata/descriptive/case.json   the case (the hand-over event document, docs/handover.md)
metadata/preservation/premis.xml when it was received, closed and packaged
schemas/case.schema.json         the JSON Schema of case.json
representations/rep1/data/       the case as a PDF and the files that came with it
"""


def archive_root() -> Path | None:
    root = settings.HANDOVER_ARCHIVE_ROOT
    return Path(root) if root else None


class ArchiveSettingsBlock(blocks.StructBlock):
    folder = blocks.CharBlock(
        max_length=64,
        label=_("Archive folder"),
        help_text=_("A folder name under the hand-over archive folder that IT staff set up, e.g. bygglov."),
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("E-archive package")

    def clean(self, value):
        value = super().clean(value)
        if not FOLDER_NAME.match(value.get("folder") or ""):
            raise StructBlockValidationError(
                {"folder": ValidationError(_("Use letters, digits, - and _ only, at most 64 characters."))}
            )
        if archive_root() is None:
            raise StructBlockValidationError(
                {"folder": ValidationError(_("No archive folder is set up on this server (HANDOVER_ARCHIVE_ROOT)."))}
            )
        return value


@registry
class EArchiveBackend(HandoverBackend):
    id = "earchive"
    label = _("E-archive package")
    events = frozenset({CASE_CLOSED, CASE_WITHDRAWN})

    def settings_block(self):
        return ArchiveSettingsBlock()

    def target(self, settings):
        return f"{_('e-archive')} ({settings.get('folder', '')})"

    def deliver(self, handover, files):
        root = archive_root()
        folder = handover.settings.get("folder") or ""
        if root is None or not FOLDER_NAME.match(folder):
            raise PermanentError(
                gettext_noop("no archive folder is set up (HANDOVER_ARCHIVE_ROOT) or the folder name is invalid")
            )
        document = handover.document
        case = document.get("case", {})
        object_id = f"{case.get('reference', 'case')}_{handover.event_id}"
        created = timezone.now().isoformat()
        data = []
        if hasattr(handover.subject, "handover_pdf"):
            data.append(
                PackageFile(
                    f"representations/rep1/data/{case.get('reference', 'case')}.pdf",
                    handover.subject.handover_pdf(),
                    "application/pdf",
                )
            )
        for number, file in enumerate(files, start=1):
            with file.open() as stream:
                content = stream.read()
            name = re.sub(r"[^A-Za-z0-9._-]", "_", file.name)[:100] or "file"
            data.append(
                PackageFile(
                    f"representations/rep1/data/{number:03d}-{name}",
                    content,
                    file.content_type or "application/octet-stream",
                )
            )
        descriptive = json_file("metadata/descriptive/case.json", document)
        events = [
            ("ingestion start", case.get("received_at") or created, "Case received"),
            ("packaging", created, f"Packaged by Kommunportal from event {handover.event_id}"),
        ]
        if case.get("closed_at"):
            events.insert(1, ("deaccession", case["closed_at"], "Case closed"))
        preservation = PackageFile(
            "metadata/preservation/premis.xml", premis_events(object_id, created, events), "application/xml"
        )
        documentation = [PackageFile("documentation/README.txt", README.encode(), "text/plain")]
        schemas = [json_file("schemas/case.schema.json", document.get("schema") or {"type": "object"})]
        mets = mets_document(
            object_id=object_id,
            label=f"{case.get('reference', '')} {case.get('eservice', '')}",
            created=created,
            descriptive=descriptive,
            preservation=preservation,
            documentation=documentation,
            schemas=schemas,
            data=data,
        )
        write_package(root / folder, object_id, [descriptive, preservation, *documentation, *schemas, *data], mets)
        return object_id
