"""Records as open data: one JSON file with everything, CSV files per language and for the language-neutral facts."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..model import ApplicationSource, Manual, Source

EXPORT_VERSION = 1


def export_json(manual: Manual) -> str:
    """All records: facts (as in `record.yml`) and prose per language."""
    records = [
        {
            "facts": record.facts.model_dump(mode="json", exclude_defaults=False),
            "prose": {
                lang: {"title": prose.title, "summary": prose.summary, "sections": prose.sections}
                for lang, prose in record.prose.items()
            },
        }
        for record in manual.records.values()
    ]
    data = {"version": EXPORT_VERSION, "languages": list(manual.languages), "records": records}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_facts_csv(manual: Manual) -> str:
    """The language-neutral facts, one row per record; lists joined with `;`."""
    columns = ["id", "kind", "origin", "transfers", "phases", "fields_of_action", "target_groups", "committees"]
    rows = []
    for record in manual.records.values():
        facts = record.facts
        rows.append(
            [
                facts.id,
                facts.kind,
                ";".join(facts.origin),
                ";".join(f"{t.to}:{t.adaptation}" for t in facts.transfers),
                ";".join(facts.phases),
                ";".join(facts.fields_of_action),
                ";".join(facts.target_groups),
                ";".join(facts.committees),
            ]
        )
    extra = [
        [";".join(f"{r.type}:{r.target}" for r in record.facts.relations), _sources(record.facts.sources)]
        for record in manual.records.values()
    ]
    return _csv([*columns, "relations", "sources"], [row + more for row, more in zip(rows, extra, strict=True)])


def export_prose_csv(manual: Manual, lang: str) -> str:
    """The prose of one language, one row per record that has it; sections as Markdown."""
    keys = [t.id for t in manual.taxonomy("sections") if not t.extra.get("per_target")]
    cities = manual.taxonomy("cities").ids()
    columns = ["id", "title", "summary", *keys, *(f"adaptation:{c}" for c in cities)]
    rows = [
        [record.id, prose.title, prose.summary, *(prose.sections.get(k, "") for k in columns[3:])]
        for record in manual.records.values()
        if (prose := record.prose.get(lang)) is not None
    ]
    return _csv(columns, rows)


def export_ewsi_csv(manual: Manual, lang: str) -> str:
    """The prose of one language under the field names of the European practice template (EWSI 2008): each column
    is a field named by `ewsi:` in `taxonomies/sections.yml`, holding the record's sections for it in page order
    (an adaptation under its heading in that language)."""
    sections = manual.taxonomy("sections")
    fields = list(dict.fromkeys(str(t.extra["ewsi"]) for t in sections if t.extra.get("ewsi")))
    cities = manual.taxonomy("cities")
    rows = []
    for record in manual.records.values():
        prose = record.prose.get(lang)
        if prose is None:
            continue
        texts: dict[str, list[str]] = {field: [] for field in fields}
        for term in sections:
            field = term.extra.get("ewsi")
            if not field:
                continue
            if term.extra.get("per_target"):
                for transfer in record.facts.transfers:
                    text = prose.sections.get(f"adaptation:{transfer.to}", "").strip()
                    heading = term.label(lang).format(city=cities[transfer.to].label(lang))
                    if text:
                        texts[str(field)].append(f"{heading}\n\n{text}")
            elif text := prose.sections.get(term.id, "").strip():
                texts[str(field)].append(text)
        rows.append([record.id, prose.title, prose.summary, *("\n\n".join(texts[f]) for f in fields)])
    return _csv(["id", "title", "summary", *fields], rows)


def _sources(sources: list[Source]) -> str:
    return ";".join(f"application:{s.application}" if isinstance(s, ApplicationSource) else str(s.url) for s in sources)


def _csv(columns: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def export_files(manual: Manual) -> dict[str, str]:
    """File name → content of the whole export."""
    files = {"records.json": export_json(manual), "records-facts.csv": export_facts_csv(manual)}
    files.update({f"records-{lang}.csv": export_prose_csv(manual, lang) for lang in manual.languages})
    files.update({f"records-ewsi-{lang}.csv": export_ewsi_csv(manual, lang) for lang in manual.languages})
    return files
