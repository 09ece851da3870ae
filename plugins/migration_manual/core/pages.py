"""Hand-written pages: cross-references in `docs/*.md`, checked and rendered like those in records."""

from __future__ import annotations

from pathlib import Path

from .loader import Manual
from .problems import Problem
from .render import PageContext, language_notice, render_markdown
from .translation import OUTDATED, TranslationState, check_translation_keys, file_states, front_matter
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
            lang, siblings = page_language_files(path, manual.languages)
            problems += check_translation_keys(shown, front_matter(text), lang, set(siblings))
    return problems


def page_language_files(path: Path, languages: tuple[str, ...]) -> tuple[str, dict[str, Path]]:
    """The language of `x.nl.md` and the files of the same page in every language that has one."""
    stem, _, lang = path.name.removesuffix(".md").rpartition(".")
    if lang not in languages:
        stem, lang = path.name.removesuffix(".md"), languages[0]
    siblings = {other: path.with_name(f"{stem}.{other}.md") for other in languages}
    return lang, {other: p for other, p in siblings.items() if p.is_file()}


def page_states(docs_dir: Path, skip: Path, languages: tuple[str, ...], shown_root: Path) -> list[TranslationState]:
    """The translation state of every language of every hand-written page."""
    pages: dict[str, dict[str, Path]] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        if path.is_relative_to(skip):
            continue
        _, siblings = page_language_files(path, languages)
        stem = path.name.removesuffix(".md").rpartition(".")[0] or path.name.removesuffix(".md")
        shown = path.with_name(f"{stem}.md")
        item = shown.relative_to(shown_root).as_posix() if shown.is_relative_to(shown_root) else shown.as_posix()
        pages[item] = siblings
    return [state for item, files in pages.items() for state in file_states(item, files, languages)]


def render_handwritten_references(manual: Manual, markdown: str, *, page_path: str, output_dir: str, lang: str) -> str:
    """Replace cross-references in a hand-written page (`page_path` relative to docs) with links."""
    ctx = PageContext(manual, lang, page_path, output_dir)  # links need no backlinks
    return render_markdown(ctx, markdown)


def outdated_page_notice(manual: Manual, path: Path) -> str:
    """A notice in the page's language when a hand-written translation is older than its source."""
    lang, files = page_language_files(path, manual.languages)
    state = next(s for s in file_states(path.name, files, manual.languages) if s.lang == lang)
    if state.status != OUTDATED or state.source_lang is None:
        return ""
    return language_notice(manual.labels, lang, kind="outdated", other_lang=state.source_lang)
