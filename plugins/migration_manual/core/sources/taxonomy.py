"""Taxonomies and interface labels: data files with a label per language, never Python constants."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..model import Labels, Taxonomy, Term
from ..problems import Problem
from .tree import SourceTree
from .yamlsource import YamlDocument, format_path, read_yaml

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
TERM_FIELDS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "places": (lambda value: value in ("above", "below"), "'above' or 'below' (where the related record is drawn)"),
    "colour": (
        lambda value: isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", value) is not None,
        "a colour as #rrggbb",
    ),
    "symbol": (lambda value: isinstance(value, str) and 0 < len(value) <= 3, "one to three characters"),
}
"""Optional fields of a taxonomy term that the pictures read, with their rule."""


def load_taxonomy(tree: SourceTree, name: str) -> tuple[Taxonomy, list[Problem]]:
    """Load one taxonomy file; every term needs an id and a label in every language."""
    path = tree.folder / TAXONOMY_FILES[name]
    shown = tree.display(path)
    doc, problems = read_yaml(path, shown, missing="file is missing")
    terms: dict[str, Term] = {}
    if doc is None:
        return Taxonomy(name, shown, terms), problems
    if not isinstance(doc.data, list):
        return Taxonomy(name, shown, terms), [*problems, Problem(shown, 1, "", "expected a list of terms")]
    absent = _languages_absent_from_all(doc.data, tree.languages)
    problems += [_absent_language(shown, lang, "label", len(doc.data)) for lang in absent]
    for index, item in enumerate(doc.data):
        term, term_problems = _term(item, (index,), doc, shown, tree.languages, absent)
        problems += term_problems
        if term and term.id in terms:
            problems.append(Problem(shown, doc.line_of((index, "id")), f"[{index}].id", f"duplicate id '{term.id}'"))
        elif term:
            terms[term.id] = term
    return Taxonomy(name, shown, terms), problems


def _languages_absent_from_all(items: list[Any], languages: tuple[str, ...]) -> list[str]:
    """Languages no item has a text in: a language the configuration adds but this file does not have yet."""
    mappings = [item for item in items if isinstance(item, dict)]
    return [lang for lang in languages if mappings and not any(lang in item for item in mappings)]


def _absent_language(shown: str, lang: str, what: str, count: int) -> Problem:
    message = f"no {what} in '{lang}', a language of the site; add `{lang}:` to each of its {count} entries"
    return Problem(shown, 1, "", message)


def _term(
    item: Any, path: tuple[int], doc: YamlDocument, shown: str, languages: tuple[str, ...], absent: list[str]
) -> tuple[Term | None, list[Problem]]:
    where = format_path(path)
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        return None, [Problem(shown, doc.line_of(path), where, "expected a term with a text 'id'")]
    missing = [lang for lang in languages if not isinstance(item.get(lang), str) or not item[lang].strip()]
    if missing and all(lang in absent for lang in missing):
        return None, []  # reported once for the whole file
    if missing:
        text = ", ".join(missing)
        return None, [Problem(shown, doc.line_of(path), f"{where}.{missing[0]}", f"missing label in: {text}")]
    labels = {lang: item[lang] for lang in languages}
    extra = {k: v for k, v in item.items() if k != "id" and k not in languages}
    for field, (check, expected) in TERM_FIELDS.items():
        if field in extra and not check(extra[field]):
            message = f"expected {expected}, got {extra[field]!r}"
            return None, [Problem(shown, doc.line_of((*path, field)), f"{where}.{field}", message)]
    return Term(item["id"], labels, extra), []


def load_labels(tree: SourceTree) -> tuple[Labels, list[Problem]]:
    """Load the interface texts; each key needs a text in every language."""
    path = tree.folder / LABELS_FILE
    shown = tree.display(path)
    doc, problems = read_yaml(path, shown, missing="file is missing")
    texts: dict[str, dict[str, str]] = {}
    if doc is None or not isinstance(doc.data, dict):
        example = ", ".join(f"{lang}:" for lang in tree.languages)
        return Labels(shown, texts), problems or [Problem(shown, 1, "", f"expected a mapping of key: {{{example}}}")]
    absent = _languages_absent_from_all(list(doc.data.values()), tree.languages)
    problems += [_absent_language(shown, lang, "text", len(doc.data)) for lang in absent]
    for key, value in doc.data.items():
        missing = [lang for lang in tree.languages if not isinstance(value, dict) or not value.get(lang)]
        if missing and not all(lang in absent for lang in missing):
            problems.append(Problem(shown, doc.line_of((key,)), key, f"missing text in: {', '.join(missing)}"))
        elif not missing:
            texts[key] = {lang: str(value[lang]) for lang in tree.languages}
    return Labels(shown, texts), problems
