"""Load record folders: `record.yml` (facts) and one `<lang>.md` (prose) per language."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from ..model import Labels, Prose, ProseFrontMatter, Record, RecordFacts, Taxonomy
from ..problems import Problem, did_you_mean, format_choices
from .frontmatter import fingerprint
from .model_errors import validate_model
from .prose import read_prose_file
from .sections import expected_headings, match_sections
from .tree import SourceTree
from .yamlsource import format_path, read_yaml

RECORDS_FOLDER = "records"
"""Folder of the record folders, in the manual's source folder."""
IMAGE_KINDS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WebP"}
"""Image files a record folder may hold, by suffix. No SVG: an SVG file can carry scripts and links."""
IMAGE_SUFFIXES = tuple(IMAGE_KINDS)
IMAGE_SIGNATURES: dict[str, Callable[[bytes], bool]] = {
    "PNG": lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"),
    "JPEG": lambda head: head.startswith(b"\xff\xd8\xff"),
    "WebP": lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP",
}
IMAGE_MAX_BYTES = 1_000_000
"""A photo or chart saved for the web; the same limit as for text files."""

FACTS_FILE = "record.yml"


def load_records(
    tree: SourceTree, taxonomies: dict[str, Taxonomy], labels: Labels
) -> tuple[dict[str, Record], list[Problem]]:
    """Load every record folder of the source tree."""
    records: dict[str, Record] = {}
    problems: list[Problem] = []
    folder_root = tree.folder / RECORDS_FOLDER
    if not folder_root.is_dir():
        return records, [Problem(tree.display(folder_root), 1, "", "folder of records is missing")]
    for folder in sorted(p for p in folder_root.iterdir() if p.is_dir()):
        record, found = load_record(tree, folder, taxonomies, labels)
        problems += found
        if record is not None and record.id in records:
            other = records[record.id].facts_file
            problems.append(Problem(record.facts_file, 1, "id", f"duplicate id '{record.id}', also used in {other}"))
        elif record is not None:
            records[record.id] = record
    return records, problems


def load_record(
    tree: SourceTree, folder: Path, taxonomies: dict[str, Taxonomy], labels: Labels
) -> tuple[Record | None, list[Problem]]:
    """Load one record folder: `record.yml` and one `<lang>.md` per language."""
    problems = _check_folder(tree, folder)
    facts_path = folder / FACTS_FILE
    shown = tree.display(facts_path)
    if not facts_path.is_file():
        langs = [p.name for p in sorted(folder.glob("*.md"))]
        what = f"language files ({', '.join(langs)}) without" if langs else "folder without"
        message = f"{what} its record file; add {FACTS_FILE} with the record's facts"
        return None, [*problems, Problem(shown, 1, "", message)]
    facts, lines, found = _load_facts(facts_path, shown)
    if facts is None:
        return None, problems + found
    if facts.id != folder.name:
        message = f"id '{facts.id}' does not match the folder name '{folder.name}'; rename one"
        found.append(Problem(shown, 1, "id", message))
    prose: dict[str, Prose] = {}
    for lang in tree.languages:
        path = folder / f"{lang}.md"
        if path.is_file():
            text, text_problems = _load_prose(tree, path, lang, facts, taxonomies, labels)
            found += text_problems
            if text is not None:
                prose[lang] = text
    if not prose and not any(p.file.endswith(".md") for p in found):
        files = " or ".join(f"{lang}.md" for lang in tree.languages)
        found.append(Problem(shown, 1, "", f"no language file; add {files}"))
    images = record_images(folder)
    record = Record(facts, tree.display(folder), shown, prose, lines, images) if prose else None
    return record, problems + found


def record_images(folder: Path) -> frozenset[str]:
    """The file names of the images a record folder holds (see `IMAGE_SUFFIXES`)."""
    return frozenset(p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)


def _check_folder(tree: SourceTree, folder: Path) -> list[Problem]:
    allowed = sorted({FACTS_FILE, *(f"{lang}.md" for lang in tree.languages)})
    problems = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES:
            problems += _check_image(tree, path)
        elif path.suffix.lower() == ".svg":
            message = "SVG images are not possible: an SVG file can carry scripts; save it as PNG instead"
            problems.append(Problem(tree.display(path), 1, "", message))
        elif path.name not in allowed:
            images = ", ".join(IMAGE_SUFFIXES)
            message = (
                f"unexpected file{did_you_mean(path.name, allowed)}; a record folder holds {format_choices(allowed)} "
                f"and images ({images})"
            )
            problems.append(Problem(tree.display(path), 1, "", message))
    if unicodedata.normalize("NFC", folder.name) != folder.name:
        problems.append(Problem(tree.display(folder), 1, "", "folder name is not in Unicode NFC; rename it"))
    return problems


def _check_image(tree: SourceTree, path: Path) -> list[Problem]:
    """An image must be what its name says (by its first bytes) and small enough for a page that loads fast."""
    with path.open("rb") as image:
        head = image.read(16)
    kind = next((name for name, magic in IMAGE_SIGNATURES.items() if magic(head)), None)
    expected = IMAGE_KINDS[path.suffix.lower()]
    if kind != expected:
        what = f"a {kind} image" if kind else "not a PNG, JPEG or WebP image"
        return [
            Problem(
                tree.display(path),
                1,
                "",
                f"file is {what}, but its name ends with {path.suffix}; save it as {expected}",
            )
        ]
    size = path.stat().st_size
    if size > IMAGE_MAX_BYTES:
        message = f"image has {size:,} bytes; images are limited to {IMAGE_MAX_BYTES:,} bytes: make it smaller"
        return [Problem(tree.display(path), 1, "", message)]
    return []


def _load_facts(path: Path, shown: str) -> tuple[RecordFacts | None, dict[str, int], list[Problem]]:
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return None, {}, problems
    if doc.data is None:
        message = "file is empty; expected the record's facts (id, kind, origin, …)"
        return None, {}, [*problems, Problem(shown, 1, "", message)]
    facts, found = validate_model(RecordFacts, doc, shown)
    lines = {format_path(path): line for path, line in doc.lines.items()}
    return facts, lines, problems + found


def _load_prose(
    tree: SourceTree, path: Path, lang: str, facts: RecordFacts, taxonomies: dict[str, Taxonomy], labels: Labels
) -> tuple[Prose | None, list[Problem]]:
    shown = tree.display(path)
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
        translated_from=front.translated_from,
        source_hash=front.source_hash,
        fingerprint=fingerprint(source.text),
        front_lines={key: source.front_matter.line_of((key,)) for key in ("title", "summary")},
    )
    return prose, problems + found
