"""Helpers shared by the tests: projects to build, builds, and the benchmark script. No fixtures here (see
conftest.py)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path
from types import ModuleType

from migration_manual.core.checks import load_checked_manual
from migration_manual.core.facets import FACETS
from migration_manual.core.settings import Settings
from migration_manual.core.sources import SourceTree

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LANGUAGES = ("de", "nl")


def write(root: Path, files: dict[str, str]) -> None:
    """Write `files` (relative path → text) under `root`, dedenting each text."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def small_project(target: Path, sources: Path) -> Path:
    """The real configuration without its nav, two home pages and the manual at `sources`."""
    target.mkdir()
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(re.sub(r"(?m)^nav:\n(?:[ -].*\n)*", "", config), encoding="utf-8")
    write(target / "docs", {"index.de.md": "# Start\n", "index.nl.md": "# Start\n", "assets/manual.css": ""})
    shutil.copytree(sources, target / "manual_modules")
    shutil.copytree(REPO / "overrides", target / "overrides")
    return target


def png_bytes(width: int, height: int) -> bytes:
    """A valid red PNG image of the given size (for records with images)."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def copy_project(target: Path) -> Path:
    """Copy mkdocs.yml, the hand-written docs (without generated pages), the sources and overrides into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "docs", target / "docs", ignore=shutil.ignore_patterns("manual"))
    shutil.copytree(REPO / "manual_modules", target / "manual_modules")
    shutil.copytree(REPO / "overrides", target / "overrides")
    return target


def project_settings(project: Path, languages: tuple[str, ...] = LANGUAGES, **options: object) -> Settings:
    """The settings of a project laid out like the repository (what `load_settings` reads from its mkdocs.yml),
    without loading MkDocs."""
    values: dict[str, object] = {
        "root": project,
        "sources": project / "manual_modules",
        "docs_dir": project / "docs",
        "site_dir": project / "site",
        "languages": languages,
        "pdf_front": ("index.md",),
        "footer_links": {"accessibility.md": "footer_accessibility", "imprint.md": "footer_imprint"},
    }
    return Settings(**{**values, **options})  # type: ignore[arg-type]


def build_site(project: Path, *, pdf: bool = False, repo_url: str = "") -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` on a project (PDFs only when asked); returns the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "true" if pdf else "false"}
    env.pop("MANUAL_REPO_URL", None)
    if repo_url:
        env["MANUAL_REPO_URL"] = repo_url
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)


def load_bench() -> ModuleType:
    """`bench/run.py` as a module (it is a script, not part of the package); it also holds what the tests use to run
    `mkdocs serve` as `make serve` does: `serve_command`, `free_port`, `pump`, `wait_for_line`."""
    if "bench_run" in sys.modules:
        return sys.modules["bench_run"]
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def template_pages() -> list[str]:
    """One page of each template of the real site: hand-written pages, generated overviews, a record of each kind,
    each facet's index and one of its values (URLs relative to a language's root)."""
    manual, _ = load_checked_manual(SourceTree.beside(REPO / "manual_modules", LANGUAGES))
    pages = ["", "project/", "reading-guide/", "imprint/", "accessibility/", "manual/", "manual/matrix/"]
    pages += ["manual/glossary/", "manual/pictures/", "manual/status/", "manual/roadmap/", "manual/changes/"]
    pages += ["contributing/", "api/"]
    for kind in manual.taxonomy("kinds").ids():
        first = next(r.id for r in manual.records.values() if r.facts.kind == kind)
        pages.append(f"manual/records/{first}/")
    for facet in FACETS:
        pages += [f"manual/{facet.slug}/", f"manual/{facet.slug}/{manual.taxonomy(facet.taxonomy).ids()[0]}/"]
    return pages
