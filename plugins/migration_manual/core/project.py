"""The project service: what `manual check`, `manual status`, `manual export` and the MkDocs build all do with a
project — load and check its sources and pages, write its generated pages — in one place, so they never disagree."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .checks import load_checked_manual
from .checks.handwritten import check_handwritten_pages, page_states
from .checks.html_gate import ProseRenderer
from .checks.rendered import check_rendered_manual, check_rendered_pages
from .checks.translation import TranslationState, record_states
from .model import Manual
from .outputs.writer import WriteReport, write_pages
from .problems import Problem
from .provenance import CommitDates, commit_dates
from .render import render_pages
from .settings import Settings
from .sources.records import RECORDS_FOLDER
from .urls import record_image


def check_project(settings: Settings) -> tuple[Manual, list[Problem]]:
    """Load and check the sources and the hand-written pages, and what their texts render to (the allow-list
    gate); every problem, sources first, each sorted."""
    manual, problems = load_checked_manual(settings.tree)
    renderer = ProseRenderer(settings.markdown_extensions, settings.markdown_configs)
    problems = sorted(problems + only_new(check_rendered_manual(manual, renderer), problems))
    if settings.docs_dir.is_dir():
        pages = check_handwritten_pages(manual, settings.docs_dir, settings.generated, settings.root)
        rendered = check_rendered_pages(renderer, settings.docs_dir, settings.generated, settings.root)
        problems += sorted(pages + only_new(rendered, pages))
    return manual, problems


def only_new(found: list[Problem], known: list[Problem]) -> list[Problem]:
    """The gate's problems on lines that have none yet: the friendlier message of an earlier check stays alone."""
    lines = {(problem.file, problem.line) for problem in known}
    return [problem for problem in found if (problem.file, problem.line) not in lines]


def translation_states(manual: Manual, settings: Settings) -> list[TranslationState]:
    """The translation state of every language of every record and hand-written page."""
    states = record_states(manual.records.values(), manual.languages)
    return states + page_translation_states(manual, settings)


def page_translation_states(manual: Manual, settings: Settings) -> list[TranslationState]:
    """The translation state of every language of every hand-written page."""
    if not settings.docs_dir.is_dir():
        return []
    return page_states(settings.docs_dir, settings.generated, manual.languages, settings.root)


def generate_pages(manual: Manual, settings: Settings, dates: CommitDates | None = None) -> WriteReport:
    """Render every generated page and write those that changed into the generated folder. `dates`: the first and
    last commit date of each source file (`provenance.commit_dates`), read from git when not given.

    Raises `OutputFolderError` when that folder exists but was not made by the generator.
    """
    pages: dict[str, str | bytes] = dict(
        render_pages(
            manual,
            base=settings.output_dir,
            page_states=page_translation_states(manual, settings),
            directory_urls=settings.directory_urls,
            dates=commit_dates(settings.root) if dates is None else dates,
        )
    )
    for record in manual.records.values():
        for name in sorted(record.images):
            pages[record_image(record.id, name)] = (manual.root / RECORDS_FOLDER / record.id / name).read_bytes()
    return write_pages(settings.generated, pages)


def sources_fingerprint(settings: Settings) -> tuple[tuple[str, int, int], ...]:
    """Name, size and mtime of every source file and hand-written page: cheap to compute, changes on any edit."""
    pages = file_stats(settings.docs_dir, suffix=".md", skip=settings.generated)
    return tuple(sorted(file_stats(settings.sources) + pages))


def file_stats(top: Path, *, suffix: str = "", skip: Path | None = None) -> list[tuple[str, int, int]]:
    """(path, size, mtime) of the files under `top` whose names end with `suffix`, leaving out the folder `skip`."""
    found = []
    for folder, subfolders, names in os.walk(top):
        subfolders[:] = [name for name in subfolders if skip is None or Path(folder, name) != skip]
        for name in (name for name in names if name.endswith(suffix)):
            path = Path(folder, name)
            with contextlib.suppress(FileNotFoundError):  # a dangling link, or a file deleted just now
                stat = path.stat()
                found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return found


def incomplete_site(settings: Settings, folder: Path, *, pdf: bool) -> list[str]:
    """What a complete build has but `folder` lacks: each language's home page and, with PDFs, each PDF."""
    home = "index.html"
    expected = [Path(home), *(Path(lang) / home for lang in settings.languages[1:])]
    missing = [str(path) for path in expected if not (folder / path).is_file()]
    if pdf:
        pdfs = [Path(settings.pdf_dir) / settings.pdf_file_name(lang) for lang in settings.languages]
        missing += [str(path) for path in pdfs if not (folder / path).is_file()]
    return missing
