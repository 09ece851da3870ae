"""The PDF of one language: its print document assembled from the built site, and where to write it."""

from __future__ import annotations

from pathlib import Path

from ..model import Manual
from ..settings import Settings
from ..urls import page_url
from .cover import cover_for
from .pdf import PdfJob
from .print_document import assemble_print_html, reading_order, slug_of

PRINT_CSS = Path(__file__).resolve().parents[2] / "print.css"
"""The print style sheet, shipped with the package."""


def imprint_of(manual: Manual, settings: Settings, lang: str) -> tuple[str, str] | None:
    """The imprint's label and chapter id, when the footer names an imprint page and the PDF includes it."""
    for src, key in settings.footer_links.items():
        if key == "footer_imprint" and src in (*settings.pdf_front, *settings.pdf_back):
            return manual.labels.get(key, lang), slug_of(page_url(src, directory_urls=settings.directory_urls))
    return None


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
        cover=cover_for(manual, lang, build, imprint_of(manual, settings, lang)),
        css=PRINT_CSS.read_text(encoding="utf-8"),
        labels={"contents": manual.labels.get("pdf_contents", lang), "page_of": manual.labels.get("pdf_page_of", lang)},
    )
    target = site_dir / settings.pdf_dir / settings.pdf_file_name(lang)
    return PdfJob(lang, text, site_dir.as_uri() + "/", target)
