"""The demo's pictures: each audience's tile shows who the audience is, each one different."""

import io
from pathlib import Path

import yaml
from django.conf import settings
from PIL import Image

from demo.images import MOTIFS, draw_illustration

AUDIENCES = Path(settings.BASE_DIR) / "demo" / "data" / "audiences"


def audience_motifs() -> dict[str, str]:
    return {path.stem: yaml.safe_load(path.read_text())["audience"].get("motif") for path in AUDIENCES.glob("*.yaml")}


def test_every_demo_audience_has_an_illustration_of_its_own():
    motifs = audience_motifs()

    assert len(motifs) >= 5
    assert set(motifs.values()) <= set(MOTIFS)
    assert len(set(motifs.values())) == len(motifs)


def test_each_illustration_is_a_different_picture():
    pictures = {motif: Image.open(io.BytesIO(draw_illustration(motif, "#2e6b3f"))) for motif in MOTIFS}

    for picture in pictures.values():
        assert picture.format == "PNG" and picture.size == (600, 600)
        assert len(picture.getcolors(maxcolors=4096) or ()) >= 3  # a motif on a ground, not a blank square
    fingerprints = {motif: picture.resize((16, 16)).tobytes() for motif, picture in pictures.items()}
    assert len(set(fingerprints.values())) == len(MOTIFS)
