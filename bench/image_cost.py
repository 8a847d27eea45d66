"""CPU that one request's images cost the server: five highly compressible 36-megapixel PNGs
(about 120 KB each), checked as one request checks them. Run: make bench-image-cost."""

import io
import os
import sys
import time

import django

sys.path[:0] = [".", "site"]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunportal.settings.test")
django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import Image  # noqa: E402

from eservice_blocks.uploads import PHOTO_TYPES, check_upload, end_pixel_budget, start_pixel_budget  # noqa: E402

count = int(os.environ.get("COUNT", "5"))
side = int(os.environ.get("SIDE", "6000"))
buffer = io.BytesIO()
Image.new("RGB", (side, side), (200, 30, 30)).save(buffer, format="PNG")
data = buffer.getvalue()

start_pixel_budget()
started = time.process_time()
accepted = refused = 0
for n in range(count):
    try:
        check_upload(SimpleUploadedFile(f"{n}.png", data, content_type="image/png"), allowed_types=PHOTO_TYPES)
        accepted += 1
    except ValidationError:
        refused += 1
spent = time.process_time() - started
end_pixel_budget()
print(f"{count} PNGs of {side}x{side} ({len(data) * count // 1024} KB in all): accepted {accepted}, refused {refused}")
print(f"server CPU for the request: {spent:.2f} s")
