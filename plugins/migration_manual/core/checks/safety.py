"""Unsafe content in sources is refused: the site is deployed as built, so a record must not carry active content.

Records are Markdown. Raw HTML that could run code, load foreign content, restyle the page or collect input is not
allowed anywhere in a record's prose, its front matter or the glossary: `<script>`, `<iframe>`, `<object>`, `<embed>`,
`<style>`, `<form>` (and form controls), `<link>`, `<meta>`, `<base>`, inline event handlers (`onclick=` …), and
`javascript:`, `vbscript:` and `data:` addresses in links or attributes.
"""

from __future__ import annotations

import re

from ..problems import Problem

_TAG = re.compile(
    r"<\s*/?\s*(script|iframe|frame|frameset|object|embed|applet|style|form|input|button|select|textarea|link|meta|base)\b",
    re.I,
)
_HANDLER = re.compile(r"<[a-z][^>]*?\s(on[a-z]+)\s*=", re.I | re.S)
_URL = re.compile(
    r"(?:\]\(\s*<?|<|\b(?:href|src|action|formaction|xlink:href|srcset|poster)\s*=\s*[\"']?\s*)"
    r"(javascript|vbscript|data)\s*:",
    re.I,
)


def unsafe_content(text: str) -> list[tuple[int, str]]:
    """(line offset, what) for every piece of unsafe content in a text; empty when the text is safe."""
    found: list[tuple[int, str]] = []
    # Cheap substring tests first: most texts have no tag and none of the schemes, and the patterns are slow. The
    # folded text matches wherever the case-blind pattern can (it also takes the dotless "ı" for an "i").
    folded = text.casefold().replace("ı", "i")
    markup = "<" in text
    schemes = any(scheme in folded for scheme in ("javascript", "vbscript", "data"))
    for match in _TAG.finditer(text) if markup else ():
        found.append((text.count("\n", 0, match.start()), f"<{match[1].lower()}> element"))
    for match in _HANDLER.finditer(text) if markup else ():
        found.append((text.count("\n", 0, match.start(1)), f"event handler '{match[1].lower()}='"))
    for match in _URL.finditer(text) if schemes else ():
        found.append((text.count("\n", 0, match.start(1)), f"'{match[1].lower()}:' address"))
    return sorted(found)


def check_safety(file: str, texts: list[tuple[int, str, str]]) -> list[Problem]:
    """Problems for unsafe content in texts given as (first line, field, text)."""
    return [
        Problem(file, line + offset, field, f"{what} is not allowed in the manual's sources; write Markdown instead")
        for line, field, text in texts
        for offset, what in unsafe_content(text)
    ]
