"""Front matter: the YAML block between a first line `---` and the next line `---` of a Markdown file.

One reader for record language files, hand-written pages and translation keys, with the same rules everywhere:
the fences may carry trailing spaces, the YAML is parsed with the line-tracking parser (size limit, no aliases).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .yamlsource import parse_yaml

FENCE = "---"
_TRANSLATION_KEYS = re.compile(r"(?m)^(translated_from|source_hash):.*\n")


@dataclass(frozen=True)
class FrontMatterBlock:
    """Where the front matter of a text is."""

    yaml: str
    """The YAML between the fences."""
    end_line: int
    """0-based index of the closing fence's line."""
    lines: list[str]
    """The text's lines."""

    @property
    def body_start(self) -> int:
        """0-based index of the first line after the closing fence."""
        return self.end_line + 1


def find_front_matter(text: str) -> FrontMatterBlock | None:
    """The front matter block of `text`, or None when the text does not start with one (or it is not closed)."""
    lines = text.replace("\r\n", "\n").split("\n")
    if lines[0].strip() != FENCE:
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FENCE), None)
    return None if end is None else FrontMatterBlock("\n".join(lines[1:end]), end, lines)


def starts_with_fence(text: str) -> bool:
    """Whether the first line of `text` opens a front matter block."""
    return text.replace("\r\n", "\n").split("\n", 1)[0].strip() == FENCE


def read_front_matter(text: str) -> dict[str, object]:
    """The front matter of a text as a mapping; empty when there is none, it is not a mapping or not valid YAML."""
    block = find_front_matter(text)
    if block is None:
        return {}
    document, _ = parse_yaml(block.yaml, "", line_offset=1)
    data = document.data if document is not None else None
    return data if isinstance(data, dict) else {}


def without_translation_keys(text: str) -> str:
    """The text without its `translated_from:` and `source_hash:` lines."""
    return _TRANSLATION_KEYS.sub("", text)


def fingerprint(text: str) -> str:
    """Fingerprint of a file's text, ignoring its own translation keys and line-ending differences."""
    normalized = text.replace("\r\n", "\n")
    if "translated_from:" in normalized or "source_hash:" in normalized:
        normalized = without_translation_keys(normalized)
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:12]
