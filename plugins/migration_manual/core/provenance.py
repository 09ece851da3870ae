"""Where a page comes from and when it changed: its source files, their last commit dates, the build's stamp."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

from .facets import FACET_BY_SLUG
from .model import Manual
from .sources.glossary import GLOSSARY_FILE
from .urls import GLOSSARY, record_id_of


def page_sources(manual: Manual, page: str, lang: str, display_root: Path) -> list[str]:
    """Source files (relative to the project root) of a generated page, given its path in the generated folder: a
    record's language file (or its fallback) and facts, a facet's taxonomy, the glossary."""
    record_id = record_id_of(page)
    if record_id is not None and record_id in manual.records:
        record = manual.records[record_id]
        prose = record.prose_for(lang, manual.fallback_order(lang))
        return [prose.file, record.facts_file]
    folder = page.split("/", 1)[0]
    if folder in FACET_BY_SLUG:
        return [manual.taxonomy(FACET_BY_SLUG[folder].taxonomy).file]
    if page.split(".", 1)[0] == GLOSSARY.removesuffix(".md"):
        try:
            return [(manual.root / GLOSSARY_FILE).relative_to(display_root).as_posix()]
        except ValueError:
            return []
    return []


def last_changed(project: Path) -> dict[str, str]:
    """Date of the last commit that touched each file (path relative to `project`), from one `git log` call."""
    try:
        log_text = subprocess.run(
            ["git", "-C", str(project), "log", "--format=%x00%cs", "--name-only", "--no-renames"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}  # not a git checkout: pages show no date rather than a wrong one
    dates: dict[str, str] = {}
    for entry in log_text.split("\x00")[1:]:
        date, *files = entry.strip().split("\n")
        for name in files:
            dates.setdefault(name.strip(), date)
    return dates


def build_stamp(version: str, project: Path) -> dict[str, str]:
    """Date of the build and version: the package version and, in a git checkout, the commit."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(project), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        version = f"{version} ({commit})" if commit else version
    except (OSError, subprocess.SubprocessError):
        pass  # not a git checkout (e.g. an unpacked release): the package version alone identifies the build
    return {"date": datetime.date.today().isoformat(), "version": version}
