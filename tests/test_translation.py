"""Translation status from the fingerprint of the source recorded in each translation."""

from __future__ import annotations

from pathlib import Path

from conftest import tree_of
from helpers import LANGUAGES, write
from migration_manual.core.checks.translation import (
    CURRENT,
    MISSING,
    ORIGINAL,
    OUTDATED,
    check_translation_keys,
    file_states,
    mark_translated,
    record_states,
)
from migration_manual.core.sources import load_manual
from migration_manual.core.sources.frontmatter import fingerprint


def test_fingerprint_ignores_its_own_translation_keys_and_line_endings() -> None:
    text = "---\ntitle: A\n---\nBody\n"
    assert fingerprint(text) == fingerprint("---\ntitle: A\ntranslated_from: de\nsource_hash: x\n---\nBody\n")
    assert fingerprint(text) == fingerprint(text.replace("\n", "\r\n"))
    assert fingerprint(text) != fingerprint(text.replace("Body", "Body changed"))


def test_mark_translated_then_edit_the_source(tmp_path: Path) -> None:
    write(tmp_path, {"p.de.md": "# Quelle\n", "p.nl.md": "---\ntranslated_from: de\n---\n# Bron\n"})
    files = {"de": tmp_path / "p.de.md", "nl": tmp_path / "p.nl.md"}
    assert [s.status for s in file_states("p", files, LANGUAGES)] == [ORIGINAL, OUTDATED]
    value = mark_translated(files["nl"], files["de"])
    assert files["nl"].read_text() == f'---\ntranslated_from: de\nsource_hash: "{value}"\n---\n# Bron\n'
    assert [s.status for s in file_states("p", files, LANGUAGES)] == [ORIGINAL, CURRENT]
    files["de"].write_text("# Quelle, geändert\n")
    assert [s.status for s in file_states("p", files, LANGUAGES)] == [ORIGINAL, OUTDATED]
    assert [s.status for s in file_states("p", {"de": files["de"]}, LANGUAGES)] == [ORIGINAL, MISSING]


def test_record_states(manual_root: Path) -> None:
    source = manual_root / "records/alpha/de.md"
    translation = manual_root / "records/alpha/nl.md"
    translation.write_text(translation.read_text().replace("---\n\n", "translated_from: de\n---\n\n", 1))
    mark_translated(translation, source)
    manual, problems = load_manual(tree_of(manual_root))
    assert problems == []
    states = {(s.item, s.lang): s.status for s in record_states(manual.records.values(), LANGUAGES)}
    assert states == {
        ("alpha", "de"): ORIGINAL,
        ("alpha", "nl"): CURRENT,
        ("beta", "de"): ORIGINAL,
        ("beta", "nl"): MISSING,
    }


def test_translation_keys_are_checked() -> None:
    assert check_translation_keys("x.nl.md", {"translated_from": "fr"}, "nl", {"de", "nl"})[0].message == (
        "no source file in language 'fr'; existing: de"
    )
    assert str(check_translation_keys("x.nl.md", {"translated_from": "de"}, "nl", {"de", "nl"})[0]) == (
        "x.nl.md:1: source_hash: missing; run `manual mark-translated x.nl.md` after translating"
    )
    assert check_translation_keys("x.nl.md", {}, "nl", {"nl"}) == []


def test_mark_translated_keeps_the_other_front_matter_and_the_body(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "p.de.md": "# Quelle\n",
            "p.nl.md": "--- \ntitle: Bron\ntranslated_from: de\nsource_hash: old\n---\n# Bron\n\nTekst.\n",
        },
    )
    value = mark_translated(tmp_path / "p.nl.md", tmp_path / "p.de.md")
    text = (tmp_path / "p.nl.md").read_text()
    assert text == f'---\ntitle: Bron\ntranslated_from: de\nsource_hash: "{value}"\n---\n# Bron\n\nTekst.\n'
