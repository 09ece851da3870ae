"""The cross-reference syntax."""

from __future__ import annotations

import pytest
from migration_manual.core.sources.xref import find_references, replace_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("siehe [[kerngruppe]].", [("record", "kerngruppe", None, 0)]),
        ("[[kerngruppe|die Kerngruppe]]", [("record", "kerngruppe", "die Kerngruppe", 0)]),
        ("a\nb [[term:leitbild]]", [("term", "leitbild", None, 1)]),
        ("[[term:leitbild|Leitbilder]] und [[x]]", [("term", "leitbild", "Leitbilder", 0), ("record", "x", None, 0)]),
        ("[not a ref] [[ ]] [[a\nb]]", []),
        ("`[[code]]` and ``[[x]]`` but [[y]]", [("record", "y", None, 0)]),
        ("```\n[[fenced]]\n```\n[[after]]", [("record", "after", None, 3)]),
        ("~~~yaml\n[[fenced]]\n~~~", []),
    ],
)
def test_find_references(text: str, expected: list[tuple[str, str, str | None, int]]) -> None:
    assert [(r.namespace, r.target, r.text, r.offset) for r in find_references(text)] == expected


def test_replace_references() -> None:
    out = replace_references("A [[x]] and [[term:y|Y]].", lambda r: f"<{r.namespace}:{r.target}:{r.text}>")
    assert out == "A <record:x:None> and <term:y:Y>."


def test_replace_leaves_code_alone() -> None:
    text = "Write `[[id]]`:\n\n```markdown\nsee [[id]]\n```\n\nsee [[x]]"
    assert replace_references(text, lambda r: "LINK") == text.replace("see [[x]]", "see LINK")


@pytest.mark.parametrize("text", ["no reference at all", "a `[[code]]` span only", "```\n[[x]]\n```"])
def test_texts_without_references(text: str) -> None:
    assert find_references(text) == ()
    assert replace_references(text, lambda r: "LINK") == text


def test_a_link_text_may_wrap_onto_the_next_line_but_not_across_a_paragraph() -> None:
    wrapped = find_references("Siehe [[kerngruppe|die Kern-\ngruppe des Projekts]] und")
    assert [(r.target, r.text) for r in wrapped] == [("kerngruppe", "die Kern- gruppe des Projekts")]
    assert find_references("Siehe [[kerngruppe|die\n\nKerngruppe]]") == ()
