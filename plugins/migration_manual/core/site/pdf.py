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


class PdfQueue:
    """Renders print documents in background processes while the caller goes on (one process per document).

    The site builds one language after the other; a language's PDF can render while the next language's pages are
    built, and all PDFs render in parallel.
    """

    def __init__(self, workers: int) -> None:
        self._pool = ProcessPoolExecutor(max_workers=max(1, workers))
        self._running: dict[Future[PdfResult], str] = {}
        self._started = time.perf_counter()

    def submit(self, job: PdfJob) -> None:
        """Start rendering `job` in a free process (or as soon as one is free)."""
        self._running[self._pool.submit(render_pdf, job)] = job.lang

    def wait(self, report: Callable[[str], None], heartbeat: float = 5.0) -> list[PdfResult]:
        """Wait for every submitted document, reporting progress every `heartbeat` seconds and at each finish."""
        results: list[PdfResult] = []
        try:
            while self._running:
                done, _ = wait(self._running, timeout=heartbeat, return_when=FIRST_COMPLETED)
                for future in done:
                    self._running.pop(future)
                    results.append(result := future.result())
                    report(
                        f"{result.lang}: {result.pages} pages, {result.bytes / 1e6:.1f} MB in {result.seconds:.1f} s "
                        f"→ {result.target.name}"
                    )
                if self._running and not done:
                    elapsed = time.perf_counter() - self._started
                    report(f"still rendering {', '.join(self._running.values())} ({elapsed:.0f} s)")
        finally:
            # Every document done: wait for the processes to exit, or the interpreter's exit can print an
            # `OSError: [Errno 9] Bad file descriptor` traceback from the pool's management thread (CPython issue
            # 83279). On an error, cancel and do not wait.
            self._close(wait=not self._running)
        return sorted(results, key=lambda r: r.lang)

    def cancel(self) -> None:
        """Drop documents not yet started and let the processes end (a failed build must not wait for them)."""
        self._close(wait=False)

    def _close(self, *, wait: bool) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=True)
        self._running.clear()
