"""Read a record's language file: YAML front matter, then one level-2 heading per section."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .problems import Problem
from .yamlsource import YamlDocument, parse_yaml, read_text

FRONT_MATTER_FENCE = "---"
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
    body_line: int
    sections: list[ProseSection] = field(default_factory=list)
    """The sections in file order."""


def read_prose_file(path: Path, shown: str) -> tuple[ProseSource | None, list[Problem]]:
    """Read a language file into front matter and headed sections."""
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    if not text.strip():
        return None, [Problem(shown, 1, "", "file is empty; expected front matter (title, summary) and sections")]
    lines = text.split("\n")
    if lines[0].strip() != FRONT_MATTER_FENCE:
        return None, [Problem(shown, 1, "", "expected front matter: a first line '---', then title: and summary:")]
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE), None)
    if end is None:
        return None, [Problem(shown, 1, "", "front matter is not closed; add a line '---' after summary:")]
    front, front_problems = parse_yaml("\n".join(lines[1:end]), shown, line_offset=1)
    source = ProseSource(front, body_line=end + 2)
    return source, front_problems + _split_sections(lines, end + 1, source, shown)


def _split_sections(lines: list[str], start: int, source: ProseSource, shown: str) -> list[Problem]:
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
            problems.append(Problem(shown, number, "", "text before the first section heading; start with '## …'"))
    source.sections = [_section(text, number, body) for text, number, body in found]
    return problems


def _section(heading: str, line: int, body: list[str]) -> ProseSection:
    # Guidance comments (`<!-- … -->`) are for editors, not readers: a section holding only comments is empty.
    # Each comment becomes as many line breaks as it spans, so that line numbers stay right.
    text = COMMENT.sub(lambda m: "\n" * m[0].count("\n"), "\n".join(body))
    lines = text.split("\n")
    leading = next((i for i, content in enumerate(lines) if content.strip()), len(lines))
    return ProseSection(heading, line, "\n".join(lines[leading:]).rstrip(), line + 1 + leading)
