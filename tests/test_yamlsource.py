"""Reading YAML with the line of every value, and refusing wrong encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from migration_manual.core.sources.yamlsource import format_path, parse_yaml, read_text


def test_lines_of_nested_values() -> None:
    doc, problems = parse_yaml("id: a\nrelations:\n  - type: x\n    target: b\n", "f.yml")
    assert problems == [] and doc is not None
    assert doc.line_of(("relations", 0, "target")) == 4
    assert doc.line_of(("relations", 0, "missing")) == 3
    assert doc.line_of(("nothing",)) == 1


def test_line_offset_for_front_matter() -> None:
    doc, _ = parse_yaml("title: A\nsummary: B\n", "f.md", line_offset=1)
    assert doc is not None and doc.line_of(("summary",)) == 3


def test_duplicate_key_is_a_problem() -> None:
    _, problems = parse_yaml("id: a\nkind: x\nid: b\n", "f.yml")
    assert [str(p) for p in problems] == ["f.yml:3: id: field is given twice; keep one"]


@pytest.mark.parametrize(
    ("path", "expected"), [(("a",), "a"), (("a", 2, "b"), "a[2].b"), ((0, "id"), "[0].id"), ((), "")]
)
def test_format_path(path: tuple[str | int, ...], expected: str) -> None:
    assert format_path(path) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("x".encode("utf-16"), "f:1: file is UTF-16; save it as UTF-8 without BOM"),
        (b"\xef\xbb\xbfx", "f:1: file starts with a byte order mark (BOM); save it as UTF-8 without BOM"),
        (b"a\nb\n\xe9", "f:3: file is not valid UTF-8 (byte 0xe9); save it as UTF-8"),
    ],
)
def test_wrong_encodings_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "f"
    path.write_bytes(data)
    text, problems = read_text(path, "f")
    assert text is None and [str(p) for p in problems] == [message]


def test_windows_line_endings_are_read(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"a: 1\r\nb: 2\r\n")
    assert read_text(path, "f") == ("a: 1\nb: 2\n", [])
