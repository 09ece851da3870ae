"""Skeletons of new records: complete, valid files in every language, with guidance for the editor."""

from __future__ import annotations

from ..model import Manual, RecordFacts
from ..sources.frontmatter import fingerprint
from ..sources.sections import expected_headings
from .schema import MODELINE

GUIDANCE = {
    "context": "What situation does the application describe? Cite every statement, e.g. (Projektantrag, 3.3).",
    "goals": "Optional. Which goals does a source name for this practice? Quote or paraphrase with citation.",
    "origin": "How does the origin city do it? Only what a source says; quote verbatim or paraphrase with citation.",
    "adaptation": "What was kept, what changed and why (municipal and national framework)? If no source says it, "
    "leave this section as it is: the page shows 'documentation pending'.",
    "actors": "Optional. Who took part, who were the partners? Name bodies and public functions, not private persons.",
    "resources": "Optional. Funding and resources, only as a source states them (amounts with their source).",
    "evaluation": "Optional. How was it evaluated, by whom, with what result? Only documented evaluations.",
    "preconditions": "Optional. What must be in place? Delete the section if no source says anything.",
    "transferability": "Optional. What does a source say about using this elsewhere?",
    "recommendations": "Optional. Recommendations for other municipalities, only from documented results.",
    "results": "Optional. Documented results only, with their source.",
}
PENDING = {"de": "Dokumentation folgt.", "nl": "Documentatie volgt."}


def skeleton_facts(kind: str, record_id: str, manual: Manual) -> RecordFacts:
    """Facts of a new record: joint origin of the partner cities, no transfer yet, the project data as source."""
    cities = manual.taxonomy("cities").ids()
    phase = manual.taxonomy("phases").ids()[0]
    return RecordFacts.model_validate(
        {"id": record_id, "kind": kind, "origin": cities, "phases": [phase], "sources": [{"application": "head"}]}
    )


def skeleton_record_yml(facts: RecordFacts) -> str:
    """`record.yml` of a new record with comments on every field."""
    origin = ", ".join(facts.origin)
    return f"""{MODELINE}
# Facts of this record that do not depend on language. Prose is in the language files beside this one.
id: {facts.id}                 # equal to the folder name
kind: {facts.kind}             # taxonomies/kinds.yml
origin: [{origin}]             # one city (e.g. muenster) or a list for joint work of the cities
transfers: []                  # e.g. [{{to: almelo, adaptation: pending}}] (taxonomies/adaptations.yml)
phases: [{", ".join(facts.phases)}]   # taxonomies/phases.yml
fields_of_action: []           # taxonomies/fields.yml
target_groups: []              # taxonomies/target_groups.yml
committees: []                 # ids of structure records of the committees involved
relations: []                  # e.g. [{{type: part-of, target: mediationsprinzip}}] (taxonomies/relations.yml)
sources:                       # sections of the application (application.yml) or {{title:, url:, publisher:, year:}}
  - application: "head"
"""


def skeleton_prose(lang: str, facts: RecordFacts, manual: Manual, title: str, front: str = "") -> str:
    """A language file whose required sections say 'documentation pending' and whose comments guide the editor."""
    pending = PENDING.get(lang, "…")
    parts = [f"---\ntitle: {title}\nsummary: >-\n  {pending}\n{front}---\n"]
    for key, heading in expected_headings(lang, facts, manual.taxonomies, manual.labels).items():
        base = key.split(":")[0]
        required = manual.taxonomy("sections")[base].extra.get("required")
        body = pending if required else ""
        parts.append(f"## {heading}\n\n<!-- {GUIDANCE.get(base, '')} -->\n{body}\n")
    return "\n".join(parts)


def skeleton_files(kind: str, record_id: str, manual: Manual) -> dict[str, str]:
    """File name → text of a new record: the first language is the source, the others translations of it."""
    facts = skeleton_facts(kind, record_id, manual)
    title = record_id.replace("-", " ").capitalize()
    files = {"record.yml": skeleton_record_yml(facts)}
    source_lang = manual.languages[0]
    source = skeleton_prose(source_lang, facts, manual, title)
    files[f"{source_lang}.md"] = source
    keys = f'translated_from: {source_lang}\nsource_hash: "{fingerprint(source)}"\n'
    for lang in manual.languages[1:]:
        files[f"{lang}.md"] = skeleton_prose(lang, facts, manual, title, front=keys)
    return files
