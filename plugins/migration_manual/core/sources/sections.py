"""The sections of a record's language file: the headings each record must have, and matching them."""

from __future__ import annotations

from ..model import Labels, RecordFacts, Taxonomy
from ..problems import Problem, did_you_mean, format_choices
from .prose import ProseSource


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
