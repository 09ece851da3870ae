"""Cross-references in prose: `[[record-id]]`, `[[record-id|text]]`, `[[term:glossary-id]]`, `[[term:id|text]]`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

XREF = re.compile(r"\[\[(?:(?P<ns>term):)?(?P<id>[^\]|\s][^\]|\n]*?)(?:\|(?P<text>[^\]\n]+))?\]\]")
"""The cross-reference syntax."""


@dataclass(frozen=True)
class CrossReference:
    """One `[[…]]` in a text."""

    namespace: str
    """`record` or `term`."""
    target: str
    text: str | None
    offset: int
    """Line offset inside the text (0 for its first line)."""
    source: str
    """The reference as written."""


def find_references(markdown: str) -> list[CrossReference]:
    """All cross-references of a Markdown text, with the line they are on."""
    return [
        CrossReference(
            namespace=match["ns"] or "record",
            target=match["id"].strip(),
            text=match["text"].strip() if match["text"] else None,
            offset=markdown.count("\n", 0, match.start()),
            source=match[0],
        )
        for match in XREF.finditer(markdown)
    ]


def replace_references(markdown: str, render: Callable[[CrossReference], str]) -> str:
    """Replace every cross-reference with what `render` returns for it."""

    def substitute(match: re.Match[str]) -> str:
        found = find_references(match[0])[0]
        return render(found)

    return XREF.sub(substitute, markdown)
