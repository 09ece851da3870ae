"""Load the whole manual — taxonomies, labels, records, glossary — and report every problem at once."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .facts import validate_model
from .model import (
    GlossaryEntry,
    GlossaryEntryFacts,
    GlossaryTermText,
    Labelled,
    Prose,
    ProseFrontMatter,
    Record,
    RecordFacts,
    Timeline,
)
from .problems import Problem, did_you_mean, format_choices
from .prose import ProseSource, read_prose_file
from .taxonomy import TAXONOMY_FILES, Labels, Taxonomy, load_labels, load_taxonomy
from .translation import fingerprint
from .yamlsource import FieldPath, YamlDocument, format_path, parse_yaml, read_text

RECORDS_DIR = "records"
FACTS_FILE = "record.yml"
GLOSSARY_FILE = "glossary.yml"
TIMELINE_FILE = "timeline.yml"


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


def shown_path(root: Path, path: Path) -> str:
    """A path as shown in messages: relative to the folder that holds the manual's sources."""
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()


def load_manual(root: Path, languages: tuple[str, ...]) -> tuple[Manual, list[Problem]]:
    """Load and check the structure of every file under `root`; semantic checks live in `validate`."""
    problems: list[Problem] = []
    taxonomies: dict[str, Taxonomy] = {}
    for name in TAXONOMY_FILES:
        taxonomies[name], found = load_taxonomy(root, name, languages)
        problems += found
    labels, found = load_labels(root, languages)
    if problems or found:
        # Records cannot be checked against broken taxonomies; fix those first.
        return Manual(root, languages, taxonomies, labels, {}, {}), problems + found
    records, record_problems = load_records(root, languages, taxonomies, labels)
    glossary, glossary_problems = load_glossary(root, languages)
    timeline, timeline_problems = load_timeline(root, set(records), languages, taxonomies["application"])
    glossary_problems += timeline_problems
    folders = {p.name for p in (root / RECORDS_DIR).iterdir() if p.is_dir()} if (root / RECORDS_DIR).is_dir() else set()
    manual = Manual(root, languages, taxonomies, labels, records, glossary, frozenset(folders - set(records)), timeline)
    return manual, problems + found + record_problems + glossary_problems


def load_records(
    root: Path, languages: tuple[str, ...], taxonomies: dict[str, Taxonomy], labels: Labels
) -> tuple[dict[str, Record], list[Problem]]:
    """Load every record folder under `root/records`."""
    records: dict[str, Record] = {}
    problems: list[Problem] = []
    folder_root = root / RECORDS_DIR
    if not folder_root.is_dir():
        return records, [Problem(shown_path(root, folder_root), 1, "", "folder of records is missing")]
    for folder in sorted(p for p in folder_root.iterdir() if p.is_dir()):
        record, found = load_record(root, folder, languages, taxonomies, labels)
        problems += found
        if record is not None and record.id in records:
            other = records[record.id].facts_file
            problems.append(Problem(record.facts_file, 1, "id", f"duplicate id '{record.id}', also used in {other}"))
        elif record is not None:
            records[record.id] = record
    return records, problems


def load_record(
    root: Path, folder: Path, languages: tuple[str, ...], taxonomies: dict[str, Taxonomy], labels: Labels
) -> tuple[Record | None, list[Problem]]:
    """Load one record folder: `record.yml` and one `<lang>.md` per language."""
    problems = _check_folder(root, folder, languages)
    facts_path = folder / FACTS_FILE
    shown = shown_path(root, facts_path)
    if not facts_path.is_file():
        langs = [p.name for p in sorted(folder.glob("*.md"))]
        what = f"language files ({', '.join(langs)}) without" if langs else "folder without"
        return None, [
            *problems,
            Problem(shown, 1, "", f"{what} its record file; add {FACTS_FILE} with the record's facts"),
        ]
    facts, lines, found = _load_facts(facts_path, shown)
    if facts is None:
        return None, problems + found
    if facts.id != folder.name:
        found.append(
            Problem(shown, 1, "id", f"id '{facts.id}' does not match the folder name '{folder.name}'; rename one")
        )
    prose: dict[str, Prose] = {}
    for lang in languages:
        path = folder / f"{lang}.md"
        if path.is_file():
            text, text_problems = _load_prose(root, path, lang, facts, taxonomies, labels)
            found += text_problems
            if text is not None:
                prose[lang] = text
    if not prose and not any(p.file.endswith(".md") for p in found):
        found.append(Problem(shown, 1, "", f"no language file; add {' or '.join(f'{lang}.md' for lang in languages)}"))
    record = Record(facts, shown_path(root, folder), shown, prose, lines) if prose else None
    return record, problems + found


def _check_folder(root: Path, folder: Path, languages: tuple[str, ...]) -> list[Problem]:
    allowed = {FACTS_FILE, *(f"{lang}.md" for lang in languages)}
    problems = []
    for path in sorted(folder.iterdir()):
        if path.name not in allowed:
            hint = did_you_mean(path.name, sorted(allowed))
            problems.append(
                Problem(
                    shown_path(root, path),
                    1,
                    "",
                    f"unexpected file{hint}; a record folder holds {format_choices(sorted(allowed))}",
                )
            )
    if unicodedata.normalize("NFC", folder.name) != folder.name:
        problems.append(Problem(shown_path(root, folder), 1, "", "folder name is not in Unicode NFC; rename it"))
    return problems


def _load_facts(path: Path, shown: str) -> tuple[RecordFacts | None, dict[str, int], list[Problem]]:
    doc, problems = _read_yaml(path, shown)
    if doc is None:
        return None, {}, problems
    if doc.data is None:
        return (
            None,
            {},
            [*problems, Problem(shown, 1, "", "file is empty; expected the record's facts (id, kind, origin, …)")],
        )
    facts, found = validate_model(RecordFacts, doc, shown)
    lines = {format_path(path): line for path, line in doc.lines.items()}
    return facts, lines, problems + found


def _read_yaml(path: Path, shown: str) -> tuple[YamlDocument | None, list[Problem]]:
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    return parse_yaml(text, shown)


def _load_prose(
    root: Path, path: Path, lang: str, facts: RecordFacts, taxonomies: dict[str, Taxonomy], labels: Labels
) -> tuple[Prose | None, list[Problem]]:
    shown = shown_path(root, path)
    source, problems = read_prose_file(path, shown)
    if source is None or source.front_matter is None:
        return None, problems
    front, found = validate_model(ProseFrontMatter, source.front_matter, shown)
    if front is None:
        return None, problems + found
    expected = expected_headings(lang, facts, taxonomies, labels)
    sections, lines, found = match_sections(source, shown, expected, taxonomies)
    if any(city not in taxonomies["cities"] for city in [*facts.origin, *(t.to for t in facts.transfers)]):
        found = []  # the headings depend on the cities: the unknown city in record.yml is the one thing to fix
    prose = Prose(
        lang,
        shown,
        front.title.strip(),
        front.summary.strip(),
        sections,
        lines,
        source.body_line,
        translated_from=front.translated_from,
        source_hash=front.source_hash,
        fingerprint=fingerprint(path.read_text(encoding="utf-8")),
        front_lines={key: source.front_matter.line_of((key,)) for key in ("title", "summary")},
    )
    return prose, problems + found


def expected_headings(lang: str, facts: RecordFacts, taxonomies: dict[str, Taxonomy], labels: Labels) -> dict[str, str]:
    """Section key → the heading it must have in `lang`, in page order."""
    cities = taxonomies["cities"]
    origin = join_names([cities[c].label(lang) for c in facts.origin if c in cities], labels.get("and", lang))
    headings: dict[str, str] = {}
    for term in taxonomies["sections"]:
        if term.extra.get("per_target"):
            for transfer in facts.transfers:
                if transfer.to in cities:
                    headings[f"{term.id}:{transfer.to}"] = term.label(lang).format(city=cities[transfer.to].label(lang))
        else:
            headings[term.id] = term.label(lang).format(cities=origin)
    return headings


def join_names(names: list[str], conjunction: str) -> str:
    """`A`, `A und B`, `A, B und C`."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def match_sections(
    source: ProseSource, shown: str, expected: dict[str, str], taxonomies: dict[str, Taxonomy]
) -> tuple[dict[str, str], dict[str, int], list[Problem]]:
    """Match each heading of a language file to a section key; report unknown, doubled and missing sections."""
    by_heading = {heading: key for key, heading in expected.items()}
    sections: dict[str, str] = {}
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    for section in source.sections:
        key = by_heading.get(section.heading)
        if key is None:
            hint = did_you_mean(section.heading, expected.values())
            problems.append(
                Problem(
                    shown,
                    section.line,
                    f"## {section.heading}",
                    f"unknown section heading{hint}; expected one of {format_choices(expected.values())}",
                )
            )
        elif key in sections:
            problems.append(Problem(shown, section.line, f"## {section.heading}", "section appears twice; merge them"))
        else:
            sections[key], lines[key] = section.body, section.body_line
    problems += _missing_sections(shown, expected, sections, taxonomies)
    return sections, lines, problems


def _missing_sections(
    shown: str, expected: dict[str, str], sections: dict[str, str], taxonomies: dict[str, Taxonomy]
) -> list[Problem]:
    required = {term.id for term in taxonomies["sections"] if term.extra.get("required")}
    return [
        Problem(shown, 1, f"## {heading}", "required section is missing; add it with its text")
        for key, heading in expected.items()
        if key in required and not sections.get(key, "").strip()
    ]


def load_glossary(root: Path, languages: tuple[str, ...]) -> tuple[dict[str, GlossaryEntry], list[Problem]]:
    """Load `glossary.yml`: a list of terms, each with a term and a definition per language."""
    path = root / GLOSSARY_FILE
    shown = shown_path(root, path)
    if not path.is_file():
        return {}, [Problem(shown, 1, "", "file is missing; the glossary lists the German–Dutch terms")]
    doc, problems = _read_yaml(path, shown)
    if doc is None:
        return {}, problems
    if not isinstance(doc.data, list):
        return {}, [*problems, Problem(shown, 1, "", "expected a list of glossary entries")]
    entries: dict[str, GlossaryEntry] = {}
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


def load_timeline(
    root: Path, record_ids: set[str], languages: tuple[str, ...], application: Taxonomy
) -> tuple[Timeline | None, list[Problem]]:
    """Load `timeline.yml` (optional): the project period, the tasks per project year, undated activities and the
    dated events of public sources."""
    path = root / TIMELINE_FILE
    if not path.is_file():
        return None, []
    shown = shown_path(root, path)
    doc, problems = _read_yaml(path, shown)
    if doc is None:
        return None, problems
    timeline, found = validate_model(Timeline, doc, shown)
    problems += found
    if timeline is None:
        return None, problems
    problems += _timeline_label_problems(timeline, doc, shown, languages)
    references: list[tuple[FieldPath, str]]
    references = [(("undated", "items", i), item.record) for i, item in enumerate(timeline.undated.items)]
    references += [(("events", i, "record"), e.record) for i, e in enumerate(timeline.events) if e.record]
    for where, record in references:
        if record not in record_ids:
            message = f"unknown record id '{record}'{did_you_mean(record, record_ids)}"
            problems.append(Problem(shown, doc.line_of(where), format_path(where), message))
    for index, event in enumerate(timeline.events):
        section = getattr(event.source, "application", None)
        if section is not None and section not in application:
            at: FieldPath = ("events", index, "source", "application")
            message = f"unknown section of the application '{section}'{did_you_mean(section, application.ids())}"
            problems.append(Problem(shown, doc.line_of(at), format_path(at), message))
    return timeline, problems


def _timeline_label_problems(
    timeline: Timeline, doc: YamlDocument, shown: str, languages: tuple[str, ...]
) -> list[Problem]:
    """Every lane, bar, event and the undated list has a label in each language, and no other unknown key."""
    labelled: list[tuple[tuple[str | int, ...], Labelled]] = [(("undated",), timeline.undated)]
    for i, lane in enumerate(timeline.lanes):
        labelled.append((("lanes", i), lane))
        labelled += [(("lanes", i, "bars", j), bar) for j, bar in enumerate(lane.bars)]
    labelled += [(("events", i), event) for i, event in enumerate(timeline.events)]
    problems = []
    for where, item in labelled:
        labels = item.labels
        missing = [lang for lang in languages if not labels.get(lang, "").strip()]
        if missing:
            field = format_path((*where, missing[0]))
            problems.append(Problem(shown, doc.line_of(where), field, f"missing label in: {', '.join(missing)}"))
        for key in sorted(set(labels) - set(languages)):
            allowed = [*type(item).model_fields, *languages]
            message = f"unknown field{did_you_mean(key, allowed)}; allowed: {', '.join(allowed)}"
            problems.append(Problem(shown, doc.line_of((*where, key)), format_path((*where, key)), message))
    return problems
