"""The step plan for the next municipality ("Fahrplan" / "stappenplan"), generated from the records: the phases in
the order of `taxonomies/phases.yml`, for each the structures to set up, the principles that guide it, the modules
and methods to use, the preconditions the records name, and what is still to be documented."""

from __future__ import annotations

from textwrap import indent

from ..model import Record
from .context import PageContext
from .links import record_link
from .markdown import front_matter_block, in_language, sorted_records

GROUPS = (
    ("structure", "roadmap_structures"),
    ("principle", "roadmap_principles"),
    ("module", "roadmap_modules"),
    ("method", "roadmap_methods"),
)
"""Kinds of record in the order a municipality meets them in a phase, with the label of their group."""


def render_roadmap(ctx: PageContext) -> str:
    """Each phase as a numbered step with its records by kind, preconditions and open documentation."""
    title = ctx.label("roadmap_title")
    parts = [front_matter_block(title, ctx.label("roadmap_intro")), f"# {title}\n\n{ctx.label('roadmap_intro')}\n"]
    for number, phase in enumerate(ctx.manual.taxonomy("phases"), start=1):
        records = [r for r in ctx.manual.records.values() if phase.id in r.facts.phases]
        parts.append(f"## {number}. {phase.label(ctx.lang)}\n")
        for kind, label in GROUPS:
            group = sorted_records(ctx, [r for r in records if r.facts.kind == kind])
            if group:
                parts.append(
                    f"### {ctx.label(label)}\n\n" + "\n".join(f"- {record_link(ctx, r.id)}" for r in group) + "\n"
                )
        parts += _preconditions(ctx, records)
        parts += _open(ctx, records)
    return "\n".join(parts)


def _preconditions(ctx: PageContext, records: list[Record]) -> list[str]:
    """What the records say a municipality needs first, each folded under the record's title."""
    found = []
    for record in sorted_records(ctx, records):
        prose = ctx.prose(record)
        text = prose.sections.get("preconditions", "").strip()
        if text:
            body = indent(in_language(ctx, prose, text), "    ")
            found.append(f'??? note "{ctx.record_title(record)}"\n\n{body}\n')
    return [f"### {ctx.label('roadmap_preconditions')}\n\n" + "\n".join(found)] if found else []


def _open(ctx: PageContext, records: list[Record]) -> list[str]:
    """Records of the phase whose transfer is not documented yet."""
    pending = [r for r in sorted_records(ctx, records) if any(t.adaptation == "pending" for t in r.facts.transfers)]
    if not pending:
        return []
    links = ", ".join(record_link(ctx, r.id) for r in pending)
    return [f"### {ctx.label('roadmap_open')}\n\n{ctx.label('roadmap_open_text')} {links}\n"]
