"""`manual new` skeletons are complete and valid in every language."""

from __future__ import annotations

from pathlib import Path

from conftest import LANGUAGES
from migration_manual.core.build import load_checked_manual
from migration_manual.core.skeleton import skeleton_files
from migration_manual.core.translation import record_states


def test_skeleton_passes_every_check(manual_root: Path) -> None:
    manual, _ = load_checked_manual(manual_root, LANGUAGES)
    folder = manual_root / "records" / "werkbezoek"
    folder.mkdir()
    for name, text in skeleton_files("method", "werkbezoek", manual).items():
        (folder / name).write_text(text, encoding="utf-8")
    manual, problems = load_checked_manual(manual_root, LANGUAGES)
    assert problems == []
    record = manual.records["werkbezoek"]
    assert record.prose["nl"].sections["context"] == "Documentatie volgt."
    assert record.prose["de"].sections.get("preconditions", "") == ""  # only a guidance comment: shown as pending
    states = {s.lang: s.status for s in record_states([record], LANGUAGES)}
    assert states == {"de": "original", "nl": "current"}
