"""Checks across files: taxonomy values, ids, relations and cross-references."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Manual, Prose, Record
from ..problems import Problem, did_you_mean, format_choices
from ..sources.xref import find_references
from .safety import check_safety
from .translation import check_translation_keys


def validate_manual(manual: Manual) -> list[Problem]:
    """Every problem of the loaded manual that needs more than one file to see."""
    problems: list[Problem] = []
    for record in manual.records.values():
        problems += check_taxonomy_values(manual, record)
        problems += check_relations(manual, record)
        for prose in record.prose.values():
            problems += check_references(manual, prose.file, _prose_text(prose))
            problems += check_safety(prose.file, _safety_texts(prose))
            keys = {"translated_from": prose.translated_from, "source_hash": prose.source_hash}
            meta: dict[str, object] = {k: v for k, v in keys.items() if v is not None}
            problems += check_translation_keys(prose.file, meta, prose.lang, set(record.prose))
    problems += check_glossary(manual)
    return problems


def check_glossary(manual: Manual) -> list[Problem]:
    """Cross-references in glossary definitions point at existing records; sources cite known sections."""
    problems: list[Problem] = []
    sections = manual.taxonomy("application")
    for entry in manual.glossary.values():
        texts = [(entry.line, t.term + "\n" + t.definition + "\n" + (t.note or "")) for t in entry.texts.values()]
        problems += check_safety(entry.file, [(line, entry.id, text) for line, text in texts])
        problems += [
            Problem(p.file, entry.line, f"{entry.id}: {p.field}", p.message)
            for p in check_references(manual, entry.file, texts)
        ]
        for source in entry.facts.sources:
            section = getattr(source, "application", None)
            if section is not None and section not in sections:
                message = f"unknown section of the application '{section}'{did_you_mean(section, sections.ids())}"
                problems.append(Problem(entry.file, entry.line, f"{entry.id}: sources", message))
    return problems


def _safety_texts(prose: Prose) -> list[tuple[int, str, str]]:
    sections = [(prose.section_lines.get(key, 1), f"section '{key}'", text) for key, text in prose.sections.items()]
    front = [(prose.front_lines.get(key, 1), key, getattr(prose, key)) for key in ("title", "summary")]
    return [*front, *sections]


def _prose_text(prose: Prose) -> list[tuple[int, str]]:
    sections = [(prose.section_lines.get(key, 1), text) for key, text in prose.sections.items()]
    return [*sections, (prose.front_lines.get("summary", 1), prose.summary)]


def _unknown(record: Record, field: str, value: str, allowed: Iterable[str], what: str) -> Problem:
    choices = list(allowed)
    message = f"unknown {what} '{value}'{did_you_mean(value, choices)}; expected one of {format_choices(choices)}"
    return Problem(record.facts_file, record.facts_lines.get(field, 1), field, message)


def check_taxonomy_values(manual: Manual, record: Record) -> list[Problem]:
    """Every taxonomy value of a record's facts exists in its taxonomy."""
    facts = record.facts
    checks: list[tuple[str, str, str, str]] = [("kind", facts.kind, "kinds", "kind")]
    checks += [(f"origin[{i}]", city, "cities", "city") for i, city in enumerate(facts.origin)]
    for i, transfer in enumerate(facts.transfers):
        checks += [(f"transfers[{i}].to", transfer.to, "cities", "city")]
        checks += [(f"transfers[{i}].adaptation", transfer.adaptation, "adaptations", "adaptation kind")]
    checks += [(f"phases[{i}]", v, "phases", "phase") for i, v in enumerate(facts.phases)]
    checks += [(f"fields_of_action[{i}]", v, "fields", "field of action") for i, v in enumerate(facts.fields_of_action)]
    checks += [(f"target_groups[{i}]", v, "target_groups", "target group") for i, v in enumerate(facts.target_groups)]
    checks += [(f"relations[{i}].type", r.type, "relations", "relation type") for i, r in enumerate(facts.relations)]
    checks += [
        (f"sources[{i}].application", s.application, "application", "section of the application")
        for i, s in enumerate(facts.sources)
        if hasattr(s, "application")
    ]
    problems = [
        _unknown(record, field, value, manual.taxonomy(name).ids(), what)
        for field, value, name, what in checks
        if value not in manual.taxonomy(name)
    ]
    return problems + _check_cities(record)


def _check_cities(record: Record) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for i, transfer in enumerate(record.facts.transfers):
        field = f"transfers[{i}].to"
        line = record.facts_lines.get(field, 1)
        if transfer.to in record.facts.origin:
            problems.append(
                Problem(
                    record.facts_file,
                    line,
                    field,
                    f"'{transfer.to}' is the record's origin; a transfer goes to another city",
                )
            )
        elif transfer.to in seen:
            problems.append(
                Problem(record.facts_file, line, field, f"'{transfer.to}' is listed twice; keep one transfer per city")
            )
        seen.add(transfer.to)
    return problems


def check_relations(manual: Manual, record: Record) -> list[Problem]:
    """Relations and committees point at existing records, not at the record itself."""
    targets = [(f"relations[{i}].target", r.target, "record") for i, r in enumerate(record.facts.relations)]
    targets += [(f"committees[{i}]", c, "committee") for i, c in enumerate(record.facts.committees)]
    problems = []
    for field, target, what in targets:
        line = record.facts_lines.get(field, 1)
        if target in manual.unreadable:
            continue
        if target == record.id:
            problems.append(Problem(record.facts_file, line, field, f"a record cannot refer to itself ('{target}')"))
        elif target not in manual.records:
            hint = did_you_mean(target, manual.records)
            problems.append(Problem(record.facts_file, line, field, f"unknown record id '{target}'{hint}"))
        elif what == "committee" and _is_other_known_kind(manual, target):
            message = f"'{target}' is a {manual.records[target].facts.kind}; committees are records of kind 'structure'"
            problems.append(Problem(record.facts_file, line, field, message))
    return problems


def check_references(manual: Manual, file: str, texts: list[tuple[int, str]]) -> list[Problem]:
    """Cross-references in Markdown texts (each with the line it starts on) point at existing records or terms."""
    problems = []
    for start, text in texts:
        for ref in find_references(text):
            known = manual.records if ref.namespace == "record" else manual.glossary
            if ref.target not in known and ref.target not in manual.unreadable:
                what = "record id" if ref.namespace == "record" else "glossary term"
                message = f"unknown {what} '{ref.target}'{did_you_mean(ref.target, known)}"
                problems.append(Problem(file, start + ref.offset, ref.source, message))
    return problems


def _is_other_known_kind(manual: Manual, record_id: str) -> bool:
    # An unknown kind is reported on its own record; do not report it again here.
    kind = manual.records[record_id].facts.kind
    return kind != "structure" and kind in manual.taxonomy("kinds")
