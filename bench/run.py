"""Benchmark: build the manual with N synthetic records and report time, memory, page sizes and PDF speed.

    .venv/bin/python bench/run.py --sizes 30 200 1000 2000 [--repeat 5] [--pdf] [--json bench/results.json]

For each N the script writes a project with N valid records in German and Dutch (about 300 words each, with
relations, cross-references, a table and facets), builds it with `mkdocs build --strict` in a child process and
measures wall time and the child's peak memory. It then builds the same generated pages as plain Markdown with the
same configuration but without the manual plugin, and reports the ratio (the generator's overhead). Last, it builds
the same pages with plain MkDocs (the `mkdocs` theme, its default search, no i18n: the Dutch pages under `nl/`, the
same sectioned navigation for both languages) and reports the cost per language-page of both builds. Build times on
a shared machine vary by ±10 % from run to run: `--repeat 5` builds each of the three projects five times,
alternating and each time from scratch (no site, no generated pages); times are then the median build, and ratios
the median of the five rounds' ratios (builds of one round run minutes apart, under the same load). This is a
measurement tool, not a timed test: `tests/test_bench.py` only checks that it runs at a tiny N.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

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
    pdf_pages: int | None
    """Pages of the longer PDF."""
    plain_wall_s: float | None
    overhead_ratio: float | None
    page_ms: float
    mkdocs_theme_page_ms: float | None
    page_cost_ratio: float | None


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
    # The glossary's references to real records: their text stays, the links go (the synthetic records differ).
    glossary = re.sub(r"\[\[[a-z0-9-]+\|([^\]]+)\]\]", r"\1", glossary)
    glossary = re.sub(r"\[\[([a-z0-9-]+)\]\]", r"\1", glossary)
    (sources / "glossary.yml").write_text(glossary, encoding="utf-8")
    rng = random.Random(seed)
    for index in range(records):
        folder = sources / "records" / f"rec-{index:05d}"
        folder.mkdir(parents=True)
        for name, text in record_files(index, rng).items():
            (folder / name).write_text(text, encoding="utf-8")
    return target


def timed_build(project: Path, *, pdf: bool) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the build process, and its log."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    return timed_run(command, project, pdf=pdf)


def timed_run(command: list[str], project: Path, *, pdf: bool) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the largest process of the command (children included), and its log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "true" if pdf else "false"}
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


def fresh(project: Path, *generated: Path) -> Path:
    """The project as before its first build: no site, and no pages generated by an earlier build."""
    for folder in (project / "site", *generated):
        shutil.rmtree(folder, ignore_errors=True)
    return project


def plain_project(project: Path, target: Path) -> Path:
    """The same pages as plain Markdown: the generated files copied into docs/, the manual plugin removed."""
    shutil.copytree(project, target, ignore=shutil.ignore_patterns("site"))
    config = (target / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^  - manual:\n(?:      .*\n|\s*#.*\n)*", "", config)
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    generated = target / "docs" / "manual"
    (generated / ".generated-by-migration-manual").unlink(missing_ok=True)
    return target


def mkdocs_theme_project(plain: Path, target: Path) -> Path:
    """The plain pages for plain MkDocs: `x.de.md` → `x.md`, `x.nl.md` → `nl/x.md`, one navigation per language."""
    source_docs, docs = plain / "docs", target / "docs"
    for source in (p for p in source_docs.rglob("*") if p.is_file()):
        relative = source.relative_to(source_docs)
        name = relative.name
        if name.endswith((".de.md", ".nl.md")):
            relative = relative.with_name(name[:-6] + ".md")
            relative = Path("nl", relative) if name.endswith(".nl.md") else relative
        (docs / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, docs / relative)
    config = (plain / "mkdocs.yml").read_text(encoding="utf-8")
    extensions = re.search(r"(?ms)^markdown_extensions:\n.*?(?=^\S)", config)
    de_nav = textwrap.indent(NAV.split("\n", 1)[1], "    ")
    nl_nav = re.sub(r"- (?=[\w/.-]+\.md)", "- nl/", de_nav)
    (target / "mkdocs.yml").write_text(
        "site_name: Bench\ntheme:\n  name: mkdocs\nextra_css: [assets/manual.css]\n"
        + (extensions[0] if extensions else "")
        + "nav:\n  - Deutsch:\n"
        + de_nav
        + "  - Nederlands:\n"
        + nl_nav,
        encoding="utf-8",
    )
    return target


def measure(records: int, work: Path, *, pdf: bool, plain: bool, repeat: int = 1) -> Result:
    """Build N records (and their plain twins) `repeat` times, alternating: median times, median ratios."""
    project = make_project(work / f"n{records}", records)
    generated = project / "docs" / "manual"
    runs = [timed_build(project, pdf=pdf)]
    twins: list[Path] = []  # the plain Markdown project and the plain MkDocs one, made from the generated pages
    if plain:
        plain_copy = plain_project(project, work / f"n{records}-plain")
        twins = [plain_copy, mkdocs_theme_project(plain_copy, work / f"n{records}-mkdocs")]
    twin_walls: list[list[float]] = [[] for _ in twins]
    for index in range(repeat):
        if index:
            runs.append(timed_build(fresh(project, generated), pdf=pdf))
        for twin, walls in zip(twins, twin_walls, strict=True):
            walls.append(timed_build(fresh(twin), pdf=False)[0])
    wall, _, log = sorted(runs)[len(runs) // 2]  # the median build
    rss = max(run[1] for run in runs)
    pages = sorted(p.stat().st_size for p in (project / "site").rglob("index.html") if "/nl/" not in str(p))
    plain_wall, mkdocs_wall = (statistics.median(walls) for walls in twin_walls) if twins else (None, None)
    # Ratios within a round, then their median: builds minutes apart differ more than the builds of one round.
    overhead, page_cost = (paired_ratio([r[0] for r in runs], walls) for walls in twin_walls) if twins else (None, None)
    language_pages = 2 * len(pages)
    return Result(
        records=records,
        pages_per_language=len(pages),
        wall_s=round(wall, 2),
        peak_rss_mb=round(rss, 1),
        per_record_ms=round(1000 * wall / records, 1),
        median_html_kb=round(statistics.median(pages) / 1024, 1),
        largest_html_kb=round(pages[-1] / 1024, 1),
        pdf_pages_per_s=slowest_pdf_rate(log),
        pdf_pages=max((int(m) for m in re.findall(r"PDF: \w+: (\d+) pages", log)), default=None),
        plain_wall_s=round(plain_wall, 2) if plain_wall else None,
        overhead_ratio=overhead if not pdf else None,
        page_ms=round(1000 * wall / language_pages, 1),
        mkdocs_theme_page_ms=round(1000 * mkdocs_wall / language_pages, 1) if mkdocs_wall else None,
        page_cost_ratio=page_cost if not pdf else None,
    )


def paired_ratio(walls: list[float], other_walls: list[float]) -> float:
    """Median of the ratios of builds of the same round."""
    return round(statistics.median(a / b for a, b in zip(walls, other_walls, strict=True)), 2)


def table(results: list[Result]) -> str:
    """The results as a Markdown table for BENCHMARKS.md."""
    head = (
        "| N | pages/lang | wall s | peak MB | ms/record | median KB | largest KB | PDF pages/s | PDF pages | plain s "
        "| ratio "
        "| ms/page | mkdocs theme ms/page | page cost × |"
    )
    rows = [head, "|" + " --- |" * 14]
    for r in results:
        cells: list[object] = [
            r.records,
            r.pages_per_language,
            r.wall_s,
            r.peak_rss_mb,
            r.per_record_ms,
            r.median_html_kb,
        ]
        cells += [r.largest_html_kb, r.pdf_pages_per_s or "–", r.pdf_pages or "–", r.plain_wall_s or "–"]
        cells += [r.overhead_ratio or "–"]
        cells += [r.page_ms, r.mkdocs_theme_page_ms or "–", r.page_cost_ratio or "–"]
        rows.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(rows) + "\n"


@dataclass
class RealResult:
    """The real manual: `make site`'s build (HTML of both languages and both PDFs) and `make serve`'s rebuilds."""

    site_wall_s: float
    site_peak_rss_mb: float
    pdf_pages_per_s: float | None
    serve_rebuild_s: list[float]
    """Seconds from saving an edited record to MkDocs' "Reloading browsers", for each edit."""


def serve_command() -> list[str]:
    """`mkdocs serve` with the arguments of the Makefile's `serve` target (which also sets MANUAL_PDF=false)."""
    match = re.search(r"\$\(BIN\)/mkdocs serve([^\n]*)", (REPO / "Makefile").read_text(encoding="utf-8"))
    if match is None:
        raise SystemExit("the Makefile's serve target does not run `mkdocs serve`")
    return [sys.executable, "-m", "mkdocs", "serve", *match[1].split()]


def real_project(target: Path) -> Path:
    """A copy of the repository's manual: what `make site` and `make serve` build."""
    ignore = shutil.ignore_patterns("__pycache__", "manual", ".mypy_cache")
    for name in ("docs", "manual_modules", "overrides", "plugins"):
        shutil.copytree(REPO / name, target / name, ignore=ignore if name != "manual_modules" else None)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    return target


def measure_real(work: Path, edits: int = 3) -> RealResult:
    """Build the real manual as `make site` does, then edit one record `edits` times under `make serve`."""
    project = real_project(work / "real")
    command = [str(Path(sys.executable).with_name("manual")), "build"]
    wall, rss, log = timed_run(command, project, pdf=True)
    return RealResult(round(wall, 2), round(rss, 1), slowest_pdf_rate(log), serve_rebuilds(project, edits))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def slowest_pdf_rate(log: str) -> float | None:
    """PDF pages per second of the slowest PDF, from the build's log."""
    rates = [int(m[1]) / float(m[2]) for m in re.finditer(r"PDF: \w+: (\d+) pages, [\d.]+ MB in ([\d.]+) s", log)]
    return round(min(rates), 1) if rates else None


def serve_rebuilds(project: Path, edits: int) -> list[float]:
    """Seconds from saving a record to the reload, under `mkdocs serve` as `make serve` runs it."""
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "false"}
    command = [*serve_command(), "-a", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=pump, args=(process.stdout, lines), daemon=True).start()
    record = sorted((project / "manual_modules" / "records").iterdir())[0] / "de.md"
    seconds = []
    try:
        wait_for_line(lines, "Serving on", timeout=600)
        for edit in range(edits):
            time.sleep(2)  # let the watcher settle, as a person would between two saves
            started = time.perf_counter()
            with record.open("a", encoding="utf-8") as text:
                text.write(f"\nErgänzung {edit}.\n")
            wait_for_line(lines, "Reloading browsers", timeout=600)
            seconds.append(round(time.perf_counter() - started, 2))
    finally:
        process.terminate()
        process.wait()
    return seconds


def pump(stream: IO[str] | None, lines: queue.Queue[str | None]) -> None:
    """Copy the server's log into a queue, line by line; None when it ends."""
    for line in stream or ():
        lines.put(line)
    lines.put(None)


def wait_for_line(lines: queue.Queue[str | None], text: str, timeout: float) -> None:
    """Read the server's log until a line contains `text`; fail if the server ends first."""
    deadline = time.perf_counter() + timeout
    seen: list[str] = []
    while (line := lines.get(timeout=max(0.1, deadline - time.perf_counter()))) is not None:
        if text in line:
            return
        seen.append(line)
    raise SystemExit("mkdocs serve ended before saying " + repr(text) + ":\n" + "".join(seen[-20:]))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; prints Markdown tables, optionally writes JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[30, 200, 1000, 2000])
    parser.add_argument("--pdf", action="store_true", help="also render the PDFs (then no plain comparison)")
    parser.add_argument("--no-plain", action="store_true", help="skip the builds without the manual plugin")
    parser.add_argument("--real", action="store_true", help="also time `make site` and `make serve` on the real manual")
    parser.add_argument("--edits", type=int, default=3, help="record edits under `make serve` (with --real)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="build each project this often, alternating; report medians"
    )
    parser.add_argument("--json", type=Path, help="write the results as JSON")
    parser.add_argument("--work", type=Path, help="keep the projects in this folder (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        plain = not (args.no_plain or args.pdf)
        results = [measure(n, work, pdf=args.pdf, plain=plain, repeat=args.repeat) for n in args.sizes]
        real = measure_real(work, args.edits) if args.real else None
    if results:
        sys.stdout.write(table(results))
    if real:
        sys.stdout.write(real_table(real))
    if args.json:
        data = {"synthetic": [asdict(r) for r in results], "real": asdict(real) if real else None}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


def real_table(real: RealResult) -> str:
    """The real manual's figures as a Markdown table."""
    rows = ["| make site s | peak MB | PDF pages/s | make serve rebuild s (each edit) |", "|" + " --- |" * 4]
    rebuilds = ", ".join(str(s) for s in real.serve_rebuild_s)
    rows.append(f"| {real.site_wall_s} | {real.site_peak_rss_mb} | {real.pdf_pages_per_s or '–'} | {rebuilds} |")
    return "\n" + "\n".join(rows) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
