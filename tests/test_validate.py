"""Every kind of mistake gives one exact message naming file, line and field (golden table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LANGUAGES, write
from migration_manual.core.build import load_checked_manual

R = "manual_modules/records"
ALPHA_DE_MINIMAL = (
    "---\ntitle: G\nsummary: S\n---\n\n## Kontext und Herausforderung\n\nT.\n\n## Praxis in Münster\n\nT.\n"
)

CASES: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "yaml syntax",
        {"records/beta/record.yml": "id: beta\nkind: [principle\n"},
        [f"{R}/beta/record.yml:3: YAML syntax error: did not find expected ',' or ']'"],
    ),
    (
        "tab indentation",
        {"records/beta/record.yml": "id: beta\ntransfers:\n\t- to: almelo\n"},
        [f"{R}/beta/record.yml:3: YAML syntax error: tab character; indent YAML with spaces"],
    ),
    (
        "missing required field",
        {"records/beta/record.yml": "id: beta\nkind: principle\norigin: muenster\nphases: [transfer]\n"},
        [
            f"{R}/beta/record.yml:1: sources: missing required field; expected sections of the application or public sources"
        ],
    ),
    (
        "wrong type",
        {"records/alpha/record.yml": "id: alpha\nkind: structure\norigin: muenster\nphases: transfer\nsources: []\n"},
        [
            f"{R}/alpha/record.yml:4: phases: expected a list, got text 'transfer'",
            f"{R}/alpha/record.yml:5: sources: must not be empty; expected sections of the application or public sources",
        ],
    ),
    (
        "misspelled field",
        {
            "records/alpha/record.yml": "id: alpha\nkind: structure\norigin: muenster\nphases: [transfer]\n"
            "relatons: []\nsources: [{application: '6'}]\n"
        },
        [
            f"{R}/alpha/record.yml:5: relatons: unknown field (did you mean 'relations'?); allowed: id, kind, origin, "
            "transfers, phases, fields_of_action, target_groups, committees, relations, sources, period"
        ],
    ),
    (
        "value outside a taxonomy",
        {
            "records/alpha/record.yml": "id: alpha\nkind: structur\norigin: [muenster, almelo]\nphases: [transfer]\n"
            "sources: [{application: '6'}]\n"
        },
        [
            f"{R}/alpha/record.yml:2: kind: unknown kind 'structur' (did you mean 'structure'?); expected one of "
            "'principle', 'structure', 'module', 'method'"
        ],
    ),
    (
        "unknown section of the application",
        {
            "records/alpha/record.yml": "id: alpha\nkind: structure\norigin: [muenster, almelo]\nphases: [transfer]\n"
            "sources: [{application: '9'}]\n"
        },
        [
            f"{R}/alpha/record.yml:5: sources[0].application: unknown section of the application '9'; expected one "
            "of 'head', '1', '2', '3.1', '3.2', '3.3', '3.4', '4', '5', '6', '6.1', '7', … (2 more)"
        ],
    ),
    (
        "unknown id in a relation",
        {
            "records/beta/record.yml": "id: beta\nkind: principle\norigin: muenster\nphases: [transfer]\n"
            "relations:\n  - type: related\n    target: alpah\nsources: [{application: '6'}]\n"
        },
        [
            f"{R}/beta/de.md:14: ## Anpassung in Almelo: unknown section heading; expected one of "
            "'Kontext und Herausforderung', 'Ziele', 'Praxis in Münster', 'Beteiligte und Partner', 'Ressourcen und Finanzierung', 'Evaluation', 'Voraussetzungen', 'Übertragbarkeit', "
            "'Empfehlungen für andere Kommunen', 'Ergebnisse'",
            f"{R}/beta/record.yml:7: relations[0].target: unknown record id 'alpah' (did you mean 'alpha'?)",
        ],
    ),
    (
        "self reference",
        {
            "records/alpha/record.yml": "id: alpha\nkind: structure\norigin: [muenster, almelo]\nphases: [transfer]\n"
            "relations: [{type: related, target: alpha}]\nsources: [{application: '6'}]\n"
        },
        [f"{R}/alpha/record.yml:5: relations[0].target: a record cannot refer to itself ('alpha')"],
    ),
    (
        "committee that is not a structure",
        {
            "records/alpha/record.yml": "id: alpha\nkind: structure\norigin: [muenster, almelo]\nphases: [transfer]\n"
            "committees: [beta]\nsources: [{application: '6'}]\n"
        },
        [f"{R}/alpha/record.yml:5: committees[0]: 'beta' is a principle; committees are records of kind 'structure'"],
    ),
    (
        "unknown cross-reference in prose",
        {
            "records/alpha/nl.md": "---\ntitle: A\nsummary: S\n---\n\n## Context en uitdaging\n\nZie [[bta]].\n\n"
            "## Praktijk in Münster en Almelo\n\nTekst.\n"
        },
        [f"{R}/alpha/nl.md:8: [[bta]]: unknown record id 'bta' (did you mean 'beta'?)"],
    ),
    (
        "unknown glossary term in prose",
        {
            "records/alpha/nl.md": "---\ntitle: A\nsummary: Met [[term:leitbeld]].\n---\n\n## Context en uitdaging\n\n"
            "Tekst.\n\n## Praktijk in Münster en Almelo\n\nTekst.\n"
        },
        [f"{R}/alpha/nl.md:2: [[term:leitbeld]]: unknown glossary term 'leitbeld' (did you mean 'leitbild'?)"],
    ),
    (
        "language file without its record",
        {"records/gamma/de.md": "---\ntitle: G\nsummary: S\n---\n"},
        [
            f"{R}/gamma/record.yml:1: language files (de.md) without its record file; add record.yml with the record's facts"
        ],
    ),
    (
        "unexpected file in a record folder",
        {"records/alpha/fr.md": "---\ntitle: G\nsummary: S\n---\n"},
        [
            f"{R}/alpha/fr.md:1: unexpected file (did you mean 'nl.md'?); a record folder holds 'de.md', 'nl.md', 'record.yml'"
        ],
    ),
    (
        "id that does not match its folder",
        {
            "records/gamma/record.yml": "id: alpha\nkind: structure\norigin: muenster\nphases: [transfer]\n"
            "sources: [{application: '6'}]\n",
            "records/gamma/de.md": ALPHA_DE_MINIMAL,
        },
        [
            f"{R}/gamma/record.yml:1: id: duplicate id 'alpha', also used in {R}/alpha/record.yml",
            f"{R}/gamma/record.yml:1: id: id 'alpha' does not match the folder name 'gamma'; rename one",
        ],
    ),
    (
        "unknown section heading",
        {
            "records/alpha/de.md": "---\ntitle: A\nsummary: S\n---\n\n## Kontext und Herausforderungen\n\nT.\n\n"
            "## Praxis in Münster und Almelo\n\nT.\n"
        },
        [
            f"{R}/alpha/de.md:1: ## Kontext und Herausforderung: required section is missing; add it with its text",
            f"{R}/alpha/de.md:6: ## Kontext und Herausforderungen: unknown section heading (did you mean 'Kontext und "
            "Herausforderung'?); expected one of 'Kontext und Herausforderung', 'Ziele', 'Praxis in Münster und Almelo', "
            "'Beteiligte und Partner', 'Ressourcen und Finanzierung', 'Evaluation', 'Voraussetzungen', 'Übertragbarkeit', 'Empfehlungen für andere Kommunen', 'Ergebnisse'",
        ],
    ),
    (
        "missing front matter",
        {"records/alpha/de.md": "## Kontext und Herausforderung\n\nT.\n"},
        [f"{R}/alpha/de.md:1: expected front matter: a first line '---', then title: and summary:"],
    ),
    (
        "missing title",
        {"records/alpha/de.md": "---\nsummary: S\n---\n\n## Kontext und Herausforderung\n\nT.\n"},
        [f"{R}/alpha/de.md:2: title: missing required field; expected title of the record in this language"],
    ),
    (
        "empty language file",
        {"records/alpha/de.md": ""},
        [f"{R}/alpha/de.md:1: file is empty; expected front matter (title, summary) and sections"],
    ),
    (
        "byte order mark",
        {"records/alpha/de.md": "\ufeff---\ntitle: A\n"},
        [f"{R}/alpha/de.md:1: file starts with a byte order mark (BOM); save it as UTF-8 without BOM"],
    ),
    (
        "glossary term defined twice",
        {
            "glossary.yml": "- id: leitbild\n  de: {term: L, definition: D}\n  nl: {term: V, definition: D}\n"
            "- id: leitbild\n  de: {term: L, definition: D}\n  nl: {term: V, definition: D}\n"
        },
        ["manual_modules/glossary.yml:4: [1].id: term 'leitbild' is defined twice; keep one"],
    ),
    (
        "transfer to the origin city",
        {
            "records/beta/record.yml": "id: beta\nkind: principle\norigin: muenster\ntransfers:\n"
            "  - {to: muenster, adaptation: kept}\nphases: [transfer]\nsources: [{application: '6'}]\n"
        },
        [
            f"{R}/beta/de.md:14: ## Anpassung in Almelo: unknown section heading (did you mean 'Anpassung in "
            "Münster'?); expected one of 'Kontext und Herausforderung', 'Ziele', 'Praxis in Münster', 'Anpassung in Münster', 'Beteiligte und Partner', 'Ressourcen und Finanzierung', 'Evaluation', 'Voraussetzungen', "
            "'Übertragbarkeit', 'Empfehlungen für andere Kommunen', 'Ergebnisse'",
            f"{R}/beta/record.yml:5: transfers[0].to: 'muenster' is the record's origin; a transfer goes to another city",
        ],
    ),
]


@pytest.mark.parametrize(("files", "expected"), [(f, e) for _, f, e in CASES], ids=[c[0] for c in CASES])
def test_each_mistake_gives_its_exact_message(manual_root: Path, files: dict[str, str], expected: list[str]) -> None:
    write(manual_root, files)
    _, problems = load_checked_manual(manual_root, LANGUAGES)
    assert [str(p) for p in problems] == expected


def test_clean_manual_has_no_problem(manual_root: Path) -> None:
    manual, problems = load_checked_manual(manual_root, LANGUAGES)
    assert problems == []
    assert len(manual.records) == 2


def test_latin1_file_is_refused_with_line(manual_root: Path) -> None:
    (manual_root / "records/alpha/de.md").write_bytes("---\ntitle: Gr\xfc\xdfe\n".encode("latin-1"))
    _, problems = load_checked_manual(manual_root, LANGUAGES)
    assert [str(p) for p in problems] == [f"{R}/alpha/de.md:2: file is not valid UTF-8 (byte 0xfc); save it as UTF-8"]


def test_problems_in_one_record_do_not_hide_another(manual_root: Path) -> None:
    write(manual_root, {"records/alpha/record.yml": "id: alpha\nkind: [\n", "records/beta/de.md": ""})
    _, problems = load_checked_manual(manual_root, LANGUAGES)
    assert [p.file for p in problems] == [f"{R}/alpha/record.yml", f"{R}/beta/de.md"]
