"""Property-based tests of the loader and renderer (hypothesis)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from conftest import check, tree_of
from helpers import FIXTURES, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from migration_manual.core.model import RecordFacts
from migration_manual.core.render import render_pages
from migration_manual.core.sources.records import load_record
from migration_manual.core.sources.sections import expected_headings
from migration_manual.core.sources.taxonomy import TAXONOMY_FILES, load_labels, load_taxonomy

ROOT = FIXTURES / "manual_modules"
TAXONOMIES = {name: load_taxonomy(tree_of(ROOT), name)[0] for name in TAXONOMY_FILES}
LABELS = load_labels(tree_of(ROOT))[0]
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


def ids(name: str) -> st.SearchStrategy[str]:
    return st.sampled_from(TAXONOMIES[name].ids())


@st.composite
def record_facts(draw: st.DrawFn) -> dict[str, Any]:
    cities = TAXONOMIES["cities"].ids()
    origin = draw(st.lists(st.sampled_from(cities), min_size=1, max_size=len(cities), unique=True))
    targets = [c for c in cities if c not in origin]
    transfers = [{"to": city, "adaptation": draw(ids("adaptations"))} for city in draw(st.permutations(targets))]
    return {
        "id": draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        "kind": draw(ids("kinds")),
        "origin": origin,
        "transfers": transfers,
        "phases": draw(st.lists(ids("phases"), min_size=1, unique=True)),
        "fields_of_action": draw(st.lists(ids("fields"), unique=True)),
        "target_groups": draw(st.lists(ids("target_groups"), unique=True)),
        "committees": [],
        "relations": [],
        "sources": [{"application": draw(ids("application"))}],
    }


def prose_file(title: str, summary: str, sections: dict[str, str]) -> str:
    front = yaml.safe_dump({"title": title, "summary": summary}, allow_unicode=True)
    return f"---\n{front}---\n\n" + "".join(f"## {heading}\n\n{body}\n\n" for heading, body in sections.items())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=record_facts())
def test_a_valid_record_written_out_reads_back_with_the_same_facts(facts: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "manual_modules"
        folder = root / "records" / facts["id"]
        write(folder, {"record.yml": yaml.safe_dump(facts, allow_unicode=True, sort_keys=False)})
        model = RecordFacts.model_validate(facts)
        headings = expected_headings("de", model, TAXONOMIES, LABELS)
        sections = {headings["context"]: "Text.", headings["origin"]: "Text."}
        (folder / "de.md").write_text(prose_file("Titel", "Zusammenfassung.", sections), encoding="utf-8")
        record, problems = load_record(tree_of(root), folder, TAXONOMIES, LABELS)
    assert problems == []
    assert record is not None
    assert record.facts == RecordFacts.model_validate(facts)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, summary=TEXT, body=TEXT)
def test_arbitrary_prose_never_crashes_the_loader_or_the_renderer(title: str, summary: str, body: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "manual_modules"
        shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns("records"))
        write(
            root,
            {
                "records/x/record.yml": "id: x\nkind: method\norigin: almelo\n"
                "phases: [transfer]\nsources: [{application: '4'}]\n",
            },
        )
        sections = {"Kontext und Herausforderung": body, "Praxis in Almelo": body}
        (root / "records/x/de.md").write_text(prose_file(title or "T", summary or "S", sections), encoding="utf-8")
        manual, problems = check(root)
        assert all(str(problem).startswith("manual_modules/") for problem in problems)
        if not problems:
            pages = render_pages(manual, base="manual")
            assert "records/x.nl.md" in pages
