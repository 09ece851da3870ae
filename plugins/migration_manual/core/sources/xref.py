"""Cross-references in prose: `[[record-id]]`, `[[record-id|text]]`, `[[term:glossary-id]]`, `[[term:id|text]]`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

XREF = re.compile(r"\[\[(?:(?P<ns>term):)?(?P<id>[^\]|\s][^\]|\n]*?)(?:\|(?P<text>[^\]\n]+(?:\n[^\]\n]+)*))?\]\]")
"""The cross-reference syntax. A link text may wrap onto the next line (editors wrap long lines), not across a
paragraph break."""

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


@lru_cache(maxsize=65536)
def find_references(markdown: str) -> tuple[CrossReference, ...]:
    """All cross-references of a Markdown text, with the line they are on. Cached: loading, checking and the
    backlinks all read the same texts."""
    return tuple(_reference(match, markdown) for match in _matches(markdown) if not _is_code(match))


def _matches(markdown: str) -> Iterator[re.Match[str]]:
    # Without code in the text, the plain reference pattern does: it starts with `[[`, which the regex engine
    # finds with a fast substring search instead of trying the code alternatives at every position.
    return (_CODE_OR_XREF if "`" in markdown or "~~~" in markdown else XREF).finditer(markdown)


def _is_code(match: re.Match[str]) -> bool:
    return match.re is _CODE_OR_XREF and match["code"] is not None


def _reference(match: re.Match[str], markdown: str) -> CrossReference:
    return CrossReference(
        namespace=match["ns"] or "record",
        target=match["id"].strip(),
        text=" ".join(match["text"].split()) if match["text"] else None,
        offset=markdown.count("\n", 0, match.start()),
        source=match[0],
    )


def replace_references(markdown: str, render: Callable[[CrossReference], str]) -> str:
    """Replace every cross-reference with what `render` returns for it."""
    parts, position = [], 0
    for match in _matches(markdown):
        if not _is_code(match):
            parts += [markdown[position : match.start()], render(_reference(match, markdown))]
            position = match.end()
    return "".join([*parts, markdown[position:]])
