"""The cross-reference syntax."""

from __future__ import annotations

import pytest
from migration_manual.core.xref import find_references, replace_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("siehe [[kerngruppe]].", [("record", "kerngruppe", None, 0)]),
        ("[[kerngruppe|die Kerngruppe]]", [("record", "kerngruppe", "die Kerngruppe", 0)]),
        ("a\nb [[term:leitbild]]", [("term", "leitbild", None, 1)]),
        ("[[term:leitbild|Leitbilder]] und [[x]]", [("term", "leitbild", "Leitbilder", 0), ("record", "x", None, 0)]),
        ("[not a ref] [[ ]] [[a\nb]]", []),
    ],
)
def test_find_references(text: str, expected: list[tuple[str, str, str | None, int]]) -> None:
    assert [(r.namespace, r.target, r.text, r.offset) for r in find_references(text)] == expected


def test_replace_references() -> None:
    out = replace_references("A [[x]] and [[term:y|Y]].", lambda r: f"<{r.namespace}:{r.target}:{r.text}>")
    assert out == "A <record:x:None> and <term:y:Y>."
