"""Taxonomies and interface labels: data files with a label per language, never Python constants."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .problems import Problem
from .yamlsource import YamlDocument, format_path, parse_yaml, read_text

TAXONOMY_FILES = {
    "kinds": "taxonomies/kinds.yml",
    "cities": "taxonomies/cities.yml",
    "fields": "taxonomies/fields.yml",
    "target_groups": "taxonomies/target_groups.yml",
    "adaptations": "taxonomies/adaptations.yml",
    "phases": "taxonomies/phases.yml",
    "relations": "taxonomies/relations.yml",
    "sections": "taxonomies/sections.yml",
    "application": "application.yml",
}
"""Taxonomy name → file, relative to the manual's source folder."""

LABELS_FILE = "labels.yml"


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
        """The text for `key` in `lang`, with `{placeholders}` filled in."""
        text = self.texts[key][lang]
        return text.format(**values) if values else text


def load_taxonomy(root: Path, name: str, languages: tuple[str, ...]) -> tuple[Taxonomy, list[Problem]]:
    """Load one taxonomy file; every term needs an id and a label in every language."""
    shown = _shown(root, TAXONOMY_FILES[name])
    doc, problems = _read(root / TAXONOMY_FILES[name], shown)
    terms: dict[str, Term] = {}
    if doc is None:
        return Taxonomy(name, shown, terms), problems
    if not isinstance(doc.data, list):
        return Taxonomy(name, shown, terms), [*problems, Problem(shown, 1, "", "expected a list of terms")]
    for index, item in enumerate(doc.data):
        term, term_problems = _term(item, (index,), doc, shown, languages)
        problems += term_problems
        if term and term.id in terms:
            problems.append(Problem(shown, doc.line_of((index, "id")), f"[{index}].id", f"duplicate id '{term.id}'"))
        elif term:
            terms[term.id] = term
    return Taxonomy(name, shown, terms), problems


def _term(
    item: Any, path: tuple[int], doc: YamlDocument, shown: str, languages: tuple[str, ...]
) -> tuple[Term | None, list[Problem]]:
    where = format_path(path)
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        return None, [Problem(shown, doc.line_of(path), where, "expected a term with a text 'id'")]
    missing = [lang for lang in languages if not isinstance(item.get(lang), str) or not item[lang].strip()]
    if missing:
        text = ", ".join(missing)
        return None, [Problem(shown, doc.line_of(path), f"{where}.{missing[0]}", f"missing label in: {text}")]
    labels = {lang: item[lang] for lang in languages}
    extra = {k: v for k, v in item.items() if k != "id" and k not in languages}
    return Term(item["id"], labels, extra), []


def load_labels(root: Path, languages: tuple[str, ...]) -> tuple[Labels, list[Problem]]:
    """Load the interface texts; each key needs a text in every language."""
    shown = _shown(root, LABELS_FILE)
    doc, problems = _read(root / LABELS_FILE, shown)
    texts: dict[str, dict[str, str]] = {}
    if doc is None or not isinstance(doc.data, dict):
        return Labels(shown, texts), problems or [Problem(shown, 1, "", "expected a mapping of key: {de:, nl:}")]
    for key, value in doc.data.items():
        missing = [lang for lang in languages if not isinstance(value, dict) or not value.get(lang)]
        if missing:
            problems.append(Problem(shown, doc.line_of((key,)), key, f"missing text in: {', '.join(missing)}"))
        else:
            texts[key] = {lang: str(value[lang]) for lang in languages}
    return Labels(shown, texts), problems


def _read(path: Path, shown: str) -> tuple[YamlDocument | None, list[Problem]]:
    if not path.is_file():
        return None, [Problem(shown, 1, "", "file is missing")]
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    return parse_yaml(text, shown)


def _shown(root: Path, relative: str) -> str:
    return (Path(root.name) / relative).as_posix() if root.name else relative
