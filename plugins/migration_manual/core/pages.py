"""Hand-written pages: cross-references in `docs/*.md`, checked and rendered like those in records."""

from __future__ import annotations

from pathlib import Path

from .loader import Manual
from .problems import Problem
from .render import PageContext, build_backlinks, render_markdown
from .validate import check_references
from .yamlsource import read_text


def check_handwritten_pages(manual: Manual, docs_dir: Path, skip: Path, shown_root: Path) -> list[Problem]:
    """Problems in the cross-references of every Markdown file under `docs_dir`, except the folder `skip`."""
    problems: list[Problem] = []
    for path in sorted(docs_dir.rglob("*.md")):
        if path.is_relative_to(skip):
            continue
        shown = path.relative_to(shown_root).as_posix() if path.is_relative_to(shown_root) else path.as_posix()
        text, found = read_text(path, shown)
        problems += found
        if text is not None:
            problems += check_references(manual, shown, [(1, text)])
    return problems


def render_handwritten_references(manual: Manual, markdown: str, *, page_path: str, output_dir: str, lang: str) -> str:
    """Replace cross-references in a hand-written page (`page_path` relative to docs) with links."""
    ctx = PageContext(manual, lang, page_path, output_dir, build_backlinks(manual))
    return render_markdown(ctx, markdown)
