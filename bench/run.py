"""Benchmark: build the manual with N synthetic records and report time, memory, page sizes and PDF speed.

    .venv/bin/python bench/run.py --sizes 30 200 1000 2000 [--pdf] [--json bench/results.json]

For each N the script writes a project with N valid records in German and Dutch (about 300 words each, with
relations, cross-references, a table and facets), builds it with `mkdocs build --strict` in a child process and
measures wall time and the child's peak memory. It then builds the same generated pages as plain Markdown with the
same configuration but without the manual plugin, and reports the ratio (the generator's overhead). This is a
measurement tool, not a timed test: `tests/test_bench.py` only checks that it runs at a tiny N.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KINDS = ["principle", "structure", "module", "method"]
NAV = """nav:
  - index.md
  - Handbuch:
      - manual/index.md
      - manual/kind/principle.md
      - manual/kind/structure.md
      - manual/kind/module.md
      - manual/kind/method.md
      - manual/matrix.md
      - manual/pictures.md
      - manual/glossary.md
      - manual/status.md
  - Einträge finden:
      - manual/field/index.md
      - manual/target-group/index.md
      - manual/adaptation/index.md
      - manual/phase/index.md
      - manual/city/index.md
      - manual/kind/index.md
"""
"""Like the real site's navigation: sections and overview pages, not every record."""
WORDS_DE = [
    *("Stadt", "Verwaltung", "Beteiligung", "Quartier", "Zugewanderte"),
    *("Beratung", "Sprache", "Bildung", "Arbeit", "Netzwerk"),
]
WORDS_NL = ["stad", "bestuur", "deelname", "wijk", "migranten", "advies", "taal", "onderwijs", "werk", "netwerk"]


@dataclass
class Result:
    """One measured build."""

    records: int
    pages_per_language: int
    wall_s: float
    peak_rss_mb: float
    per_record_ms: float
    median_html_kb: float
    largest_html_kb: float
    pdf_pages_per_s: float | None
    plain_wall_s: float | None
    overhead_ratio: float | None


def prose(rng: random.Random, words: list[str], refs: list[str], sentences: int) -> str:
    out = []
    for index in range(sentences):
        sentence = " ".join(rng.choice(words) for _ in range(14)).capitalize()
        if refs and index % 4 == 0:
            sentence += f" ([[{rng.choice(refs)}]])"
        out.append(sentence + ".")
    return " ".join(out)


def record_files(index: int, rng: random.Random) -> dict[str, str]:
    """record.yml, de.md, nl.md of synthetic record `index` (relations point at earlier records only)."""
    record_id = f"rec-{index:05d}"
    earlier = [f"rec-{i:05d}" for i in range(max(0, index - 50), index)]
    origin = rng.choice(["muenster", "almelo"])
    other = "almelo" if origin == "muenster" else "muenster"
    adaptation = rng.choice(["kept", "adapted", "new", "not-transferred", "pending"])
    fields = rng.sample(["security", "work", "economy", "education-language", "culture", "sport", "housing"], 2)
    groups = rng.sample(["immigrants", "neighbours", "local-actors", "professional-actors", "city-leadership"], 2)
    relations = "".join(f"\n  - {{type: related, target: {t}}}" for t in rng.sample(earlier, min(3, len(earlier))))
    facts = (
        f"id: {record_id}\nkind: {KINDS[index % 4]}\norigin: {origin}\n"
        f"transfers: [{{to: {other}, adaptation: {adaptation}}}]\nphases: [transfer, implementation]\n"
        f"fields_of_action: [{', '.join(fields)}]\ntarget_groups: [{', '.join(groups)}]\n"
        f"relations:{relations or ' []'}\nsources: [{{application: '6.1'}}]\n"
    )
    names = {"muenster": "Münster", "almelo": "Almelo"}
    table = "\n\n| Aspekt | Wert |\n| --- | --- |\n| A | 1 |\n| B | 2 |\n"
    files = {"record.yml": facts}
    for lang, words, heads in (
        ("de", WORDS_DE, ("Kontext und Herausforderung", "Praxis in", "Anpassung in", "Übertragbarkeit")),
        ("nl", WORDS_NL, ("Context en uitdaging", "Praktijk in", "Aanpassing in", "Overdraagbaarheid")),
    ):
        body = [
            f"## {heads[0]}\n\n{prose(rng, words, earlier, 6)}{table}",
            f"## {heads[1]} {names[origin]}\n\n{prose(rng, words, earlier, 6)}",
            f"## {heads[2]} {names[other]}\n\n{prose(rng, words, earlier, 5)}",
            f"## {heads[3]}\n\n{prose(rng, words, earlier, 4)}",
        ]
        title = f"{'Eintrag' if lang == 'de' else 'Onderdeel'} {index}"
        files[f"{lang}.md"] = f"---\ntitle: {title}\nsummary: {prose(rng, words, [], 2)}\n---\n\n" + "\n\n".join(body)
    return files


def make_project(target: Path, records: int, seed: int = 1) -> Path:
    """A project with the real configuration and taxonomies, two home pages and N synthetic records."""
    target.mkdir(parents=True)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(re.sub(r"(?m)^nav:\n(?:[ -].*\n)*", NAV, config), encoding="utf-8")
    shutil.copytree(REPO / "overrides", target / "overrides")
    docs = target / "docs"
    (docs / "assets").mkdir(parents=True)
    shutil.copy(REPO / "docs" / "assets" / "manual.css", docs / "assets" / "manual.css")
    for name in ("index", "project", "reading-guide", "imprint"):  # the PDF's front and back matter
        for lang in ("de", "nl"):
            (docs / f"{name}.{lang}.md").write_text(f"# {name.capitalize()}\n\nText.\n", encoding="utf-8")
    sources = target / "manual_modules"
    shutil.copytree(REPO / "manual_modules" / "taxonomies", sources / "taxonomies")
    for name in ("labels.yml", "application.yml", "glossary.yml"):
        shutil.copy(REPO / "manual_modules" / name, sources / name)
    glossary = (sources / "glossary.yml").read_text(encoding="utf-8")
    (sources / "glossary.yml").write_text(re.sub(r"\[\[[a-z0-9-]+\|([^\]]+)\]\]", r"\1", glossary), encoding="utf-8")
    rng = random.Random(seed)
    for index in range(records):
        folder = sources / "records" / f"rec-{index:05d}"
        folder.mkdir(parents=True)
        for name, text in record_files(index, rng).items():
            (folder / name).write_text(text, encoding="utf-8")
    return target


def timed_build(project: Path, *, pdf: bool) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the build process, and its log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "true" if pdf else "false"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build of {project} failed:\n{text[-3000:]}")
    return wall, usage.ru_maxrss / 1024, text


def plain_project(project: Path, target: Path) -> Path:
    """The same pages as plain Markdown: the generated files copied into docs/, the manual plugin removed."""
    shutil.copytree(project, target, ignore=shutil.ignore_patterns("site"))
    config = (target / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^  - manual:\n(?:      .*\n|\s*#.*\n)*", "", config)
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    generated = target / "docs" / "manual"
    (generated / ".generated-by-migration-manual").unlink(missing_ok=True)
    return target


def measure(records: int, work: Path, *, pdf: bool, plain: bool) -> Result:
    """Build N records (and their plain twin) and collect the figures."""
    project = make_project(work / f"n{records}", records)
    wall, rss, log = timed_build(project, pdf=pdf)
    pages = sorted(p.stat().st_size for p in (project / "site").rglob("index.html") if "/nl/" not in str(p))
    pdf_rates = [int(m[1]) / float(m[2]) for m in re.finditer(r"PDF: \w+: (\d+) pages, [\d.]+ MB in ([\d.]+) s", log)]
    plain_wall = timed_build(plain_project(project, work / f"n{records}-plain"), pdf=False)[0] if plain else None
    return Result(
        records=records,
        pages_per_language=len(pages),
        wall_s=round(wall, 2),
        peak_rss_mb=round(rss, 1),
        per_record_ms=round(1000 * wall / records, 1),
        median_html_kb=round(statistics.median(pages) / 1024, 1),
        largest_html_kb=round(pages[-1] / 1024, 1),
        pdf_pages_per_s=round(min(pdf_rates), 1) if pdf_rates else None,
        plain_wall_s=round(plain_wall, 2) if plain_wall else None,
        overhead_ratio=round(wall / plain_wall, 2) if plain_wall and not pdf else None,
    )


def table(results: list[Result]) -> str:
    """The results as a Markdown table for BENCHMARKS.md."""
    head = "| N | pages/lang | wall s | peak MB | ms/record | median KB | largest KB | PDF pages/s | plain s | ratio |"
    rows = [head, "|" + " --- |" * 10]
    for r in results:
        cells = [r.records, r.pages_per_language, r.wall_s, r.peak_rss_mb, r.per_record_ms, r.median_html_kb]
        cells += [r.largest_html_kb, r.pdf_pages_per_s or "–", r.plain_wall_s or "–", r.overhead_ratio or "–"]
        rows.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; prints a Markdown table, optionally writes JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[30, 200, 1000, 2000])
    parser.add_argument("--pdf", action="store_true", help="also render the PDFs (then no plain comparison)")
    parser.add_argument("--no-plain", action="store_true", help="skip the build without the manual plugin")
    parser.add_argument("--json", type=Path, help="write the results as JSON")
    parser.add_argument("--work", type=Path, help="keep the projects in this folder (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        plain = not (args.no_plain or args.pdf)
        results = [measure(n, work, pdf=args.pdf, plain=plain) for n in args.sizes]
    sys.stdout.write(table(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
