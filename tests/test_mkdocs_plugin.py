"""The MkDocs adapter's helpers (the hooks themselves are covered by the end-to-end builds)."""

from __future__ import annotations

from pathlib import Path

from conftest import LANGUAGES
from migration_manual.core.loader import load_manual
from migration_manual.mkdocs_plugin import fallback_notice, source_fingerprint


def test_fallback_notice_only_when_languages_differ(manual_root: Path) -> None:
    manual, _ = load_manual(manual_root, LANGUAGES)
    assert fallback_notice(manual, "nl", "nl") == ""
    notice = fallback_notice(manual, "de", "nl")
    assert notice.startswith('!!! warning "Nog niet vertaald"')
    assert "in het Duits" in notice


def test_fingerprint_changes_when_a_record_changes(manual_root: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "manual").mkdir(parents=True)
    before = source_fingerprint(manual_root, docs, "manual")
    (docs / "manual" / "x.de.md").write_text("generated")
    assert source_fingerprint(manual_root, docs, "manual") == before
    (manual_root / "records" / "alpha" / "de.md").write_text("changed text", encoding="utf-8")
    assert source_fingerprint(manual_root, docs, "manual") != before
