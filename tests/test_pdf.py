"""Rendering print documents to PDF/UA with WeasyPrint, in parallel, with progress messages."""

from __future__ import annotations

from pathlib import Path

from migration_manual.core.site.pdf import PdfJob, PdfQueue
from pypdf import PdfReader

DOC = '<!DOCTYPE html><html lang="{lang}"><head><title>T {lang}</title></head><body><h1>Größe ĳ</h1></body></html>'


def test_the_queue_renders_in_parallel_and_reports_each_finish(tmp_path: Path) -> None:
    messages: list[str] = []
    jobs = [
        PdfJob(lang, DOC.format(lang=lang), tmp_path.as_uri() + "/", tmp_path / f"{lang}.pdf") for lang in ("nl", "de")
    ]
    queue = PdfQueue(workers=2)
    for job in jobs:
        queue.submit(job)
    results = queue.wait(report=messages.append, heartbeat=0.01)
    assert [r.lang for r in results] == ["de", "nl"]
    assert all(r.pages == 1 and r.bytes > 1000 for r in results)
    assert any(m.startswith("de: 1 pages") for m in messages) and any(m.startswith("nl: 1 pages") for m in messages)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["de.pdf", "nl.pdf"]  # no partial files left
    reader = PdfReader(tmp_path / "de.pdf")
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert "Größe" in reader.pages[0].extract_text()


def test_a_cancelled_queue_has_nothing_to_wait_for(tmp_path: Path) -> None:
    queue = PdfQueue(workers=1)
    for lang in ("de", "nl", "en"):
        queue.submit(PdfJob(lang, DOC.format(lang=lang), tmp_path.as_uri() + "/", tmp_path / f"{lang}.pdf"))
    queue.cancel()
    assert queue.wait(report=lambda message: None) == []
    assert not list(tmp_path.glob("*.pdf.part"))
