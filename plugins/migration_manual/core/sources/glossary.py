"""Load `glossary.yml`: the German–Dutch terms, each with a term and a definition per language."""

from __future__ import annotations

from ..model import GlossaryEntry, GlossaryEntryFacts, GlossaryTermText
from ..problems import Problem
from .model_errors import validate_model
from .tree import SourceTree
from .yamlsource import YamlDocument, read_yaml

GLOSSARY_FILE = "glossary.yml"


def load_glossary(tree: SourceTree) -> tuple[dict[str, GlossaryEntry], list[Problem]]:
    """Load `glossary.yml`: a list of terms, each with a term and a definition per language."""
    path = tree.folder / GLOSSARY_FILE
    shown = tree.display(path)
    doc, problems = read_yaml(path, shown, missing="file is missing; the glossary lists the German–Dutch terms")
    if doc is None:
        return {}, problems
    if not isinstance(doc.data, list):
        return {}, [*problems, Problem(shown, 1, "", "expected a list of glossary entries")]
    entries: dict[str, GlossaryEntry] = {}
    languages = glossary_languages(doc.data, tree.languages)
    for index in range(len(doc.data)):
        entry, found = _glossary_entry(doc, index, shown, languages)
        problems += found
        if entry and entry.id in entries:
            problems.append(
                Problem(shown, entry.line, f"[{index}].id", f"term '{entry.id}' is defined twice; keep one")
            )
        elif entry:
            entries[entry.id] = entry
    return entries, problems


def glossary_languages(data: list[object], languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages every entry must have: each language of the site that at least one entry has (the glossary is a
    bridge between German and Dutch; a further language of the site that no entry has yet is shown with the terms of
    the default language, see `GlossaryEntry.text_for`). The default language is always needed."""
    used = {key for item in data if isinstance(item, dict) for key in item}
    return tuple(lang for index, lang in enumerate(languages) if index == 0 or lang in used)


def _glossary_entry(
    doc: YamlDocument, index: int, shown: str, languages: tuple[str, ...]
) -> tuple[GlossaryEntry | None, list[Problem]]:
    sub = YamlDocument(doc.data[index], {k[1:]: v for k, v in doc.lines.items() if k[:1] == (index,)})
    facts, problems = validate_model(GlossaryEntryFacts, sub, shown)
    problems = [Problem(p.file, p.line, f"[{index}].{p.field}", p.message) for p in problems]
    if facts is None:
        return None, problems
    texts: dict[str, GlossaryTermText] = {}
    for lang in languages:
        part = YamlDocument(sub.data.get(lang), {k[1:]: v for k, v in sub.lines.items() if k[:1] == (lang,)})
        if part.data is None:
            problems.append(
                Problem(shown, sub.line_of(()), f"[{index}].{lang}", "missing term and definition in this language")
            )
            continue
        text, found = validate_model(GlossaryTermText, part, shown)
        problems += [Problem(p.file, p.line, f"[{index}].{lang}.{p.field}".rstrip("."), p.message) for p in found]
        if text:
            texts[lang] = text
    unknown = [k for k in sub.data if k not in GlossaryEntryFacts.model_fields and k not in languages]
    problems += [Problem(shown, sub.line_of((k,)), f"[{index}].{k}", "unknown field") for k in unknown]
    line = sub.line_of(())
    return (GlossaryEntry(facts, texts, line, shown) if len(texts) == len(languages) else None), problems
