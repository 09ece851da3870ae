"""The transfer map: every transfer between the cities, with its direction and adaptation kind.

One column per city (any number: the cities come from `taxonomies/cities.yml`), one row per transfer: the record's
title and adaptation kind on the left, an arrow from the origin's column to the target's column on the right. Colour
and symbol of each kind come from `taxonomies/adaptations.yml`; the symbol and the word carry the meaning, the colour
only helps.
"""

from __future__ import annotations

import textwrap

from ..collation import collation_key
from ..model import Manual, Record
from ..urls import record_page
from .svg import CHAR, WIDTH, Href, escape, link, svg, text_lines

LABEL_WIDTH = 300.0
"""Width of the column with the records' titles and adaptation kinds."""
ROW = 56.0
DEFAULT_COLOUR = "#333333"


def transfers_between(manual: Manual) -> list[tuple[Record, str, str, str]]:
    """(record, from city, to city, adaptation kind) for every transfer of every record."""
    return [
        (record, origin, transfer.to, transfer.adaptation)
        for record in manual.records.values()
        for transfer in record.facts.transfers
        for origin in record.facts.origin
    ]


def city_columns(cities: list[str]) -> dict[str, float]:
    """The x of each city's column, spread evenly right of the label column."""
    left, right = LABEL_WIDTH + 30, WIDTH - 10.0
    return {city: left + (right - left) * (index + 0.5) / len(cities) for index, city in enumerate(cities)}


def render_transfer_map(manual: Manual, lang: str, href: Href, titles: dict[str, str]) -> str:
    """Each city a column, each transfer an arrow from its origin's column to its target's, with record and kind."""
    cities = manual.taxonomy("cities")
    adaptations = manual.taxonomy("adaptations")
    columns = city_columns(cities.ids())
    spacing = (WIDTH - LABEL_WIDTH - 40) / max(1, len(columns))
    items = sorted(
        transfers_between(manual),
        key=lambda t: (cities.ids().index(t[1]), cities.ids().index(t[2]), collation_key(titles[t[0].id])),
    )
    parts = [
        '<defs><marker id="mm-map-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>'
    ]
    name_lines = {city: textwrap.wrap(cities[city].label(lang), max(6, int(spacing / CHAR))) for city in columns}
    header = 16.0 * max(len(lines) for lines in name_lines.values()) + 20
    for city, x in columns.items():
        parts.append(text_lines(x, 24, name_lines[city], weight="bold"))
    bottom = header + ROW * len(items) + 6
    for x in columns.values():
        parts.append(f'<line x1="{x:.0f}" y1="{header:.0f}" x2="{x:.0f}" y2="{bottom:.0f}" stroke="#bbb"/>')
    y = header + 28
    for record, origin, target, adaptation in items:
        term = adaptations[adaptation]
        colour = str(term.extra.get("colour", DEFAULT_COLOUR))
        x1, x2 = columns[origin], columns[target]
        shorten = 10 if x2 > x1 else -10
        parts.append(
            f'<line x1="{x1 + shorten:.0f}" y1="{y:.0f}" x2="{x2 - shorten:.0f}" y2="{y:.0f}" stroke="{colour}" '
            'stroke-width="2.5" marker-end="url(#mm-map-arrow)"/>'
        )
        name = textwrap.shorten(titles[record.id], int(LABEL_WIDTH / CHAR) - 2, placeholder="…")
        parts.append(link(href(record_page(record.id)), text_lines(4, y - 4, [name], anchor="start")))
        label = f"{term.extra.get('symbol', '')} {term.label(lang)}".strip()
        parts.append(f'<text x="4" y="{y + 14:.0f}" fill="{colour}">{escape(label)}</text>')
        y += ROW
    title, desc = manual.labels.get("transfermap_title", lang), manual.labels.get("transfermap_desc", lang)
    return svg("mm-transfer-map", bottom + 10, title, desc, "".join(parts))
