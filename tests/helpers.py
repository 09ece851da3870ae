"""Helpers shared by the tests: projects to build, builds, and the benchmark script. No fixtures here (see
conftest.py)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import importlib.util
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import textwrap
import threading
import zlib
from collections.abc import Iterator
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


def build_site(
    project: Path, *, pdf: bool = False, repo_url: str = "", site_url: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` on a project (PDFs only when asked; repository and site address as the publish
    workflow sets them, else none); returns the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "true" if pdf else "false"}
    env.pop("MANUAL_REPO_URL", None)
    env.pop("MANUAL_SITE_URL", None)
    if repo_url:
        env["MANUAL_REPO_URL"] = repo_url
    if site_url:
        env["MANUAL_SITE_URL"] = site_url
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


def template_groups() -> dict[str, list[str]]:
    """The real site's pages by the template that renders them (URLs relative to a language's root): each
    hand-written page, each generated overview, a record of each kind, each facet's index and its first value."""
    manual, _ = load_checked_manual(SourceTree.beside(REPO / "manual_modules", LANGUAGES))
    hand_written = ["project/", "reading-guide/", "imprint/", "accessibility/", "contributing/", "api/"]
    groups = {"home": [""], "hand-written": hand_written, "overview": ["manual/"]}
    for name in ("matrix", "glossary", "pictures", "status", "roadmap", "changes"):
        groups[name] = [f"manual/{name}/"]
    groups["api reference"] = ["api/core/", "api/output/", "api/adapter/"]
    kinds = manual.taxonomy("kinds").ids()
    groups["record"] = [
        f"manual/records/{next(r.id for r in manual.records.values() if r.facts.kind == k)}/" for k in kinds
    ]
    groups["facet index"] = [f"manual/{facet.slug}/" for facet in FACETS]
    values = {facet.slug: f"manual/{facet.slug}/{manual.taxonomy(facet.taxonomy).ids()[0]}/" for facet in FACETS}
    groups["city page"] = [values.pop("city")]  # split into "from" and "to" the city
    groups["facet value"] = list(values.values())
    groups["not found"] = ["404.html"]
    return groups


def template_pages() -> list[str]:
    """One page of each template of the real site, and every variant of a template (see `template_groups`)."""
    return [page for pages in template_groups().values() for page in pages]


class _StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as a static host such as GitHub Pages does: text gzip-compressed when the browser asks
    for it (Lighthouse measures transfer sizes), quietly."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def send_head(self):  # type: ignore[no-untyped-def]  # SimpleHTTPRequestHandler's own signature
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (
            wants_gzip and path.suffix in self.COMPRESSED and path.is_file() and self.path.endswith(("/", path.name))
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_site(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (see `_StaticHost`) while the block runs; yields the address, ending in `/`."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_StaticHost, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
