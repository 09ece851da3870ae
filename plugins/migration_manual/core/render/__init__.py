"""Render the manual into Markdown pages, one file per page and language (`records/x.de.md`, `records/x.nl.md`).

Every renderer is pure: it takes a page's context and returns its Markdown. The URL policy lives in `urls`, the
shared pieces in `markdown` and `links`, each kind of page in a module of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ..checks.translation import TranslationState
from ..facets import FACETS
from ..graph import build_backlinks
from ..model import Manual
from ..provenance import CommitDates, record_changes
from ..urls import (
    CHANGES,
    GLOSSARY,
    MATRIX,
    OVERVIEW,
    PICTURES,
    ROADMAP,
    STATUS,
    facet_page,
    record_page,
    with_language,
)
from .changes import render_changes
from .context import PageContext
from .figures import render_pictures_page
from .glossary_page import render_glossary
from .listings import render_facet_overview, render_facet_page, render_matrix, render_overview
from .record import render_record_page
from .roadmap import render_roadmap
from .status_page import render_status

Renderer = Callable[[PageContext], str]
"""Renders one page in the language of its context."""


def render_pages(
    manual: Manual,
    *,
    base: str,
    page_states: list[TranslationState] | None = None,
    directory_urls: bool = True,
    dates: CommitDates = ({}, {}),
) -> dict[str, str]:
    """All generated pages of all languages, for the folder `base` under docs: file name with language suffix
    (relative to `base`) → Markdown. `page_states` adds the hand-written pages to the translation status page;
    `dates` (first and last commit date per source file, see `provenance.commit_dates`) the "what is new" page."""
    backlinks = build_backlinks(manual)
    pages: dict[str, str] = {}
    for lang in manual.languages:
        changes = record_changes(manual, lang, dates)
        for path, render in page_renderers(manual):
            docs_path = f"{base}/{path}" if base else path
            ctx = PageContext(manual, lang, docs_path, base, backlinks, page_states or [], directory_urls, changes)
            pages[with_language(path, lang)] = render(ctx)
    return pages


def page_renderers(manual: Manual) -> list[tuple[str, Renderer]]:
    """Every generated page (its path relative to the generated folder) with its renderer."""
    renderers: list[tuple[str, Renderer]] = [
        (OVERVIEW, render_overview),
        (CHANGES, render_changes),
        (ROADMAP, render_roadmap),
        (MATRIX, render_matrix),
        (GLOSSARY, render_glossary),
        (STATUS, render_status),
        (PICTURES, render_pictures_page),
    ]
    for record in manual.records.values():
        renderers.append((record_page(record.id), partial(render_record_page, record=record)))
    for facet in FACETS:
        renderers.append((facet_page(facet), partial(render_facet_overview, facet=facet)))
        for value in manual.taxonomy(facet.taxonomy).ids():
            renderers.append((facet_page(facet, value), partial(render_facet_page, facet=facet, value=value)))
    return renderers


__all__ = ["PageContext", "Renderer", "page_renderers", "render_pages"]
