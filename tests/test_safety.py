"""Unsafe content in sources: what is found, on which line, and that safe prose passes."""

from __future__ import annotations

import pytest
from migration_manual.core.checks.safety import check_safety, unsafe_content


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Plain prose about data and Daten, with a [link](https://example.org).", []),
        ("A <b>bold</b> word and a <br> break.", []),
        ("Line one\n<SCRIPT>alert(1)</SCRIPT>", [(1, "<script> element")] * 2),
        ('<img src="x.png" onerror="alert(1)">', [(0, "event handler 'onerror='")]),
        ("[click](JavaScript:alert(1))", [(0, "'javascript:' address")]),
        ('<a href="data:text/html,x">x</a>', [(0, "'data:' address")]),
        ("[x](javascrıpt:alert(1))", [(0, "'javascrıpt:' address")]),  # the pattern is case-blind beyond ASCII
        ("Data: see table 2.", []),
    ],
)
def test_unsafe_content(text: str, found: list[tuple[int, str]]) -> None:
    assert unsafe_content(text) == found


def test_problems_name_file_line_and_field() -> None:
    (problem,) = check_safety("manual_modules/records/x/de.md", [(5, "sections", "a\n<iframe src=x>")])
    assert (problem.file, problem.line, problem.field) == ("manual_modules/records/x/de.md", 6, "sections")
    assert "<iframe> element is not allowed" in problem.message
