"""Load the whole manual — taxonomies, labels, records, glossary, timeline — and report every problem at once."""

from __future__ import annotations

from ..model import Manual, Taxonomy
from ..problems import Problem
from .glossary import load_glossary
from .records import RECORDS_FOLDER, load_records
from .taxonomy import TAXONOMY_FILES, load_labels, load_taxonomy
from .timeline import load_timeline
from .tree import SourceTree


def load_manual(tree: SourceTree) -> tuple[Manual, list[Problem]]:
    """Load and check the structure of every source file; checks across files live in `core.checks`."""
    problems: list[Problem] = []
    taxonomies: dict[str, Taxonomy] = {}
    for name in TAXONOMY_FILES:
        taxonomies[name], found = load_taxonomy(tree, name)
        problems += found
    labels, found = load_labels(tree)
    problems += found
    if problems:
        # Records cannot be checked against broken taxonomies; fix those first.
        return Manual(tree.folder, tree.languages, taxonomies, labels, {}, {}), problems
    records, found = load_records(tree, taxonomies, labels)
    problems += found
    glossary, found = load_glossary(tree)
    problems += found
    record_folders = tree.folder / RECORDS_FOLDER
    folders = {p.name for p in record_folders.iterdir() if p.is_dir()} if record_folders.is_dir() else set()
    unreadable = frozenset(folders - set(records))
    # A record that exists but could not be loaded has its own problems; the timeline does not report it again.
    timeline, found = load_timeline(tree, set(records) | unreadable, taxonomies["application"])
    problems += found
    return Manual(tree.folder, tree.languages, taxonomies, labels, records, glossary, unreadable, timeline), problems
