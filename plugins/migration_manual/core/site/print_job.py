"""The PDF of one language: its print document assembled from the built site, and where to write it."""

from __future__ import annotations

from pathlib import Path

from ..model import Manual
from ..pictures.eu_emblem import eu_emblem
from ..settings import Settings
from .pdf import PdfJob
from .print_document import Cover, assemble_print_html, reading_order

PRINT_CSS = Path(__file__).resolve().parents[2] / "print.css"
"""The print style sheet, shipped with the package."""


def cover_for(manual: Manual, lang: str, build: dict[str, str]) -> Cover:
    """The cover of a language's PDF, from `labels.yml`; `build` holds the build's `date` and `version`."""
    label = manual.labels.get
    return Cover(
        title=label("pdf_title", lang),
        subtitle=label("pdf_subtitle", lang),
        lines=(label("pdf_partners", lang), label("pdf_period", lang), label("pdf_funding", lang)),
        build=label("pdf_build", lang, **build),
        emblem=eu_emblem(label("eu_emblem_label", lang), height=48),
    )


def print_job(manual: Manual, settings: Settings, *, lang: str, site_dir: Path, build: dict[str, str]) -> PdfJob:
    """The print document of one language, assembled from its built pages, to be rendered into `<pdf_dir>/`."""
    order = reading_order(
        manual,
        lang,
        front=list(settings.pdf_front),
        back=list(settings.pdf_back),
        output_dir=settings.output_dir,
        directory_urls=settings.directory_urls,
    )
    text = assemble_print_html(
        site_dir=site_dir,
        lang=lang,
        prefix=settings.language_prefix(lang),
        order=order,
        cover=cover_for(manual, lang, build),
        css=PRINT_CSS.read_text(encoding="utf-8"),
        labels={"contents": manual.labels.get("pdf_contents", lang), "page_of": manual.labels.get("pdf_page_of", lang)},
    )
    target = site_dir / settings.pdf_dir / settings.pdf_file_name(lang)
    return PdfJob(lang, text, site_dir.as_uri() + "/", target)
