"""PDFs with active content are refused: scripts (JavaScript, also run when the file opens),
actions that launch programs or import data, and files embedded inside the PDF.

A PDF cannot be re-encoded the way a photo is without losing what the citizen sent, and a
handler opens it in a desktop reader that runs such content. So every object of the file is
read (also those packed in compressed object streams) and the file is refused with a message
that says how to make a plain PDF. The raw bytes are searched as well, for objects that the
cross-reference table does not list but a reader repairing the file would find.
"""

import io
import logging
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

logger = logging.getLogger(__name__)

#: Keys whose presence means scripts or embedded files, anywhere in the file.
ACTIVE_KEYS = {"/JS", "/JavaScript", "/EmbeddedFile", "/EmbeddedFiles", "/EF", "/RichMedia", "/XFA"}
#: Action types (`/S`) that run something or reach outside the document.
ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/RichMediaExecute", "/GoToE"}
#: Long names searched for in the raw bytes too (short ones would match binary data by chance).
RAW_NAMES = {b"JavaScript", b"Launch", b"EmbeddedFile", b"EmbeddedFiles", b"RichMedia"}
_NAME = re.compile(rb"/([A-Za-z#0-9]{6,40})")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def refuse_active_content(upload) -> None:
    """Raise a ValidationError for a PDF with scripts or embedded files, or one that cannot be
    read (and so cannot be checked); return quietly for a plain PDF."""
    data = upload.read()
    upload.seek(0)
    name = upload.name
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(
                _("%(name)s is protected with a password. Save it without a password and choose it again."),
                params={"name": name},
                code="pdf_encrypted",
            )
        active = has_active_content(reader)
    except ValidationError:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on broken files
        logger.info("An uploaded PDF could not be read (%s)", type(error).__name__)
        raise ValidationError(
            _("%(name)s could not be read as a PDF. Save it again as a PDF, or print it to PDF, and choose that file."),
            params={"name": name},
            code="unreadable",
        ) from None
    if active or _raw_active_names(data):
        raise ValidationError(
            _(
                "%(name)s contains scripts or embedded files. Save it again as a plain PDF, or print it "
                "to PDF, and choose that file."
            ),
            params={"name": name},
            code="pdf_active_content",
        )


def has_active_content(reader: PdfReader) -> bool:
    """Whether any object listed in the file (or the trailer) holds an active key or action."""
    if _active(reader.trailer):
        return True
    for generation, numbers in reader.xref.items():
        for number in numbers:
            if _active(reader.get_object(IndirectObject(number, generation, reader))):
                return True
    return any(_active(reader.get_object(IndirectObject(number, 0, reader))) for number in reader.xref_objStm)


def _active(value, depth: int = 0) -> bool:
    """Look through one object and the objects written inside it; referenced objects are
    looked at on their own, since every listed object is."""
    if depth > 64:  # nesting this deep is no real document's
        return True
    if isinstance(value, DictionaryObject):
        if value.get("/S") in ACTIVE_ACTIONS or ACTIVE_KEYS & set(value.keys()):
            return True
        return any(_active(item, depth + 1) for item in value.values() if not isinstance(item, IndirectObject))
    if isinstance(value, ArrayObject):
        return any(_active(item, depth + 1) for item in value if not isinstance(item, IndirectObject))
    return False


def _raw_active_names(data: bytes) -> bool:
    """Names in the bytes as written, with `#xx` escapes (`/J#61vaScript`) decoded."""
    for match in _NAME.finditer(data):
        name = _ESCAPE.sub(lambda escape: bytes([int(escape.group(1), 16)]), match.group(1))
        if name in RAW_NAMES:
            return True
    return False
