"""Links between records: typed relations, committees and mentions in prose, seen from their target."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .model import Manual, Record
from .sources.xref import find_references


@dataclass(frozen=True)
class Backlink:
    """A record that points at another one, and how (relation type, `committee` or `mention`)."""

    source: str
    how: str


def build_backlinks(manual: Manual) -> dict[str, list[Backlink]]:
    """For each record, the records that relate to it, name it as committee or mention it in their prose."""
    found: dict[str, list[Backlink]] = defaultdict(list)
    for record in manual.records.values():
        for relation in record.facts.relations:
            found[relation.target].append(Backlink(record.id, relation.type))
        for committee in record.facts.committees:
            found[committee].append(Backlink(record.id, "committee"))
        for target in sorted(_mentions(record) - {record.id}):
            found[target].append(Backlink(record.id, "mention"))
    return dict(found)


def _mentions(record: Record) -> set[str]:
    texts = [text for prose in record.prose.values() for text in (prose.summary, *prose.sections.values())]
    return {ref.target for text in texts for ref in find_references(text) if ref.namespace == "record"}
