"""The organigram: the structure records as boxes, laid out by Graphviz `dot` by the direction of their relations.

A relation whose type has `places: above` in `taxonomies/relations.yml` draws its target above the record, `places:
below` below it, with an arrow in the relation's direction and its label; other relations are dashed lines that do
not change the ranks.
"""

from __future__ import annotations

import textwrap

from ..collation import collation_key
from ..model import Manual, Record
from ..urls import record_page
from .graphviz import layout, quoted
from .svg import FONT, Href, svg, text_lines

BOX_CHARS = 22
"""Characters per line of a box's title."""
PER_ROW = 4
"""Boxes side by side at most: wider rows wrap (invisible edges push the rest down), so the text stays readable at
the page's width."""


def organigram_levels(manual: Manual, structures: list[Record]) -> dict[str, int]:
    """Row of each structure: 0 for those nothing is above, then one more than the lowest structure above it."""
    ids = {r.id for r in structures}
    relations = manual.taxonomy("relations")
    above: dict[str, set[str]] = {r.id: set() for r in structures}
    for record in structures:
        for relation in record.facts.relations:
            places = relations[relation.type].extra.get("places")
            if relation.target in ids and relation.target != record.id and places in ("above", "below"):
                upper, lower = (relation.target, record.id) if places == "above" else (record.id, relation.target)
                above[lower].add(upper)
    levels = dict.fromkeys(ids, 0)
    for _ in ids:  # longest path; bounded so that a cycle in the data cannot loop forever
        changed = False
        for node, uppers in above.items():
            level = max([levels[node], *(levels[u] + 1 for u in uppers)])
            changed, levels[node] = changed or level != levels[node], level
        if not changed:
            break
    return levels


def wrapping_edges(structures: list[Record], levels: dict[str, int]) -> list[str]:
    """Invisible edges that put the fifth box of a row under the first, the sixth under the second, and so on."""
    edges = []
    for level in sorted(set(levels.values())):
        row = [r.id for r in structures if levels[r.id] == level]
        edges += [f"  {quoted(row[i])} -> {quoted(row[i + PER_ROW])} [style=invis];" for i in range(len(row) - PER_ROW)]
    return edges


def structures_of(manual: Manual, titles: dict[str, str]) -> list[Record]:
    """The structure records, in the order of their titles."""
    return sorted(
        (r for r in manual.records.values() if r.facts.kind == "structure"), key=lambda r: collation_key(titles[r.id])
    )


def organigram_dot(manual: Manual, lang: str, href: Href, titles: dict[str, str]) -> str:
    """The organigram as a Graphviz graph."""
    structures = structures_of(manual, titles)
    ids = {record.id for record in structures}
    relations = manual.taxonomy("relations")
    font = FONT.split(",")[0]
    lines = [
        "digraph organigram {",
        f'  graph [rankdir=TB, nodesep=0.35, ranksep=0.55, pad=0.1, bgcolor="transparent", fontname={quoted(font)}];',
        f'  node [shape=box, style="rounded,filled", fillcolor="#e8eaf6", color="#1a237e", penwidth=1.5, '
        f'fontname={quoted(font)}, fontsize=13, fontcolor="#111111", margin="0.14,0.08"];',
        f'  edge [color="#333333", fontname={quoted(font)}, fontsize=12, fontcolor="#111111", arrowsize=0.8];',
    ]
    for record in structures:
        label = "\n".join(textwrap.wrap(titles[record.id], BOX_CHARS))
        lines.append(f"  {quoted(record.id)} [label={quoted(label)}, URL={quoted(href(record_page(record.id)))}];")
    dashed: set[frozenset[str]] = set()
    for record in structures:
        for relation in record.facts.relations:
            if relation.target not in ids or relation.target == record.id:
                continue
            term = relations[relation.type]
            label = quoted(term.label(lang))
            source, target = quoted(record.id), quoted(relation.target)
            places = term.extra.get("places")
            if places == "above":  # the target is the upper one: rank it first, draw the arrow towards it
                lines.append(f"  {target} -> {source} [dir=back, label={label}];")
            elif places == "below":
                lines.append(f"  {source} -> {target} [label={label}];")
            elif (pair := frozenset({record.id, relation.target})) not in dashed:
                # Labelled once in the legend (a label per dashed line would crowd the picture); undirected, so a
                # pair that names each other is one line.
                dashed.add(pair)
                lines.append(f"  {source} -> {target} [style=dashed, dir=none, constraint=false];")
    lines += wrapping_edges(structures, organigram_levels(manual, structures))
    lines.append("}")
    return "\n".join(lines) + "\n"


def dashed_types(manual: Manual, structures: list[Record]) -> list[str]:
    """The relation types drawn as dashed lines between the structures, in taxonomy order."""
    ids = {r.id for r in structures}
    used = {rel.type for r in structures for rel in r.facts.relations if rel.target in ids and rel.target != r.id}
    relations = manual.taxonomy("relations")
    return [t for t in relations.ids() if t in used and relations[t].extra.get("places") not in ("above", "below")]


def render_organigram(manual: Manual, lang: str, href: Href, titles: dict[str, str]) -> str:
    """The structure records and their relations, laid out by Graphviz, with a legend for the dashed lines."""
    width, height, drawing = layout(organigram_dot(manual, lang, href, titles))
    legend = []
    relations = manual.taxonomy("relations")
    for index, kind in enumerate(dashed_types(manual, structures_of(manual, titles))):
        y = height + 14 + 20 * index
        legend.append(
            f'<line x1="8" y1="{y - 4:.0f}" x2="48" y2="{y - 4:.0f}" stroke="#333" stroke-dasharray="5 4"/>'
            + text_lines(56, y, [relations[kind].label(lang)], anchor="start")
        )
    title, desc = manual.labels.get("organigram_title", lang), manual.labels.get("organigram_desc", lang)
    total = height + 20 * len(legend) + (8 if legend else 0)
    return svg("mm-organigram", total, title, desc, drawing + "".join(legend), width=max(width, 200))
