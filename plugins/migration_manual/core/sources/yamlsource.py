"""Read YAML while keeping the line of every value, so that problems can name it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..problems import Problem

FieldPath = tuple[str | int, ...]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where PyYAML was built with it (ten times faster), else the pure-Python one."""
_ALIAS_MESSAGE = "YAML aliases (*name) are not allowed; write the value out"
_TWICE_MESSAGE = "field is given twice; keep one"


@dataclass
class YamlDocument:
    """Parsed YAML data and the 1-based line of each value, keyed by its path."""

    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)
    line_offset: int = 0
    """Added to every line (for front matter that starts below the file's first line)."""

    def line_of(self, path: FieldPath) -> int:
        """Line of `path`, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path] + self.line_offset
            path = path[:-1]
        return self.lines.get((), 1) + self.line_offset


def format_path(path: FieldPath) -> str:
    """Render `("relations", 2, "target")` as `relations[2].target`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


MAX_BYTES = 1_000_000
"""Largest source file accepted: far above any real record, far below what could stall a build."""


def read_text(path: Path, display_path: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 text file; refuse other encodings and oversized files with a message saying how to fix them."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        message = f"file has {size:,} bytes; source files are limited to {MAX_BYTES:,} bytes: split the text"
        return None, [Problem(display_path, 1, "", message)]
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem(display_path, 1, "", "file is UTF-16; save it as UTF-8 without BOM")]
    if raw.startswith(b"\xef\xbb\xbf"):
        return None, [
            Problem(display_path, 1, "", "file starts with a byte order mark (BOM); save it as UTF-8 without BOM")
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return None, [
            Problem(display_path, line, "", f"file is not valid UTF-8 (byte 0x{raw[e.start]:02x}); save it as UTF-8")
        ]
    return text.replace("\r\n", "\n"), []


def parse_yaml(text: str, display_path: str, line_offset: int = 0) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse one YAML document, returning its data with line numbers, or the syntax problem."""
    loader = _Loader(text)
    try:
        # One parse: the node tree gives the lines, the same tree is then turned into data.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        what = e.problem or "syntax error"
        if mark and "\t" in text.split("\n")[mark.line][: mark.column + 1]:
            what = "tab character; indent YAML with spaces"
        return None, [Problem(display_path, line, "", f"YAML syntax error: {what}")]
    except yaml.YAMLError as e:
        return None, [Problem(display_path, 1 + line_offset, "", f"YAML error: {e}")]
    finally:
        loader.dispose()
    doc = YamlDocument(data, line_offset=line_offset)
    problems: list[Problem] = []
    if node is not None:
        _collect_lines(node, (), doc, problems, display_path, set())
    if any(p.message == _ALIAS_MESSAGE for p in problems):
        return None, problems  # never hand aliased data on: nested aliases expand without bound
    return doc, problems


def _collect_lines(
    node: yaml.Node, path: FieldPath, doc: YamlDocument, problems: list[Problem], display_path: str, nodes: set[int]
) -> None:
    """Record the line of `node` and everything below it; report doubled keys and aliases."""
    nodes.add(id(node))
    doc.lines.setdefault(path, node.start_mark.line + 1)
    children: list[tuple[str | int, int, yaml.Node]] = []
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            key, line = str(key_node.value), key_node.start_mark.line + 1
            if key in keys:
                problems.append(
                    Problem(display_path, line + doc.line_offset, format_path((*path, key)), _TWICE_MESSAGE)
                )
            keys.add(key)
            children.append((key, line, value_node))
    elif isinstance(node, yaml.SequenceNode):
        children = [(index, item.start_mark.line + 1, item) for index, item in enumerate(node.value)]
    for part, line, child in children:
        if id(child) in nodes:
            # The composer hands out a node already seen for an alias (*name); its own line is the anchor's, so
            # name the line of the field that uses it.
            at = line if isinstance(part, str) else doc.lines[path]
            problems.append(Problem(display_path, at + doc.line_offset, format_path((*path, part)), _ALIAS_MESSAGE))
            continue
        doc.lines[(*path, part)] = line
        _collect_lines(child, (*path, part), doc, problems, display_path, nodes)


def read_yaml(path: Path, display_path: str, *, missing: str = "") -> tuple[YamlDocument | None, list[Problem]]:
    """Read and parse a YAML file; `missing` is the message for a file that does not exist (default: read anyway)."""
    if missing and not path.is_file():
        return None, [Problem(display_path, 1, "", missing)]
    text, problems = read_text(path, display_path)
    if text is None:
        return None, problems
    return parse_yaml(text, display_path)
