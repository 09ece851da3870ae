"""Render print documents to tagged PDF (PDF/UA-1) with WeasyPrint, one process per language."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

PDF_VARIANT = "pdf/ua-1"
"""Tagged PDF with a structure tree, the document language and the title in the metadata."""


@dataclass(frozen=True)
class PdfJob:
    """One document to render."""

    lang: str
    html: str
    base_url: str
    target: Path


@dataclass(frozen=True)
class PdfResult:
    """What rendering one document produced."""

    lang: str
    target: Path
    pages: int
    bytes: int
    seconds: float


def render_pdf(job: PdfJob) -> PdfResult:
    """Lay out and write one PDF; the file appears only when it is complete."""
    from weasyprint import HTML  # imported here: loading pango is slow and only the PDF step needs it

    started = time.perf_counter()
    document = HTML(string=job.html, base_url=job.base_url).render(pdf_variant=PDF_VARIANT)
    job.target.parent.mkdir(parents=True, exist_ok=True)
    partial = job.target.with_suffix(".pdf.part")
    document.write_pdf(partial, pdf_variant=PDF_VARIANT, custom_metadata=True)
    partial.replace(job.target)
    return PdfResult(
        job.lang, job.target, len(document.pages), job.target.stat().st_size, time.perf_counter() - started
    )


def render_pdfs(jobs: list[PdfJob], report: Callable[[str], None], heartbeat: float = 5.0) -> list[PdfResult]:
    """Render all jobs in parallel processes, reporting progress every `heartbeat` seconds and at each finish."""
    started = time.perf_counter()
    results: list[PdfResult] = []
    with ProcessPoolExecutor(max_workers=max(1, len(jobs))) as pool:
        running: dict[Future[PdfResult], str] = {pool.submit(render_pdf, job): job.lang for job in jobs}
        report(f"rendering {len(jobs)} PDF(s) in parallel: {', '.join(running.values())}")
        while running:
            done, _ = wait(running, timeout=heartbeat, return_when=FIRST_COMPLETED)
            for future in done:
                running.pop(future)
                result = future.result()
                results.append(result)
                report(
                    f"{result.lang}: {result.pages} pages, {result.bytes / 1e6:.1f} MB in {result.seconds:.1f} s "
                    f"→ {result.target.name}"
                )
            if running and not done:
                report(f"still rendering {', '.join(running.values())} ({time.perf_counter() - started:.0f} s)")
    return sorted(results, key=lambda r: r.lang)
