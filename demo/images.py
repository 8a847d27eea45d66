"""Demo images drawn locally with Pillow: no downloads, deterministic for a given key."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model


def _shade(rgb: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return tuple(max(0, min(255, int(channel * factor))) for channel in rgb)


def _color_for(key: str, color: str | None) -> tuple[int, int, int]:
    if color:
        color = color.lstrip("#")
        return tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))
    digest = hashlib.sha256(key.encode()).digest()
    return (40 + digest[0] % 120, 60 + digest[1] % 120, 80 + digest[2] % 120)


def draw_landscape(key: str, color: str | None = None, size: tuple[int, int] = (1200, 800)) -> bytes:
    """A simple lake-and-hills picture in the key's colour, as JPEG bytes."""
    width, height = size
    base = _color_for(key, color)
    digest = hashlib.sha256(key.encode()).digest()
    picture = PILImage.new("RGB", size, _shade(base, 1.6))
    draw = ImageDraw.Draw(picture)
    for band in range(12):  # sky gradient
        draw.rectangle([0, band * height // 24, width, (band + 1) * height // 24], fill=_shade(base, 1.9 - band * 0.04))
    sun_x = width // 5 + digest[3] % (width // 2)
    draw.ellipse([sun_x, height // 8, sun_x + width // 8, height // 8 + width // 8], fill=(255, 214, 102))
    for layer in range(3):  # hills
        top = height // 2 + layer * height // 10
        points = [(0, height)]
        for step in range(9):
            x = step * width // 8
            y = top - (digest[(step + layer * 9) % 32] % (height // 6))
            points.append((x, y))
        points.append((width, height))
        draw.polygon(points, fill=_shade(base, 0.9 - layer * 0.2))
    draw.rectangle([0, height * 5 // 6, width, height], fill=_shade((70, 130, 180), 1.0))  # lake
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def demo_image(key: str, title: str, color: str | None = None):
    """The Wagtail image for `key`, created on first use."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    data = draw_landscape(key, color)
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(data), name=f"demo-{key}.jpg")
    image.save()
    return image
