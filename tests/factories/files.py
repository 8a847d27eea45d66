"""Files a citizen might upload: real images (with GPS data, huge, broken) and impostors."""

import io
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from kommunportal.testing import pdf_bytes as pdf_file

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


PAGE_OBJECTS = [
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
]


def pdf(name="ritning.pdf") -> SimpleUploadedFile:
    """A plain one-page PDF."""
    content = pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", *PAGE_OBJECTS])
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


def pdf_with_open_action_javascript(name="faktura.pdf", script=b"app.alert('hej');") -> SimpleUploadedFile:
    """A PDF that runs a script as soon as it is opened (/OpenAction with a JavaScript action)."""
    catalog = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>"
    action = b"<< /Type /Action /S /JavaScript /JS (" + script + b") >>"
    return SimpleUploadedFile(name, pdf_file([catalog, *PAGE_OBJECTS, action]), content_type="application/pdf")


def pdf_with_escaped_javascript_name(name="faktura.pdf") -> SimpleUploadedFile:
    """The same script under names written with #-escapes, as malware does to hide them."""
    catalog = b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >>"
    return SimpleUploadedFile(name, pdf_file([catalog, *PAGE_OBJECTS]), content_type="application/pdf")


def pdf_with_launch_action(name="faktura.pdf") -> SimpleUploadedFile:
    """A link on the page that starts a program."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>"
    link = b"<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /A << /S /Launch /F (cmd.exe) >> >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", PAGE_OBJECTS[0], page, link]
    return SimpleUploadedFile(name, pdf_file(objects), content_type="application/pdf")


def pdf_with_embedded_file(name="faktura.pdf") -> SimpleUploadedFile:
    """A PDF carrying another file inside it (written by pypdf, as a real tool would)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_attachment("program.exe", b"MZ\x90\x00 a Windows program")
    buffer = io.BytesIO()
    writer.write(buffer)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


def pdf_with_compressed_javascript(name="faktura.pdf") -> SimpleUploadedFile:
    """The script in an object packed into a compressed object stream (PDF 1.5), where the raw
    bytes do not show it: only reading the file's objects finds it."""
    import struct
    import zlib

    header = b"4 0 "
    packed = zlib.compress(header + b"<< /S /JavaScript /JS (app.alert(1)) >>")
    object_stream = (
        b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (len(header), len(packed))
        + packed
        + b"\nendstream"
    )
    bodies = {
        1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
        2: PAGE_OBJECTS[0],
        3: PAGE_OBJECTS[1],
        5: object_stream,
    }
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in bodies.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    offsets[6] = len(out)
    rows = [(0, 0, 65535), (1, offsets[1], 0), (1, offsets[2], 0), (1, offsets[3], 0), (2, 5, 0)]
    rows += [(1, offsets[5], 0), (1, offsets[6], 0)]
    table = b"".join(struct.pack(">BIH", *row) for row in rows)
    out += b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(table)
    out += table + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % offsets[6]
    return SimpleUploadedFile(name, bytes(out), content_type="application/pdf")


def broken_pdf(name="trasig.pdf") -> SimpleUploadedFile:
    """Starts like a PDF, and then is not one."""
    return SimpleUploadedFile(name, b"%PDF-1.4\n" + b"\x00garbage" * 200, content_type="application/pdf")
