"""Cross-references in prose: `[[record-id]]`, `[[record-id|text]]`, `[[term:glossary-id]]`, `[[term:id|text]]`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

XREF = re.compile(r"\[\[(?:(?P<ns>term):)?(?P<id>[^\]|\s][^\]|\n]*?)(?:\|(?P<text>[^\]\n]+))?\]\]")
"""The cross-reference syntax."""

_CODE_OR_XREF = re.compile(
    r"(?P<code>^[ \t]*(?P<fence>```+|~~~+).*?^[ \t]*(?P=fence)[ \t]*$|(?P<ticks>`+)[^\n]*?(?P=ticks))|" + XREF.pattern,
    re.MULTILINE | re.DOTALL,
)
"""Code (fenced blocks, inline spans) or a cross-reference: code is matched first so that it is left alone."""


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
    return [_reference(match, markdown) for match in _CODE_OR_XREF.finditer(markdown) if match["code"] is None]


def _reference(match: re.Match[str], markdown: str) -> CrossReference:
    return CrossReference(
        namespace=match["ns"] or "record",
        target=match["id"].strip(),
        text=match["text"].strip() if match["text"] else None,
        offset=markdown.count("\n", 0, match.start()),
        source=match[0],
    )


def replace_references(markdown: str, render: Callable[[CrossReference], str]) -> str:
    """Replace every cross-reference with what `render` returns for it."""

    def substitute(match: re.Match[str]) -> str:
        return match[0] if match["code"] is not None else render(_reference(match, markdown))

    return _CODE_OR_XREF.sub(substitute, markdown)
