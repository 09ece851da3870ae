"""Pictures as inline SVG, laid out in Python from the records and taxonomies, with labels in the page's language.

Each picture has a `<title>` and a `<desc>`, tells nothing by colour alone, needs no JavaScript and works the same on
the website and in the PDF. Links inside a picture are final URLs relative to the page (MkDocs does not rewrite raw
HTML), computed by the caller's `href` function.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from .collation import collation_key
from .loader import Manual
from .model import Record

FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
WIDTH = 760
CHAR = 7.2
"""Average advance of a character at 13 px, for sizing boxes and labels."""
ADAPTATION_COLOURS = {
    "kept": "#1b5e20",
    "adapted": "#0d47a1",
    "new": "#4a148c",
    "not-transferred": "#b71c1c",
    "pending": "#5d4037",
}
"""Dark colours (contrast ≥ 7:1 on white); the symbol and the word carry the meaning, the colour only helps."""

Href = Callable[[str], str]
"""Maps a generated page path (`records/x.md`) to a URL relative to the page showing the picture."""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def svg(ident: str, height: float, title: str, desc: str, body: str) -> str:
    """An accessible SVG document labelled by its title and description.

    Its role is `group`, not `img`: the pictures hold links, and an image must not contain interactive elements.
    """
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="mm-picture" id="{ident}" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'role="group" aria-labelledby="{ident}-title {ident}-desc" font-family="{FONT}" font-size="13">'
        f'<title id="{ident}-title">{_e(title)}</title><desc id="{ident}-desc">{_e(desc)}</desc>{body}</svg>'
    )


def text_lines(x: float, y: float, lines: list[str], *, anchor: str = "middle", weight: str = "normal") -> str:
    """Several lines of text, 16 px apart, starting at baseline `y`."""
    spans = "".join(f'<tspan x="{x:.0f}" dy="{0 if i == 0 else 16}">{_e(line)}</tspan>' for i, line in enumerate(lines))
    return f'<text x="{x:.0f}" y="{y:.0f}" text-anchor="{anchor}" font-weight="{weight}" fill="#111">{spans}</text>'


def link(href: str, inner: str) -> str:
    """An SVG link."""
    return f'<a href="{_e(href)}">{inner}</a>'


# --- organigram ------------------------------------------------------------------------------------------------

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
    return link(href(f"records/{box.record.id}.md"), rect + text_lines(box.x, box.y + 22, list(box.lines)))


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


# --- matrix of records × facet values ---------------------------------------------------------------------------


def render_value_matrix(
    manual: Manual, lang: str, href: Href, titles: dict[str, str], *, taxonomy: str, ident: str, title: str
) -> str:
    """Records (rows) × the values of a taxonomy (columns); a filled circle links to the record."""
    terms = list(manual.taxonomy(taxonomy))
    attribute = {"fields": "fields_of_action", "target_groups": "target_groups"}[taxonomy]
    records = sorted(manual.records.values(), key=lambda r: collation_key(titles[r.id]))
    left, top, cell = 300.0, 230.0, (WIDTH - 310) / len(terms)
    parts = []
    for column, term in enumerate(terms):
        x = left + cell * (column + 0.5)
        parts.append(
            f'<text transform="translate({x + 4:.0f},{top - 8:.0f}) rotate(-90)" fill="#111">'
            f"{_e(textwrap.shorten(term.label(lang), 30, placeholder='…'))}</text>"
        )
    for row, record in enumerate(records):
        y = top + 20 * row
        fill = "#f5f5f5" if row % 2 else "#fff"
        parts.append(f'<rect x="0" y="{y:.0f}" width="{WIDTH}" height="20" fill="{fill}"/>')
        name = textwrap.shorten(titles[record.id], 42, placeholder="…")
        parts.append(link(href(f"records/{record.id}.md"), text_lines(4, y + 15, [name], anchor="start")))
        values = getattr(record.facts, attribute)
        for column, term in enumerate(terms):
            if term.id in values:
                x = left + cell * (column + 0.5)
                tip = f"<title>{_e(term.label(lang))}</title>"
                circle = f'<circle cx="{x:.0f}" cy="{y + 10:.0f}" r="6" fill="#1a237e">{tip}</circle>'
                parts.append(link(href(f"records/{record.id}.md"), circle))
    height = top + 20 * len(records) + 40
    legend = manual.labels.get("has_value", lang)
    parts.append(f'<circle cx="10" cy="{height - 18:.0f}" r="6" fill="#1a237e"/>')
    parts.append(text_lines(22, height - 13, [f"= {legend}"], anchor="start"))
    return svg(ident, height, title, manual.labels.get("matrix_desc", lang), "".join(parts))


# --- timeline ------------------------------------------------------------------------------------------------------


def _month_index(value: str) -> int:
    year, month = value.split("-")
    return int(year) * 12 + int(month) - 1


def render_timeline(manual: Manual, lang: str, href: Href, titles: dict[str, str]) -> str:
    """Project years with each city's tasks as bars; below them the activities the application does not date."""
    timeline = manual.timeline
    assert timeline is not None
    start, end = _month_index(timeline.period.start), _month_index(timeline.period.end)
    left, right = 110.0, WIDTH - 20.0

    def x_of(month: int) -> float:
        return left + (right - left) * (month - start) / (end + 1 - start)

    parts = [f'<line x1="{left}" y1="40" x2="{right}" y2="40" stroke="#333"/>']
    for year in range(start // 12, end // 12 + 1):
        month = max(start, year * 12)
        parts.append(f'<line x1="{x_of(month):.0f}" y1="34" x2="{x_of(month):.0f}" y2="46" stroke="#333"/>')
        parts.append(text_lines(x_of(month) + 4, 30, [str(year)], anchor="start"))
    for n in (1, 2, 3):
        first = start + 12 * (n - 1)
        last = min(end + 1, first + 12)
        parts.append(
            text_lines((x_of(first) + x_of(last)) / 2, 64, [manual.labels.get("project_year", lang, n=str(n))])
        )
    y = 80.0
    for lane in timeline.lanes:
        parts.append(text_lines(4, y + 22, [lane.labels[lang]], anchor="start", weight="bold"))
        for bar in lane.bars:
            x1, x2 = x_of(start + 12 * (bar.years[0] - 1)), x_of(min(end + 1, start + 12 * bar.years[1]))
            lines = textwrap.wrap(
                f"{bar.labels[lang]} ({manual.labels.get('application', lang)}, {bar.source})", int((x2 - x1) / CHAR)
            )
            height = 12 + 16 * len(lines)
            box = f'x="{x1 + 1:.0f}" y="{y:.0f}" width="{x2 - x1 - 2:.0f}" height="{height}"'
            parts.append(f'<rect {box} rx="4" fill="#e8eaf6" stroke="#1a237e"/>')
            parts.append(text_lines(x1 + 8, y + 18, lines, anchor="start"))
            y += height + 8
        y += 10
    parts.append(text_lines(4, y + 14, [timeline.undated.labels[lang]], anchor="start", weight="bold"))
    for item in timeline.undated.items:
        y += 22
        parts.append(
            link(
                href(f"records/{item.record}.md"), text_lines(24, y + 14, [f"• {titles[item.record]}"], anchor="start")
            )
        )
    title, desc = manual.labels.get("timeline_title", lang), manual.labels.get("timeline_desc", lang)
    return svg("mm-timeline", y + 30, title, desc, "".join(parts))


# --- transfer map --------------------------------------------------------------------------------------------------


def transfers_between(manual: Manual) -> list[tuple[Record, str, str, str]]:
    """(record, from city, to city, adaptation kind) for every transfer of every record."""
    return [
        (record, origin, transfer.to, transfer.adaptation)
        for record in manual.records.values()
        for transfer in record.facts.transfers
        for origin in record.facts.origin
    ]


def render_transfer_map(manual: Manual, lang: str, href: Href, titles: dict[str, str]) -> str:
    """The two cities as columns; each transfer an arrow in its direction with the record and its adaptation kind."""
    cities = manual.taxonomy("cities")
    first, second = cities.ids()[:2]
    adaptations = manual.taxonomy("adaptations")
    parts = [
        '<defs><marker id="mm-map-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>',
        text_lines(70, 28, [cities[first].label(lang)], weight="bold"),
        text_lines(WIDTH - 70, 28, [cities[second].label(lang)], weight="bold"),
    ]
    items = sorted(transfers_between(manual), key=lambda t: (t[1] != first, collation_key(titles[t[0].id])))
    y = 60.0
    for record, origin, _, adaptation in items:
        colour = ADAPTATION_COLOURS.get(adaptation, "#333")
        x1, x2 = (140, WIDTH - 140) if origin == first else (WIDTH - 140, 140)
        term = adaptations[adaptation]
        label = f"{term.extra.get('symbol', '')} {term.label(lang)}".strip()
        parts.append(
            f'<line x1="{x1}" y1="{y:.0f}" x2="{x2}" y2="{y:.0f}" stroke="{colour}" stroke-width="2.5" '
            'marker-end="url(#mm-map-arrow)"/>'
        )
        name = textwrap.shorten(titles[record.id], 58, placeholder="…")
        parts.append(link(href(f"records/{record.id}.md"), text_lines(WIDTH / 2, y - 8, [name])))
        parts.append(
            f'<text x="{WIDTH / 2:.0f}" y="{y + 18:.0f}" text-anchor="middle" fill="{colour}">{_e(label)}</text>'
        )
        y += 52
    title, desc = manual.labels.get("transfermap_title", lang), manual.labels.get("transfermap_desc", lang)
    return svg("mm-transfer-map", y, title, desc, "".join(parts))
