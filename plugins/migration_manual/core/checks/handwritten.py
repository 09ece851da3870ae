"""Hand-written pages (`docs/*.md`): their cross-references, translation keys and translation states."""

from __future__ import annotations

from pathlib import Path

from ..model import Manual
from ..problems import Problem, display_path
from ..sources.frontmatter import read_front_matter
from ..sources.yamlsource import read_text
from .translation import TranslationState, check_translation_keys, file_states
from .validate import check_references


def handwritten_pages(docs_dir: Path, generated: Path) -> list[Path]:
    """Every Markdown file under `docs_dir` except those in the generated folder, in path order."""
    return [path for path in sorted(docs_dir.rglob("*.md")) if not path.is_relative_to(generated)]


def check_handwritten_pages(manual: Manual, docs_dir: Path, generated: Path, display_root: Path) -> list[Problem]:
    """Problems in the cross-references and translation keys of every hand-written page."""
    problems: list[Problem] = []
    for path in handwritten_pages(docs_dir, generated):
        shown = display_path(path, display_root)
        text, found = read_text(path, shown)
        problems += found
        if text is not None:
            problems += check_references(manual, shown, [(1, text)])
            lang, siblings = page_language_files(path, manual.languages)
            problems += check_translation_keys(shown, read_front_matter(text), lang, set(siblings))
    return problems


def page_language_files(path: Path, languages: tuple[str, ...]) -> tuple[str, dict[str, Path]]:
    """The language of `x.nl.md` and the files of the same page in every language that has one."""
    stem, _, lang = path.name.removesuffix(".md").rpartition(".")
    if lang not in languages:
        stem, lang = path.name.removesuffix(".md"), languages[0]
    siblings = {other: path.with_name(f"{stem}.{other}.md") for other in languages}
    return lang, {other: p for other, p in siblings.items() if p.is_file()}


def page_states(
    docs_dir: Path, generated: Path, languages: tuple[str, ...], display_root: Path
) -> list[TranslationState]:
    """The translation state of every language of every hand-written page."""
    pages: dict[str, dict[str, Path]] = {}
    for path in handwritten_pages(docs_dir, generated):
        _, siblings = page_language_files(path, languages)
        stem = path.name.removesuffix(".md").rpartition(".")[0] or path.name.removesuffix(".md")
        pages[display_path(path.with_name(f"{stem}.md"), display_root)] = siblings
    return [state for item, files in pages.items() for state in file_states(item, files, languages)]
