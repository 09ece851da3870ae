"""Translation status: a translation names its source language and the source's fingerprint when last updated.

A language file with `translated_from: de` and `source_hash: …` in its front matter is a translation of the `de`
file beside it. When the source's text changes, its fingerprint no longer matches and the translation is outdated.
A file without `translated_from` is an original; a language without a file is missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..model import Record
from ..problems import Problem
from ..sources.frontmatter import find_front_matter, fingerprint, read_front_matter, without_translation_keys

ORIGINAL, CURRENT, OUTDATED, MISSING = "original", "current", "outdated", "missing"
"""The states of one language of a record or page."""


@dataclass(frozen=True)
class TranslationState:
    """The state of one language of an item (a record or a hand-written page)."""

    item: str
    """Record id, or a page's path without language suffix (`docs/project.md`)."""
    lang: str
    status: str
    source_lang: str | None = None


def file_states(item: str, files: dict[str, Path], languages: tuple[str, ...]) -> list[TranslationState]:
    """The state of every language of one item, from its language files (language → path, where present)."""
    states = []
    for lang in languages:
        path = files.get(lang)
        if path is None:
            states.append(TranslationState(item, lang, MISSING))
            continue
        meta = read_front_matter(path.read_text(encoding="utf-8"))
        source_lang = meta.get("translated_from")
        source = files.get(str(source_lang)) if source_lang else None
        if source is None:
            states.append(TranslationState(item, lang, ORIGINAL))
            continue
        current = meta.get("source_hash") == fingerprint(source.read_text(encoding="utf-8"))
        states.append(TranslationState(item, lang, CURRENT if current else OUTDATED, str(source_lang)))
    return states


def check_translation_keys(shown: str, meta: dict[str, object], lang: str, siblings: set[str]) -> list[Problem]:
    """`translated_from` names another language that has a file, and comes with a `source_hash`."""
    source = meta.get("translated_from")
    if source is None:
        return []
    if source == lang or source not in siblings:
        choices = ", ".join(sorted(k for k in siblings if k != lang)) or "none"
        return [Problem(shown, 1, "translated_from", f"no source file in language '{source}'; existing: {choices}")]
    if not meta.get("source_hash"):
        return [Problem(shown, 1, "source_hash", f"missing; run `manual mark-translated {shown}` after translating")]
    return []


def mark_translated(path: Path, source: Path) -> str:
    """Write the source's current fingerprint into `path`'s front matter; returns the new fingerprint."""
    text = path.read_text(encoding="utf-8")
    block = find_front_matter(text)
    if block is None:
        raise ValueError(f"{path}: no front matter; add '---', translated_from: and '---' at the top")
    value = fingerprint(source.read_text(encoding="utf-8"))
    kept = without_translation_keys(block.yaml + "\n") if block.yaml.strip() else ""
    source_lang = read_front_matter(text).get("translated_from")
    body = "\n".join(block.lines[block.body_start :])
    # Quoted: a fingerprint of digits only would otherwise be read as a number.
    updated = f'---\n{kept}translated_from: {source_lang}\nsource_hash: "{value}"\n---\n{body}'
    path.write_text(updated, encoding="utf-8")
    return value


def record_states_of(record: Record) -> list[TranslationState]:
    """The state of each language file of a record (languages without a file are left out)."""
    states = []
    for lang, prose in record.prose.items():
        source = record.prose.get(prose.translated_from or "")
        if source is None:
            states.append(TranslationState(record.id, lang, ORIGINAL))
        else:
            status = CURRENT if prose.source_hash == source.fingerprint else OUTDATED
            states.append(TranslationState(record.id, lang, status, source.lang))
    return states


def record_states(records: Iterable[Record], languages: tuple[str, ...]) -> list[TranslationState]:
    """The state of every language of every record, missing languages included."""
    states = []
    for record in records:
        known = {state.lang: state for state in record_states_of(record)}
        states += [known.get(lang, TranslationState(record.id, lang, MISSING)) for lang in languages]
    return states
