"""Taxonomies and labels are data with a label per language."""

from __future__ import annotations

from pathlib import Path

from conftest import tree_of
from helpers import write
from migration_manual.core.sources.taxonomy import TAXONOMY_FILES, load_labels, load_taxonomy


def test_fixture_taxonomies_have_every_language(manual_root: Path) -> None:
    for name in TAXONOMY_FILES:
        taxonomy, problems = load_taxonomy(tree_of(manual_root), name)
        assert problems == [], name
        assert taxonomy.ids()
    _, problems = load_labels(tree_of(manual_root))
    assert problems == []


def test_a_language_the_data_lacks_is_one_problem_per_file(manual_root: Path) -> None:
    tree = tree_of(manual_root, ("de", "nl", "en"))
    _, problems = load_taxonomy(tree, "phases")
    assert [str(p) for p in problems] == [
        "manual_modules/taxonomies/phases.yml:1: no label in 'en', a language of the site; add `en:` to each of its 2 "
        "entries"
    ]
    _, problems = load_labels(tree)
    assert len(problems) == 1 and problems[0].message.startswith("no text in 'en', a language of the site; add `en:`")


def test_missing_label_and_duplicate_id(tmp_path: Path) -> None:
    root = tmp_path / "manual_modules"
    write(root, {"taxonomies/phases.yml": "- id: a\n  de: A\n  nl: A\n- id: a\n  de: B\n  nl: B\n- id: c\n  de: C\n"})
    _, problems = load_taxonomy(tree_of(root), "phases")
    assert [str(p) for p in problems] == [
        "manual_modules/taxonomies/phases.yml:4: [1].id: duplicate id 'a'",
        "manual_modules/taxonomies/phases.yml:7: [2].nl: missing label in: nl",
    ]
