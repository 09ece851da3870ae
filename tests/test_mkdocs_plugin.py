"""The MkDocs adapter's helpers (the hooks themselves are covered by the end-to-end builds)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from conftest import LANGUAGES
from jinja2 import DictLoader, Environment
from migration_manual.core.loader import load_manual
from migration_manual.mkdocs_plugin import (
    MemoryBytecodeCache,
    drop_repeated_search_entries,
    fallback_notice,
    file_stats,
    source_fingerprint,
)


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


def test_file_stats_leave_out_the_generated_folder_and_other_suffixes(tmp_path: Path) -> None:
    for name in ("index.de.md", "assets/manual.css", "manual/x.de.md", "guide/page.nl.md", "manual-notes/y.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text", encoding="utf-8")
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing.md")
    found = file_stats(tmp_path, suffix=".md", skip=tmp_path / "manual")
    assert sorted(Path(path).relative_to(tmp_path).as_posix() for path, _, _ in found) == [
        "guide/page.nl.md",
        "index.de.md",
        "manual-notes/y.md",
    ]
    assert all(size == 4 for _, size, _ in found)


def test_templates_compile_once_per_process_and_again_when_changed() -> None:
    cache = MemoryBytecodeCache()
    sources = {"page.html": "{{ x }} A"}
    compiled: list[str] = []

    class CountingEnvironment(Environment):
        def _compile(self, source: str, filename: str) -> Any:
            compiled.append(filename)
            return super()._compile(source, filename)

    def render() -> str:  # a fresh environment, as every build (and every language) of MkDocs makes one
        return (
            CountingEnvironment(loader=DictLoader(sources), bytecode_cache=cache).get_template("page.html").render(x=1)
        )

    assert render() == render() == "1 A"
    assert len(compiled) == 1
    sources["page.html"] = "{{ x }} B"
    assert render() == "1 B" and len(compiled) == 2


def test_repeated_search_entries_are_dropped_from_the_kept_index() -> None:
    entries = [{"location": "a/", "title": "A", "text": "x"}] * 4 + [{"location": "b/", "title": "B", "text": ""}]
    config = SimpleNamespace(
        plugins={"material/search": SimpleNamespace(search_index=SimpleNamespace(entries=entries))}
    )
    drop_repeated_search_entries(config)  # type: ignore[arg-type]
    assert [e["location"] for e in entries] == ["a/", "b/"]
