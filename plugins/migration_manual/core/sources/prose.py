"""Read a record's language file: YAML front matter, then one level-2 heading per section."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import Problem
from .frontmatter import find_front_matter, starts_with_fence
from .yamlsource import YamlDocument, parse_yaml, read_text

HEADING = re.compile(r"^##\s+(?P<text>.+?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True)
class ProseSection:
    """A level-2 heading and the Markdown below it."""

    heading: str
    line: int
    """Line of the heading."""
    body: str
    body_line: int
    """Line of the body's first line."""


@dataclass
class ProseSource:
    """A language file split into front matter and sections, before the sections are matched to keys."""

    front_matter: YamlDocument | None
    text: str
    """The whole file, for its fingerprint."""
    sections: list[ProseSection] = field(default_factory=list)
    """The sections in file order."""


def read_prose_file(path: Path, display_path: str) -> tuple[ProseSource | None, list[Problem]]:
    """Read a language file into front matter and headed sections."""
    text, problems = read_text(path, display_path)
    if text is None:
        return None, problems
    if not text.strip():
        return None, [
            Problem(display_path, 1, "", "file is empty; expected front matter (title, summary) and sections")
        ]
    if not starts_with_fence(text):
        return None, [
            Problem(display_path, 1, "", "expected front matter: a first line '---', then title: and summary:")
        ]
    block = find_front_matter(text)
    if block is None:
        return None, [Problem(display_path, 1, "", "front matter is not closed; add a line '---' after summary:")]
    front, front_problems = parse_yaml(block.yaml, display_path, line_offset=1)
    source = ProseSource(front, text)
    return source, front_problems + _split_sections(block.lines, block.body_start, source, display_path)


def _split_sections(lines: list[str], start: int, source: ProseSource, display_path: str) -> list[Problem]:
    problems: list[Problem] = []
    found: list[tuple[str, int, list[str]]] = []
    in_fence = False
    for number, line in enumerate(lines[start:], start=start + 1):
        if FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if match:
            found.append((match["text"], number, []))
        elif found:
            found[-1][2].append(line)
        elif line.strip() and not problems:
            problems.append(
                Problem(display_path, number, "", "text before the first section heading; start with '## …'")
            )
    source.sections = [_section(text, number, body) for text, number, body in found]
    return problems


def _section(heading: str, line: int, body: list[str]) -> ProseSection:
    # Guidance comments (`<!-- … -->`) are for editors, not readers: a section holding only comments is empty.
    # Each comment becomes as many line breaks as it spans, so that line numbers stay right.
    text = COMMENT.sub(lambda m: "\n" * m[0].count("\n"), "\n".join(body))
    lines = text.split("\n")
    leading = next((i for i, content in enumerate(lines) if content.strip()), len(lines))
    return ProseSection(heading, line, "\n".join(lines[leading:]).rstrip(), line + 1 + leading)
