"""Where a page comes from and when it changed: its source files, their last commit dates, the build's stamp."""

from __future__ import annotations

import datetime
import subprocess
from dataclasses import dataclass
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


CommitDates = tuple[dict[str, str], dict[str, str]]
"""The first and the last commit date of each file, by its path relative to the project."""


def commit_dates(project: Path) -> CommitDates:
    """Dates of the first and of the last commit that touched each file (relative to `project`), from one
    `git log` call; empty outside a git checkout."""
    try:
        log_text = subprocess.run(
            ["git", "-C", str(project), "log", "--format=%x00%cs", "--name-only", "--no-renames"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}, {}  # not a git checkout: pages show no date rather than a wrong one
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    for entry in log_text.split("\x00")[1:]:  # newest commit first
        date, *files = entry.strip().split("\n")
        for name in (name.strip() for name in files if name.strip()):
            last.setdefault(name, date)
            first[name] = date
    return first, last


@dataclass(frozen=True)
class RecordChange:
    """When a record was added and last changed, in one language (its language file and its facts)."""

    record_id: str
    added: str
    changed: str


def record_changes(manual: Manual, lang: str, dates: CommitDates) -> list[RecordChange]:
    """Every record with a commit date, newest change first; a record not committed yet is left out."""
    first, last = dates
    changes = []
    for record in manual.records.values():
        files = [record.facts_file, record.prose_for(lang, manual.fallback_order(lang)).file]
        added = [first[f] for f in files if f in first]
        changed = [last[f] for f in files if f in last]
        if added and changed:
            changes.append(RecordChange(record.id, min(added), max(changed)))
    return sorted(changes, key=lambda c: (c.changed, c.record_id), reverse=True)


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
