"""Where the PDF time goes: the real manual's print document against plain text, and a profile of WeasyPrint.

    .venv/bin/python bench/pdf_profile.py [--lang de] [--top 15]

Builds the real manual's HTML (no PDFs) into a temporary folder, assembles the print document of one language as
`make site` does, and renders it with WeasyPrint three times: timed, as a reference document of plain paragraphs
with the same page count, font and page size (what WeasyPrint manages on this machine at best), and under cProfile
(the functions that take the time). A measurement tool, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = [
    "Stadt",
    "Verwaltung",
    "Beteiligung",
    "Quartier",
    "Zugewanderte",
    "Beratung",
    "Sprache",
    "Bildung",
    "und",
    "der",
    "die",
    "mit",
    "für",
]


def print_document(site: Path, lang: str) -> str:
    """The print HTML of `lang`, assembled from the built site by the plugin's own function."""
    from migration_manual import __version__
    from migration_manual.adapter.config import load_settings
    from migration_manual.core.checks import load_checked_manual
    from migration_manual.core.provenance import build_stamp
    from migration_manual.core.site.print_job import print_job

    settings = load_settings(REPO / "mkdocs.yml")
    manual, _ = load_checked_manual(settings.tree)
    return print_job(manual, settings, lang=lang, site_dir=site, build=build_stamp(__version__, REPO)).html


def plain_document(pages: int) -> str:
    """Plain paragraphs (about 420 words a page) in the print CSS's font and page size, one chapter per page."""
    rng = random.Random(1)
    style = "@page{size:A4;margin:22mm 20mm} html{font:10pt/1.45 'DejaVu Sans'} h1{break-before:page}"
    body = "".join(
        f"<h1>Kapitel {page}</h1>" + "".join(f"<p>{' '.join(rng.choices(WORDS, k=70))}.</p>" for _ in range(6))
        for page in range(pages)
    )
    return f"<!DOCTYPE html><html lang='de'><head><style>{style}</style></head><body>{body}</body></html>"


def render(html: str, base_url: str, target: Path) -> tuple[int, float]:
    """Pages and seconds to lay out and write one PDF/UA-1 document."""
    from weasyprint import HTML

    started = time.perf_counter()
    document = HTML(string=html, base_url=base_url).render(pdf_variant="pdf/ua-1")
    document.write_pdf(target, pdf_variant="pdf/ua-1")
    return len(document.pages), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Print pages per second of the manual and of plain text, then the profile's top functions."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="de")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "false"}
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(REPO / "mkdocs.yml"), "-d", str(site)]
        subprocess.run(command, cwd=REPO, env=env, check=True)
        html = print_document(site, args.lang)
        pages, seconds = render(html, site.as_uri() + "/", Path(tmp) / "manual.pdf")
        plain_pages, plain_seconds = render(plain_document(pages), site.as_uri() + "/", Path(tmp) / "plain.pdf")
        profile = cProfile.Profile()
        profile.runcall(render, html, site.as_uri() + "/", Path(tmp) / "profiled.pdf")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
    sys.stdout.write(
        f"manual ({args.lang}): {pages} pages in {seconds:.1f} s = {pages / seconds:.1f} pages/s\n"
        f"plain text:  {plain_pages} pages in {plain_seconds:.1f} s = {plain_pages / plain_seconds:.1f} pages/s\n"
        f"\nprofile of the manual (sorted by own time):\n{out.getvalue()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
