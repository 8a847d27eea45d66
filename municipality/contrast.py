"""Colour contrast as WCAG 2 defines it: relative luminance of sRGB colours and their ratio."""

import re

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
#: WCAG 2 level AA for normal text (1.4.3).
AA_NORMAL_TEXT = 4.5
WHITE = "#ffffff"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of `#rrggbb` (0 for black, 1 for white)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def ratio(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def darker(colour: str, share: float = 0.3) -> str:
    """The colour mixed with `share` black (the navigation bar under the header)."""
    red, green, blue = (round(int(colour[i : i + 2], 16) * (1 - share)) for i in (1, 3, 5))
    return f"#{red:02x}{green:02x}{blue:02x}"
