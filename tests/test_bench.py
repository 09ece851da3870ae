"""The benchmark script runs (at a tiny N); its figures are recorded in BENCHMARKS.md, not asserted here."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import load_bench

pytestmark = pytest.mark.slow  # builds, serves, renders PDFs or drives a browser


@pytest.fixture(scope="module")
def bench() -> object:
    return load_bench()


def test_benchmark_reports_every_figure(bench: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    assert bench.main(["--sizes", "4", "--repeat", "2", "--json", str(out)]) == 0  # type: ignore[attr-defined]
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


def test_event_times_account_for_the_whole_build(bench: object, tmp_path: Path) -> None:
    project = bench.make_project(tmp_path / "n3", 3)  # type: ignore[attr-defined]
    script = Path(bench.__file__).with_name("event_times.py")  # type: ignore[attr-defined]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "false"}
    done = subprocess.run([sys.executable, script], cwd=project, env=env, capture_output=True, text=True, check=True)
    rows = {m[3]: float(m[1]) for m in re.finditer(r"(?m)^ *([\d.]+) +[\d.]+% +(\d*) +(.+)$", done.stdout)}
    assert rows["manual: config"] > 0 and rows["i18n: post_build"] > 0 and rows["material/search: page_context"] > 0
    plugins = sum(seconds for name, seconds in rows.items() if ":" in name)
    assert plugins + rows["rest (Markdown, templates, writing)"] == pytest.approx(rows["build"], abs=0.05)
    assert (project / "site" / "nl" / "index.html").is_file()
