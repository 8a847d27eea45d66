"""Demo images drawn locally with Pillow: no downloads, deterministic for a given key."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model


def _shade(rgb: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return tuple(max(0, min(255, int(channel * factor))) for channel in rgb)


def _tint(rgb: tuple[int, int, int], strength: float) -> tuple[int, int, int]:
    """The colour mixed with white: 0 is white, 1 the colour itself."""
    return tuple(round(255 - (255 - channel) * strength) for channel in rgb)


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


def _figure(draw, x: int, ground: int, height: int, color) -> None:
    """A person as a head and a rounded body, standing on `ground`, `height` tall."""
    head = height // 4
    draw.ellipse([x - head // 2, ground - height, x + head // 2, ground - height + head], fill=color)
    draw.rounded_rectangle(
        [x - head * 3 // 4, ground - height + head + head // 8, x + head * 3 // 4, ground], radius=head // 2, fill=color
    )


def _family(draw, size, ink, accent):
    ground = size * 5 // 6
    _figure(draw, size * 3 // 10, ground, size * 11 // 20, ink)
    _figure(draw, size * 7 // 10, ground, size // 2, ink)
    _figure(draw, size // 2, ground, size * 3 // 10, accent)  # the child between them


def _house(draw, size, ink, accent):
    left, right, top, ground = size // 5, size * 4 // 5, size * 9 // 20, size * 5 // 6
    draw.rectangle([size * 3 // 5, size // 4, size * 2 // 3, size * 2 // 5], fill=ink)  # chimney
    draw.polygon([(left - size // 20, top), (size // 2, size // 5), (right + size // 20, top)], fill=ink)
    draw.rectangle([left, top, right, ground], fill=accent)
    draw.rectangle([size * 9 // 20, size * 3 // 5, size * 11 // 20, ground], fill=ink)  # door
    draw.rectangle([size * 3 // 10, size // 2, size * 2 // 5, size * 3 // 5], fill=ink)  # windows
    draw.rectangle([size * 3 // 5, size // 2, size * 7 // 10, size * 3 // 5], fill=ink)


def _moving(draw, size, ink, accent):
    ground = size * 3 // 4
    draw.rounded_rectangle([size // 8, size * 2 // 5, size * 5 // 8, ground], radius=size // 40, fill=accent)
    draw.polygon(
        [
            (size * 5 // 8, size // 2),
            (size * 4 // 5, size // 2),
            (size * 7 // 8, size * 3 // 5),
            (size * 7 // 8, ground),
            (size * 5 // 8, ground),
        ],
        fill=ink,
    )  # the van's cab
    for centre in (size // 4, size * 3 // 4):
        draw.ellipse([centre - size // 14, ground - size // 14, centre + size // 14, ground + size // 14], fill=ink)
    pin = size // 2  # a map pin above the load: the new address
    draw.ellipse([pin - size // 10, size // 10, pin + size // 10, size * 3 // 10], fill=ink)
    draw.polygon(
        [(pin - size // 12, size * 9 // 40), (pin + size // 12, size * 9 // 40), (pin, size * 7 // 20)], fill=ink
    )
    draw.ellipse([pin - size // 28, size * 6 // 40, pin + size // 28, size * 10 // 40], fill=accent)


def _business(draw, size, ink, accent):
    left, right, ground = size // 6, size * 5 // 6, size * 5 // 6
    draw.rectangle([left, size * 2 // 5, right, ground], fill=accent)
    stripe = (right - left) // 6
    for n in range(6):  # the striped awning
        draw.rectangle(
            [left + n * stripe, size * 3 // 10, left + (n + 1) * stripe, size * 2 // 5],
            fill=ink if n % 2 == 0 else (255, 255, 255),
        )
    draw.rectangle([left, size // 5, right, size * 3 // 10], fill=ink)  # the sign
    draw.rectangle([size * 3 // 10, size // 2, size * 11 // 20, size * 7 // 10], fill=(255, 255, 255))  # window
    draw.rectangle([size * 5 // 8, size // 2, size * 3 // 4, ground], fill=ink)  # door


def _older_people(draw, size, ink, accent):
    ground = size * 5 // 6
    draw.rectangle([size * 3 // 4 - size // 40, size * 2 // 5, size * 3 // 4 + size // 40, ground], fill=ink)  # tree
    draw.ellipse([size * 3 // 5, size // 6, size * 9 // 10, size // 2], fill=accent)
    draw.rectangle([size // 10, size * 13 // 20, size // 2, size * 7 // 10], fill=ink)  # the bench
    draw.rectangle([size // 10, size * 11 // 20, size // 2, size * 3 // 5], fill=ink)
    for leg in (size // 8, size * 9 // 20):
        draw.rectangle([leg, size * 7 // 10, leg + size // 40, ground], fill=ink)
    _figure(draw, size * 3 // 10, size * 13 // 20, size * 7 // 20, accent)  # seated on it
    draw.line([(size * 11 // 20, size * 9 // 20), (size * 3 // 5, ground)], fill=ink, width=size // 50)  # a stick


#: What each audience's tile shows: who the audience is, not a landscape in its colour.
MOTIFS = {
    "family": _family,
    "house": _house,
    "moving": _moving,
    "business": _business,
    "older-people": _older_people,
}


def draw_illustration(motif: str, color: str | None = None, size: int = 600) -> bytes:
    """A flat illustration of `motif` on a pale ground in the colour, as PNG bytes (sharp at small
    sizes, where a photograph-like landscape turns into a smudge)."""
    ink = _color_for(motif, color)
    picture = PILImage.new("RGB", (size, size), _tint(ink, 1 / 6))
    draw = ImageDraw.Draw(picture)
    draw.ellipse([-size // 4, size * 3 // 4, size * 5 // 4, size * 3 // 2], fill=_tint(ink, 2 / 5))  # the ground
    MOTIFS[motif](draw, size, ink, _shade(ink, 1.5))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_image(key: str, title: str, color: str | None = None, motif: str | None = None):
    """The Wagtail image for `key`, created on first use: an illustration of `motif` when given,
    else a landscape."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    if motif:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(draw_illustration(motif, color)), name=f"demo-{key}.png")
        image.save()
        return image
    data = draw_landscape(key, color)
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(data), name=f"demo-{key}.jpg")
    image.save()
    return image
