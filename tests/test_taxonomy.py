"""Taxonomies and labels are data with a label per language."""

from __future__ import annotations

from pathlib import Path

from conftest import LANGUAGES, REPO, write
from migration_manual.core.taxonomy import TAXONOMY_FILES, load_labels, load_taxonomy


def test_real_taxonomies_have_every_language() -> None:
    for name in TAXONOMY_FILES:
        taxonomy, problems = load_taxonomy(REPO / "manual_modules", name, LANGUAGES)
        assert problems == [], name
        assert taxonomy.ids()
    _, problems = load_labels(REPO / "manual_modules", LANGUAGES)
    assert problems == []


def test_eight_target_groups_in_the_application_order() -> None:
    taxonomy, _ = load_taxonomy(REPO / "manual_modules", "target_groups", LANGUAGES)
    assert len(taxonomy.ids()) == 8
    assert taxonomy["immigrants"].label("de") == "Die Zugewanderten"


def test_missing_label_and_duplicate_id(tmp_path: Path) -> None:
    root = tmp_path / "manual_modules"
    write(root, {"taxonomies/phases.yml": "- id: a\n  de: A\n  nl: A\n- id: a\n  de: B\n  nl: B\n- id: c\n  de: C\n"})
    _, problems = load_taxonomy(root, "phases", LANGUAGES)
    assert [str(p) for p in problems] == [
        "manual_modules/taxonomies/phases.yml:4: [1].id: duplicate id 'a'",
        "manual_modules/taxonomies/phases.yml:7: [2].nl: missing label in: nl",
    ]


def test_a_third_city_is_data(tmp_path: Path) -> None:
    root = tmp_path / "manual_modules"
    write(root, {"taxonomies/cities.yml": "- {id: a, de: A, nl: A}\n- {id: enschede, de: Enschede, nl: Enschede}\n"})
    taxonomy, problems = load_taxonomy(root, "cities", LANGUAGES)
    assert problems == [] and taxonomy.ids() == ["a", "enschede"]
