"""The organigram: the structure records as boxes in rows, with their relations."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from ..collation import collation_key
from ..model import Manual, Record
from ..urls import record_page
from .svg import CHAR, WIDTH, Href, link, svg, text_lines

PER_ROW = 4
BOX = 170
ABOVE = {"steers": False, "extends": True, "supports": True, "part-of": True}
"""Relation types that place one structure above another; True when the relation's target is the upper one."""


@dataclass(frozen=True)
class Box:
    """A record's box in the organigram."""

    record: Record
    x: float
    y: float
    lines: tuple[str, ...]


def organigram_levels(structures: list[Record]) -> dict[str, int]:
    """Row of each structure: 0 for those nothing is above, then one more than the lowest structure above it."""
    ids = {r.id for r in structures}
    above: dict[str, set[str]] = {r.id: set() for r in structures}
    for record in structures:
        for relation in record.facts.relations:
            if relation.target in ids and relation.type in ABOVE:
                upper, lower = (relation.target, record.id) if ABOVE[relation.type] else (record.id, relation.target)
                above[lower].add(upper)
    levels = dict.fromkeys(ids, 0)
    for _ in ids:  # longest path; bounded so that a cycle in the data cannot loop forever
        changed = False
        for node, uppers in above.items():
            level = max([levels[node], *(levels[u] + 1 for u in uppers)])
            changed, levels[node] = changed or level != levels[node], level
        if not changed:  # settled: usually after as many rounds as there are rows
            break
    return levels


def render_organigram(manual: Manual, lang: str, href: Href, titles: dict[str, str]) -> str:
    """The structure records as boxes in rows, arrows for steering, extending and supporting, dashes for 'related'."""
    structures = sorted(
        (r for r in manual.records.values() if r.facts.kind == "structure"), key=lambda r: collation_key(titles[r.id])
    )
    levels = organigram_levels(structures)
    rows: dict[int, list[Record]] = {}
    for record in structures:
        rows.setdefault(levels[record.id], []).append(record)
    boxes: dict[str, Box] = {}
    y = 20.0
    for level in sorted(rows):
        for start in range(0, len(rows[level]), PER_ROW):  # long rows wrap: four boxes fit side by side
            row = rows[level][start : start + PER_ROW]
            for index, record in enumerate(row):
                lines = tuple(textwrap.wrap(titles[record.id], 22)[:4])
                boxes[record.id] = Box(record, WIDTH * (index + 0.5) / len(row), y, lines)
            y += 130
    edges = "".join(_organigram_edges(manual, lang, boxes))
    nodes = "".join(_organigram_box(box, href) for box in boxes.values())
    defs = (
        '<defs><marker id="mm-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>'
    )
    title, desc = manual.labels.get("organigram_title", lang), manual.labels.get("organigram_desc", lang)
    return svg("mm-organigram", y, title, desc, defs + edges + nodes)


def _organigram_box(box: Box, href: Href) -> str:
    height = 24 + 16 * len(box.lines)
    rect = (
        f'<rect x="{box.x - BOX / 2:.0f}" y="{box.y:.0f}" width="{BOX}" height="{height}" rx="6" fill="#e8eaf6" '
        'stroke="#1a237e" stroke-width="1.5"/>'
    )
    return link(href(record_page(box.record.id)), rect + text_lines(box.x, box.y + 22, list(box.lines)))


def _organigram_edges(manual: Manual, lang: str, boxes: dict[str, Box]) -> list[str]:
    out = []
    relations = manual.taxonomy("relations")
    for source in boxes.values():
        for relation in source.record.facts.relations:
            target = boxes.get(relation.target)
            if target is None:
                continue
            dashed = relation.type not in ABOVE
            x1, y1, x2, y2 = _edge_points(source, target)
            style = 'stroke-dasharray="5 4"' if dashed else 'marker-end="url(#mm-arrow)"'
            out.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="#333" {style}/>')
            label = relations[relation.type].label(lang)
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            out.append(
                f'<rect x="{mx - len(label) * CHAR / 2 - 3:.0f}" y="{my - 12:.0f}" width="{len(label) * CHAR + 6:.0f}" '
                f'height="16" fill="#fff"/>' + text_lines(mx, my, [label])
            )
    return out


def _edge_points(source: Box, target: Box) -> tuple[float, float, float, float]:
    def bottom(box: Box) -> float:
        return box.y + 24 + 16 * len(box.lines)

    if abs(source.y - target.y) < 1:  # same row: from side to side
        direction = 1 if target.x > source.x else -1
        mid = source.y + 20
        return source.x + BOX / 2 * direction, mid, target.x - BOX / 2 * direction, mid
    if source.y < target.y:
        return source.x, bottom(source), target.x, target.y
    return source.x, source.y, target.x, bottom(target)
