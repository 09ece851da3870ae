"""The emblem of the European Union, drawn from its geometric description: a blue rectangle of 3:2, twelve gold
five-pointed stars, points upwards, on an invisible circle whose radius is a third of the height, each star inside a
circle whose radius is an eighteenth of the height; Reflex Blue and Yellow as their web colours.

Drawn here rather than shipped as a file, so that it needs no download and carries its accessible name in the
page's language. Shown with the funding acknowledgement on every page and on the PDF cover.
"""

from __future__ import annotations

import math

from .svg import escape

BLUE = "#003399"
GOLD = "#FFCC00"


def star_points(cx: float, cy: float, outer: float) -> list[tuple[float, float]]:
    """The ten corners of a five-pointed star with one point upwards."""
    inner = outer * math.sin(math.radians(18)) / math.sin(math.radians(54))
    points = []
    for index in range(10):
        radius = outer if index % 2 == 0 else inner
        angle = math.radians(-90 + 36 * index)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def star_centres(height: float) -> list[tuple[float, float]]:
    """Where the twelve stars stand: like the hours on a clock face, on a circle of a third of the height."""
    cx, cy, radius = height * 0.75, height / 2, height / 3
    return [
        (cx + radius * math.cos(math.radians(-90 + 30 * hour)), cy + radius * math.sin(math.radians(-90 + 30 * hour)))
        for hour in range(12)
    ]


def eu_emblem(label: str, height: float = 40) -> str:
    """The emblem as inline SVG, `height` high, named `label` for screen readers."""
    width = height * 1.5
    stars = "".join(
        '<polygon points="'
        + " ".join(f"{x:.2f},{y:.2f}" for x, y in star_points(cx, cy, height / 18))
        + f'" fill="{GOLD}"/>'
        for cx, cy in star_centres(height)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="mm-eu-emblem" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" aria-label="{escape(label)}">'
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="{BLUE}"/>{stars}</svg>'
    )
