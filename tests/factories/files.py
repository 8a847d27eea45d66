"""Files a citizen might upload: real images (with GPS data, huge, broken) and impostors."""

import io
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

#: Storgatan, Sjövik (59° 19' 48" N, 18° 4' 12" E) in decimal degrees.
GPS_POSITION = (59.33, 18.07)


def image_bytes(size=(20, 10), color="blue", image_format="JPEG", gps=False, orientation=None) -> bytes:
    image = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x010F] = "Kamerafabriken"  # Make: metadata that must not survive
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (59.0, 19.0, 48.0), 3: "E", 4: (18.0, 4.0, 12.0)})
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, exif=exif)
    return buffer.getvalue()


def photo(name="foto.jpg", **kwargs) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes(**kwargs), content_type="image/jpeg")


def png(name="karta.png", **kwargs) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes(image_format="PNG", **kwargs), content_type="image/png")


def image_bomb(name="bomb.png", side=9000) -> SimpleUploadedFile:
    """81 million pixels in about 10 KB: decoding it would take hundreds of megabytes."""
    buffer = io.BytesIO()
    Image.new("1", (side, side)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def program_named_like_a_photo(name="foto.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"MZ\x90\x00\x03\x00\x00\x00 a Windows program", content_type="image/jpeg")


def pdf(name="ritning.pdf") -> SimpleUploadedFile:
    content = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def phone_photo(name="IMG_2041.jpg") -> SimpleUploadedFile:
    """A real 2.4 MB JPEG, as a phone takes it: over FILE_UPLOAD_MAX_MEMORY_SIZE (2 MB), so the
    server spools it to a temporary file, and under ESERVICE_UPLOAD_MAX_BYTES."""
    width, height = 1600, 1200
    # Noise does not compress: 1600 x 1200 pixels at quality 96 are about 2.4 MB.
    image = Image.frombytes("RGB", (width, height), random.Random(2041).randbytes(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=96)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")
