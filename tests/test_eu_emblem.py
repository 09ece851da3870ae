"""The EU emblem: twelve stars like the hours of a clock on a circle of a third of the height, inside its 3:2 flag."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from migration_manual.core.pictures.eu_emblem import BLUE, GOLD, eu_emblem, star_centres, star_points

SVG = "{http://www.w3.org/2000/svg}"


def test_twelve_stars_on_a_circle_of_a_third_of_the_height() -> None:
    centres = star_centres(90)
    assert len(centres) == 12
    assert all(math.isclose(math.dist(c, (67.5, 45)), 30) for c in centres)
    assert math.isclose(centres[0][0], 67.5) and math.isclose(centres[0][1], 15)  # twelve o'clock


def test_each_star_points_upwards_within_its_circle() -> None:
    points = star_points(0, 0, 5)
    assert len(points) == 10 and math.isclose(points[0][0], 0, abs_tol=1e-9) and math.isclose(points[0][1], -5)
    assert all(math.hypot(x, y) <= 5 + 1e-9 for x, y in points)


def test_the_emblem_is_an_image_named_in_the_page_language() -> None:
    root = ET.fromstring(eu_emblem("Flagge der Europäischen Union", height=40))
    assert root.get("role") == "img" and root.get("aria-label") == "Flagge der Europäischen Union"
    assert root.get("viewBox") == "0 0 60 40"
    assert root.find(f"{SVG}rect").get("fill") == BLUE  # type: ignore[union-attr]
    assert [p.get("fill") for p in root.iter(f"{SVG}polygon")] == [GOLD] * 12
