"""Splitting a language file into front matter and sections."""

from __future__ import annotations

from pathlib import Path

from migration_manual.core.sources.prose import read_prose_file


def read(tmp_path: Path, text: str) -> tuple[object, list[str]]:
    path = tmp_path / "de.md"
    path.write_text(text, encoding="utf-8")
    source, problems = read_prose_file(path, "de.md")
    return source, [str(p) for p in problems]


def test_sections_with_lines(tmp_path: Path) -> None:
    source, problems = read(tmp_path, "---\ntitle: T\nsummary: S\n---\n\n## Eins\n\nText\n## Zwei ##\nMehr\n")
    assert problems == []
    assert [(s.heading, s.line, s.body, s.body_line) for s in source.sections] == [  # type: ignore[attr-defined]
        ("Eins", 6, "Text", 8),
        ("Zwei", 9, "Mehr", 10),
    ]


def test_headings_inside_code_fences_are_text(tmp_path: Path) -> None:
    source, _ = read(tmp_path, "---\ntitle: T\nsummary: S\n---\n## Eins\n```\n## kein Abschnitt\n```\n")
    assert [s.heading for s in source.sections] == ["Eins"]  # type: ignore[attr-defined]


def test_text_before_first_heading(tmp_path: Path) -> None:
    _, problems = read(tmp_path, "---\ntitle: T\nsummary: S\n---\n\nLose Zeile\n## Eins\n")
    assert problems == ["de.md:6: text before the first section heading; start with '## …'"]


def test_unclosed_front_matter(tmp_path: Path) -> None:
    _, problems = read(tmp_path, "---\ntitle: T\n")
    assert problems == ["de.md:1: front matter is not closed; add a line '---' after summary:"]
