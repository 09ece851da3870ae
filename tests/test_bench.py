"""The benchmark script runs (at a tiny N); its figures are recorded in BENCHMARKS.md, not asserted here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import load_bench


@pytest.fixture(scope="module")
def bench() -> object:
    return load_bench()


def test_benchmark_reports_every_figure(bench: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    assert bench.main(["--sizes", "4", "--json", str(out)]) == 0  # type: ignore[attr-defined]
    (result,) = json.loads(out.read_text(encoding="utf-8"))["synthetic"]
    assert result["records"] == 4 and result["pages_per_language"] > 4
    assert result["wall_s"] > 0 and result["peak_rss_mb"] > 0 and result["overhead_ratio"] > 0
    assert result["page_ms"] > 0 and result["mkdocs_theme_page_ms"] > 0 and result["page_cost_ratio"] > 0
    assert capsys.readouterr().out.startswith("| N | pages/lang |")


def test_benchmark_with_pdfs_reports_pdf_speed(bench: object, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert bench.main(["--sizes", "3", "--pdf", "--json", str(out)]) == 0  # type: ignore[attr-defined]
    (result,) = json.loads(out.read_text(encoding="utf-8"))["synthetic"]
    assert result["pdf_pages_per_s"] > 0 and result["pdf_pages"] > 0 and result["overhead_ratio"] is None


def test_benchmark_of_the_real_manual_times_make_site_and_serve_rebuilds(bench: object, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert bench.main(["--sizes", "--real", "--edits", "2", "--json", str(out)]) == 0  # type: ignore[attr-defined]
    real = json.loads(out.read_text(encoding="utf-8"))["real"]
    assert real["site_wall_s"] > 0 and real["pdf_pages_per_s"] > 0
    assert len(real["serve_rebuild_s"]) == 2 and all(seconds > 0 for seconds in real["serve_rebuild_s"])
