"""One call that loads and checks the manual, for the MkDocs plugin and the command line alike."""

from __future__ import annotations

from pathlib import Path

from .loader import Manual, load_manual
from .problems import Problem
from .validate import validate_manual


def load_checked_manual(root: Path, languages: tuple[str, ...]) -> tuple[Manual, list[Problem]]:
    """Load every source file under `root` and run every check; problems sorted by file and line."""
    manual, problems = load_manual(root, languages)
    return manual, sorted(set(problems + validate_manual(manual)))


def missing_translations(manual: Manual) -> list[tuple[str, str]]:
    """(record folder, language) for every record without prose in a language of the site."""
    return [(r.folder, lang) for r in manual.records.values() for lang in manual.languages if lang not in r.prose]
