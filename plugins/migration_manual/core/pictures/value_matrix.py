"""A matrix of records × the values of a taxonomy (fields of action, target groups)."""

from __future__ import annotations

import textwrap

from ..collation import collation_key
from ..model import Manual
from ..urls import record_page
from .svg import WIDTH, Href, escape, link, svg, text_lines


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
            f"{escape(textwrap.shorten(term.label(lang), 30, placeholder='…'))}</text>"
        )
    for row, record in enumerate(records):
        y = top + 20 * row
        fill = "#f5f5f5" if row % 2 else "#fff"
        parts.append(f'<rect x="0" y="{y:.0f}" width="{WIDTH}" height="20" fill="{fill}"/>')
        name = textwrap.shorten(titles[record.id], 42, placeholder="…")
        parts.append(link(href(record_page(record.id)), text_lines(4, y + 15, [name], anchor="start")))
        values = getattr(record.facts, attribute)
        for column, term in enumerate(terms):
            if term.id in values:
                x = left + cell * (column + 0.5)
                tip = f"<title>{escape(term.label(lang))}</title>"
                circle = f'<circle cx="{x:.0f}" cy="{y + 10:.0f}" r="6" fill="#1a237e">{tip}</circle>'
                parts.append(link(href(record_page(record.id)), circle))
    height = top + 20 * len(records) + 40
    legend = manual.labels.get("has_value", lang)
    parts.append(f'<circle cx="10" cy="{height - 18:.0f}" r="6" fill="#1a237e"/>')
    parts.append(text_lines(22, height - 13, [f"= {legend}"], anchor="start"))
    return svg(ident, height, title, manual.labels.get("matrix_desc", lang), "".join(parts))
