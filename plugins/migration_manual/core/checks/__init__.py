"""Checks across files: taxonomy values, ids, relations, cross-references, translations and the safety of prose."""

from __future__ import annotations

from ..model import Manual
from ..problems import Problem
from ..sources import SourceTree, load_manual
from .validate import validate_manual


def load_checked_manual(tree: SourceTree) -> tuple[Manual, list[Problem]]:
    """Load every source file of the tree and run every check; problems sorted by file and line."""
    manual, problems = load_manual(tree)
    return manual, sorted(set(problems + validate_manual(manual)))


def missing_translations(manual: Manual) -> list[tuple[str, str]]:
    """(record folder, language) for every record without prose in a language of the site."""
    return [(r.folder, lang) for r in manual.records.values() for lang in manual.languages if lang not in r.prose]


__all__ = ["load_checked_manual", "missing_translations"]
