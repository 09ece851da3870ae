"""The loaded manual: records with their prose, glossary entries, taxonomies, labels and the whole `Manual`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .facts import GlossaryEntryFacts, GlossaryTermText, RecordFacts
from .timeline import Timeline

T = TypeVar("T")


@dataclass(frozen=True)
class Prose:
    """A record's prose in one language, as read from `<lang>.md`."""

    lang: str
    file: str
    title: str
    summary: str
    sections: dict[str, str]
    """Section key (`context`, `adaptation:almelo` …) → Markdown."""
    section_lines: dict[str, int] = field(default_factory=dict)
    """Section key → line of its heading, for messages."""
    translated_from: str | None = None
    """Language of the source, when this file is a translation."""
    source_hash: str | None = None
    """Fingerprint of the source when this translation was last brought up to date."""
    fingerprint: str = ""
    """Fingerprint of this file's own text (see `translation.fingerprint`)."""
    front_lines: dict[str, int] = field(default_factory=dict)
    """Front matter key → its line in the file."""


@dataclass(frozen=True)
class Record:
    """A record: its facts, and its prose for each language that has a file."""

    facts: RecordFacts
    folder: str
    facts_file: str
    prose: dict[str, Prose]
    facts_lines: dict[str, int] = field(default_factory=dict)
    """Field path as printed (`relations[2].target`) → its line in `record.yml`."""
    images: frozenset[str] = frozenset()
    """File names of the images in the record's folder, which its prose may show."""

    @property
    def id(self) -> str:
        """The record's id."""
        return self.facts.id

    def prose_for(self, lang: str, fallback_order: tuple[str, ...]) -> Prose:
        """Prose in `lang`, else in the first language of `fallback_order` that has it."""
        return in_language_or_fallback(self.prose, lang, fallback_order)


def in_language_or_fallback(texts: Mapping[str, T], lang: str, fallback_order: tuple[str, ...]) -> T:
    """The text of `lang`, else that of the first language of `fallback_order` that has one."""
    if lang in texts:
        return texts[lang]
    return next(texts[other] for other in fallback_order if other in texts)


@dataclass(frozen=True)
class GlossaryEntry:
    """A glossary entry: its facts and the term and definition per language."""

    facts: GlossaryEntryFacts
    texts: dict[str, GlossaryTermText]
    line: int
    file: str = "glossary.yml"
    """The glossary file as shown in messages."""

    @property
    def id(self) -> str:
        """The entry's id."""
        return self.facts.id

    def text_for(self, lang: str, fallback_order: tuple[str, ...]) -> GlossaryTermText:
        """Term and definition in `lang`, else in the first language of `fallback_order` that has them."""
        return in_language_or_fallback(self.texts, lang, fallback_order)


@dataclass(frozen=True)
class Term:
    """One entry of a taxonomy: an id, a label per language and any further attributes of the file."""

    id: str
    labels: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        """The label in `lang`."""
        return self.labels[lang]

    def localized(self, key: str, lang: str) -> str:
        """A further per-language attribute such as `plural` or `description`; empty when absent."""
        value = self.extra.get(key)
        return str(value.get(lang, "")) if isinstance(value, dict) else ""


@dataclass(frozen=True)
class Taxonomy:
    """An ordered set of terms; the order of the data file is the order on the site."""

    name: str
    file: str
    terms: dict[str, Term]

    def __contains__(self, term_id: object) -> bool:
        return term_id in self.terms

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms.values())

    def __getitem__(self, term_id: str) -> Term:
        return self.terms[term_id]

    def ids(self) -> list[str]:
        """All term ids in file order."""
        return list(self.terms)


@dataclass(frozen=True)
class Labels:
    """Interface text per language, from `labels.yml`."""

    file: str
    texts: dict[str, dict[str, str]]

    def get(self, key: str, lang: str, **values: str) -> str:
        """The text for `key` in `lang`, with `{placeholders}` filled in; `MissingLabelError` when there is none."""
        try:
            text = self.texts[key][lang]
        except KeyError:
            raise MissingLabelError(self.file, key, lang) from None
        return text.format(**values) if values else text


class MissingLabelError(Exception):
    """An interface text the pages need is not in `labels.yml`: the message says which and where to add it."""

    def __init__(self, file: str, key: str, lang: str) -> None:
        super().__init__(
            f"{file}: no text '{key}' in '{lang}'; the generated pages need it: add `{key}:` with a text per language"
        )


@dataclass(frozen=True)
class Manual:
    """Everything the site is generated from."""

    root: Path
    languages: tuple[str, ...]
    """Languages of the site; the first is the default and the first fallback."""
    taxonomies: dict[str, Taxonomy]
    labels: Labels
    records: dict[str, Record]
    glossary: dict[str, GlossaryEntry]
    unreadable: frozenset[str] = frozenset()
    """Record folders that exist but could not be loaded; references to them are not reported again."""
    timeline: Timeline | None = None
    """The project's course, for the timeline picture."""

    def taxonomy(self, name: str) -> Taxonomy:
        """A taxonomy by name (`kinds`, `cities`, …)."""
        return self.taxonomies[name]

    def fallback_order(self, lang: str) -> tuple[str, ...]:
        """Languages to fall back to when `lang` is missing, in order."""
        return tuple(other for other in self.languages if other != lang)
