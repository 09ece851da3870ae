"""Load `timeline.yml`: the application's planned phases and the dated events of public sources."""

from __future__ import annotations

from ..model import Labelled, Taxonomy, Timeline
from ..problems import Problem, did_you_mean
from .model_errors import validate_model
from .tree import SourceTree
from .yamlsource import FieldPath, YamlDocument, format_path, read_yaml

TIMELINE_FILE = "timeline.yml"


def load_timeline(
    tree: SourceTree, record_ids: set[str], application: Taxonomy
) -> tuple[Timeline | None, list[Problem]]:
    """Load `timeline.yml` (optional): the project period, the tasks per project year, undated activities and the
    dated events of public sources."""
    path = tree.folder / TIMELINE_FILE
    if not path.is_file():
        return None, []
    shown = tree.display(path)
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return None, problems
    timeline, found = validate_model(Timeline, doc, shown)
    problems += found
    if timeline is None:
        return None, problems
    problems += _timeline_label_problems(timeline, doc, shown, tree.languages)
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
