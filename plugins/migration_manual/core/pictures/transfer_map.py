"""The transfer map: every transfer between the cities, with its direction and adaptation kind."""

from __future__ import annotations

import textwrap

from ..collation import collation_key
from ..model import Manual, Record
from ..urls import record_page
from .svg import WIDTH, Href, escape, link, svg, text_lines

ADAPTATION_COLOURS = {
    "kept": "#1b5e20",
    "adapted": "#0d47a1",
    "new": "#4a148c",
    "not-transferred": "#b71c1c",
    "pending": "#5d4037",
}
"""Dark colours (contrast ≥ 7:1 on white); the symbol and the word carry the meaning, the colour only helps."""


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
        parts.append(link(href(record_page(record.id)), text_lines(WIDTH / 2, y - 8, [name])))
        parts.append(
            f'<text x="{WIDTH / 2:.0f}" y="{y + 18:.0f}" text-anchor="middle" fill="{colour}">{escape(label)}</text>'
        )
        y += 52
    title, desc = manual.labels.get("transfermap_title", lang), manual.labels.get("transfermap_desc", lang)
    return svg("mm-transfer-map", y, title, desc, "".join(parts))
