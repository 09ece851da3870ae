"""The allow-list gate (`html_gate`) applied to everything an editor writes: each record's title, summary and body
in every language, the glossary's texts and the hand-written pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..model import Manual, Prose, Record
from ..problems import Problem, display_path
from ..sources.frontmatter import find_front_matter
from ..sources.yamlsource import read_text
from .handwritten import handwritten_pages
from .html_gate import NumberedLines, ProseRenderer, check_document, numbered


def check_rendered_manual(manual: Manual, renderer: ProseRenderer) -> list[Problem]:
    """Allow-list problems in the records' prose and the glossary's texts."""
    problems: list[Problem] = []
    for record in manual.records.values():
        for prose in record.prose.values():
            problems += check_record_prose(renderer, record, prose)
    for entry in manual.glossary.values():
        for lang, text in entry.texts.items():
            for field, value in (("term", text.term), ("definition", text.definition), ("note", text.note or "")):
                lines = numbered(entry.line, value)
                problems += check_document(renderer, entry.file, lines, always(f"{entry.id}.{lang}.{field}"))
    return problems


def check_record_prose(renderer: ProseRenderer, record: Record, prose: Prose) -> list[Problem]:
    """The title and the summary each on their own, the sections as one document (as on the record's page, where
    a reference-style link in one section may use a definition in another)."""
    problems: list[Problem] = []
    for key in ("title", "summary"):
        line = prose.front_lines.get(key, 1)
        problems += check_document(renderer, prose.file, numbered(line, getattr(prose, key)), always(key))
    body: NumberedLines = []
    starts: list[tuple[int, str]] = []
    for key, line in sorted(prose.section_lines.items(), key=lambda item: item[1]):
        starts.append((line, key))
        body += [*numbered(line, prose.sections[key]), (line, "")]

    def section_at(line: int) -> str:
        key = next((key for start, key in reversed(starts) if start <= line), starts[0][1] if starts else "")
        return f"section '{key}'"

    return problems + check_document(renderer, prose.file, body, section_at, images=record.images)


def always(field: str) -> Callable[[int], str]:
    """The same field name for every line of a text."""
    return lambda _line: field


def check_rendered_pages(renderer: ProseRenderer, docs_dir: Path, generated: Path, display_root: Path) -> list[Problem]:
    """Allow-list problems in the hand-written pages (their own images are checked by MkDocs' link validation)."""
    problems: list[Problem] = []
    for path in handwritten_pages(docs_dir, generated):
        text, _ = read_text(path, display_path(path, display_root))  # unreadable files are reported elsewhere
        if text is None:
            continue
        block = find_front_matter(text)
        start = block.body_start if block is not None else 0
        lines = list(enumerate(text.split("\n")[start:], start=start + 1))
        problems += check_document(renderer, display_path(path, display_root), lines, always("page"))
    return problems
