"""Loading the manual: record folders, prose sections and their headings, the glossary, the whole tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import tree_of
from helpers import write
from migration_manual.core.sources import SourceTree, load_manual
from migration_manual.core.sources.sections import expected_headings, join_names


def test_loads_records_prose_and_glossary(manual_root: Path) -> None:
    manual, problems = load_manual(tree_of(manual_root))
    assert problems == []
    assert sorted(manual.records) == ["alpha", "beta"]
    alpha = manual.records["alpha"]
    assert alpha.facts.origin == ["muenster", "almelo"]
    assert alpha.prose["nl"].title == "IJsselgroep"
    assert alpha.prose["de"].sections["origin"] == "Praxis auf Deutsch."
    assert sorted(manual.records["beta"].prose) == ["de"]
    assert manual.glossary["dezernent"].facts.not_equivalent is True
    assert manual.timeline is not None and [e.date for e in manual.timeline.events] == ["2008-09-24", "2005"]


def test_single_origin_is_read_as_list(manual_root: Path) -> None:
    manual, _ = load_manual(tree_of(manual_root))
    assert manual.records["beta"].facts.origin == ["muenster"]


def test_section_lines_point_at_the_body(manual_root: Path) -> None:
    manual, _ = load_manual(tree_of(manual_root))
    prose = manual.records["alpha"].prose["de"]
    assert prose.section_lines == {"context": 8, "goals": 12, "origin": 16}


def test_expected_headings_follow_transfers(manual_root: Path) -> None:
    manual, _ = load_manual(tree_of(manual_root))
    headings = expected_headings("nl", manual.records["beta"].facts, manual.taxonomies, manual.labels)
    assert headings["origin"] == "Praktijk in Münster"
    assert headings["adaptation:almelo"] == "Aanpassing in Almelo"
    assert [k for k in headings if k in ("context", "origin", "adaptation:almelo")] == [
        "context",
        "origin",
        "adaptation:almelo",
    ]


@pytest.mark.parametrize(
    ("names", "expected"),
    [([], ""), (["A"], "A"), (["A", "B"], "A und B"), (["A", "B", "C"], "A, B und C")],
)
def test_join_names(names: list[str], expected: str) -> None:
    assert join_names(names, "und") == expected


def test_broken_taxonomy_stops_before_records(manual_root: Path) -> None:
    write(manual_root, {"taxonomies/phases.yml": "- id: transfer\n  de: Übertragung\n"})
    manual, problems = load_manual(tree_of(manual_root))
    assert [str(p) for p in problems] == [
        "manual_modules/taxonomies/phases.yml:1: no label in 'nl', a language of the site; add `nl:` to each of its "
        "1 entries"
    ]
    assert manual.records == {}


def test_paths_in_messages_are_relative_to_the_project_root(manual_root: Path) -> None:
    write(manual_root, {"records/alpha/record.yml": "id: alpha\n"})
    tree = SourceTree(manual_root, ("de", "nl"), manual_root.parent.parent)
    _, problems = load_manual(tree)
    assert problems[0].file == f"{manual_root.parent.name}/manual_modules/records/alpha/record.yml"
