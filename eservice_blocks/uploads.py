"""Citizens' uploads: the type is read from the bytes, sizes are limited, and images are
re-encoded without their metadata (EXIF, GPS, comments) before anything is stored.

A re-encoded image carries only pixels, so an image crafted to exploit a viewer, or one that
tells where the citizen lives, never reaches a handler's screen. Huge or "decompression
bomb" images are refused before their pixels are decoded. PDFs with scripts or embedded files
are refused (`pdf_check`).
"""

import io
import os
import secrets
import threading
from contextvars import ContextVar
from dataclasses import dataclass

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.signals import request_finished, request_started
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from .pdf_check import refuse_active_content

try:  # iPhones send HEIC photos; decoding them needs pillow-heif.
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is in requirements.txt
    pass

#: File types a citizen may upload, by MIME type, with a word for error messages.
KNOWN_TYPES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/webp": "WebP",
    "image/heic": "HEIC",
    "image/heif": "HEIF",
}
IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"}
PHOTO_TYPES = IMAGE_TYPES
DOCUMENT_TYPES = {"application/pdf", *IMAGE_TYPES}

GPS_IFD = 0x8825

# Decoding costs CPU by the pixel, not by the byte: a 100 KB PNG can hold 36 megapixels. One
# request may decode at most ESERVICE_REQUEST_MAX_PIXELS in all, and at most
# ESERVICE_IMAGE_ENCODERS images are re-encoded at once in one process, so that a few requests
# cannot take every core from the citizens behind them.
_pixels_left: ContextVar[int | None] = ContextVar("pixels_left", default=None)
_encoders = threading.BoundedSemaphore(max(1, int(getattr(settings, "ESERVICE_IMAGE_ENCODERS", 2))))


def start_pixel_budget(**kwargs):
    """Every request starts with the whole budget."""
    _pixels_left.set(settings.ESERVICE_REQUEST_MAX_PIXELS)


def end_pixel_budget(**kwargs):
    """After the request, nothing is left over for the next work in this thread (outside a
    request, each image is held only to its own limit)."""
    _pixels_left.set(None)


request_started.connect(start_pixel_budget, dispatch_uid="eservice-uploads-pixel-budget")
request_finished.connect(end_pixel_budget, dispatch_uid="eservice-uploads-pixel-budget")


def _spend_pixels(pixels: int) -> bool:
    """Take `pixels` from this request's budget; False when it has not that many left."""
    left = _pixels_left.get()
    if left is None:
        return True
    if pixels > left:
        return False
    _pixels_left.set(left - pixels)
    return True


@dataclass
class CleanUpload:
    """A checked upload, ready to store: its safe bytes and what the citizen called it."""

    name: str
    content_type: str
    content: bytes
    #: (latitude, longitude) from the photo's GPS data, read before it was stripped.
    gps: tuple[float, float] | None = None

    @property
    def size(self) -> int:
        return len(self.content)

    def as_file(self) -> ContentFile:
        return ContentFile(self.content, name=self.name)


def type_list(types) -> str:
    return ", ".join(sorted({KNOWN_TYPES.get(mime, mime) for mime in types}))


def sniff(upload) -> str | None:
    """The MIME type read from the file's first bytes, or None when unknown."""
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    return kind.mime if kind else None


def check_upload(upload, *, allowed_types, max_bytes: int | str | None = None) -> CleanUpload:
    """Check one uploaded file and return what may be stored; raise a ValidationError that tells
    the citizen what to do."""
    if isinstance(max_bytes, str):  # the name of a setting, read now (tests override it)
        max_bytes = getattr(settings, max_bytes)
    max_bytes = max_bytes or settings.ESERVICE_UPLOAD_MAX_BYTES
    if upload.size > max_bytes:
        raise ValidationError(
            _("%(name)s is %(size)s. Choose a file of at most %(limit)s."),
            params={"name": upload.name, "size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    mime = sniff(upload)
    if mime == "image/heif":
        mime = "image/heic"
    if mime not in allowed_types:
        raise ValidationError(
            _("%(name)s is not a file type we accept. Choose a %(types)s file."),
            params={"name": upload.name, "types": type_list(allowed_types)},
            code="file_type",
        )
    if mime in IMAGE_TYPES:
        return reencode_image(upload)
    if mime == "application/pdf":
        refuse_active_content(upload)
    data = upload.read()
    upload.seek(0)
    return CleanUpload(name=safe_name(upload.name, KNOWN_EXTENSIONS.get(mime, "bin")), content_type=mime, content=data)


KNOWN_EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}


def safe_name(name: str, extension: str) -> str:
    """A file name safe to store and show: the citizen's stem, our extension."""
    stem = get_valid_filename(os.path.splitext(os.path.basename(name or ""))[0])[:80] or "file"
    return f"{stem}.{extension}"


def reencode_image(upload) -> CleanUpload:
    """Decode the image (refusing decompression bombs), turn it upright, and encode its pixels
    anew as JPEG (PNG for PNGs and transparency): no EXIF, no GPS, no embedded payloads."""
    max_pixels = settings.ESERVICE_IMAGE_MAX_PIXELS
    unreadable = ValidationError(
        _("%(name)s could not be read as an image. Choose another photo."),
        params={"name": upload.name},
        code="unreadable",
    )
    too_big = ValidationError(
        _("%(name)s has too many pixels. Choose a smaller image (at most %(megapixels)s megapixels)."),
        params={"name": upload.name, "megapixels": max_pixels // 1_000_000},
        code="too_many_pixels",
    )
    too_many_together = ValidationError(
        _(
            "Together, the images you chose have too many pixels for one sending. "
            "Send %(name)s separately, or choose smaller images."
        ),
        params={"name": upload.name},
        code="too_many_pixels_together",
    )
    try:
        with Image.open(upload) as image, _encoders:
            # The header tells the size before any pixel is decoded.
            if image.width * image.height > max_pixels:
                raise too_big
            if not _spend_pixels(image.width * image.height):
                raise too_many_together
            gps = gps_position(image)
            was_png = image.format == "PNG"
            image = ImageOps.exif_transpose(image)
            has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
            image.load()
            output = io.BytesIO()
            if has_alpha or was_png:  # screenshots and drawings stay lossless
                # zlib's default level: `optimize` costs more CPU than it saves bytes here.
                image.convert("RGBA").save(output, format="PNG", compress_level=6)
                mime, extension = "image/png", "png"
            else:
                image.convert("RGB").save(output, format="JPEG", quality=85, optimize=True)
                mime, extension = "image/jpeg", "jpg"
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise too_big from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise unreadable from None
    finally:
        upload.seek(0)
    return CleanUpload(name=safe_name(upload.name, extension), content_type=mime, content=output.getvalue(), gps=gps)


def gps_position(image) -> tuple[float, float] | None:
    """Latitude and longitude in decimal degrees from a photo's EXIF GPS data, if any."""
    try:
        gps = image.getexif().get_ifd(GPS_IFD)
    except Exception:  # broken EXIF is common and never a reason to refuse a photo
        return None
    try:
        lat = _degrees(gps[2], gps.get(1, "N"))
        lon = _degrees(gps[4], gps.get(3, "E"))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return round(lat, 6), round(lon, 6)


def _degrees(dms, ref) -> float:
    degrees, minutes, seconds = (float(part) for part in dms)
    value = degrees + minutes / 60 + seconds / 3600
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "ignore")
    return -value if str(ref).strip().upper() in ("S", "W") else value


def storage_name(name: str) -> str:
    """A stored file's name: random, so that it cannot be guessed, with the safe extension."""
    return f"{secrets.token_hex(16)}{os.path.splitext(name)[1]}"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class UploadField(forms.FileField):
    """A file (or several, with `max_files` > 1) checked by `check_upload`.

    Cleans to a list of `CleanUpload` (empty when nothing was chosen and the field is optional).
    `max_bytes` is a number of bytes or the name of a setting.
    """

    def __init__(self, *, allowed_types=DOCUMENT_TYPES, max_bytes=None, max_files=1, **kwargs):
        self.allowed_types = set(allowed_types)
        self.max_bytes = max_bytes
        self.max_files = max_files
        kwargs.setdefault("widget", MultipleFileInput if max_files > 1 else forms.ClearableFileInput)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("accept", ",".join(sorted(self.allowed_types)))

    def max_bytes_limit(self) -> int:
        """The most bytes one file may have, now (a setting's name is read at call time)."""
        limit = getattr(settings, self.max_bytes) if isinstance(self.max_bytes, str) else self.max_bytes
        return limit or settings.ESERVICE_UPLOAD_MAX_BYTES

    def clean(self, data, initial=None):
        uploads = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if not uploads:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        if len(uploads) > self.max_files:
            raise ValidationError(
                _("Choose at most %(count)s files."), params={"count": self.max_files}, code="too_many_files"
            )
        errors, cleaned = [], []
        for upload in uploads:
            super().clean(upload, initial)
            try:
                cleaned.append(check_upload(upload, allowed_types=self.allowed_types, max_bytes=self.max_bytes))
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return cleaned

    def bound_data(self, data, initial):
        return initial
