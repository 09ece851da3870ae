"""The records as open data: JSON round trip and CSV columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import check
from migration_manual.core.model import RecordFacts
from migration_manual.core.outputs.export import export_files, export_json


def facts_from_json(text: str) -> list[RecordFacts]:
    """Read the facts back from an export."""
    return [RecordFacts.model_validate(item["facts"], strict=False) for item in json.loads(text)["records"]]


def test_json_round_trip_gives_the_same_facts(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    facts = facts_from_json(export_json(manual))
    assert facts == [record.facts for record in manual.records.values()]


def test_json_holds_prose_per_language(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    data = json.loads(export_json(manual))
    alpha = next(r for r in data["records"] if r["facts"]["id"] == "alpha")
    assert alpha["prose"]["nl"]["title"] == "IJsselgroep"
    assert alpha["prose"]["de"]["sections"]["origin"] == "Praxis auf Deutsch."


def test_csv_files(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    files = export_files(manual)
    assert sorted(files) == [
        "records-de.csv",
        "records-ewsi-de.csv",
        "records-ewsi-nl.csv",
        "records-facts.csv",
        "records-nl.csv",
        "records.json",
    ]
    facts = list(csv.DictReader(io.StringIO(files["records-facts.csv"])))
    beta = next(row for row in facts if row["id"] == "beta")
    assert beta["transfers"] == "almelo:adapted" and beta["relations"] == "part-of:alpha"
    assert beta["sources"] == "application:3.4;https://wetten.overheid.nl/BWBR0020611/"
    dutch = list(csv.DictReader(io.StringIO(files["records-nl.csv"])))
    assert [row["id"] for row in dutch] == ["alpha"]


def test_ewsi_csv_uses_the_template_field_names_from_the_sections_taxonomy(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    reader = csv.DictReader(io.StringIO(export_files(manual)["records-ewsi-de.csv"]))
    assert reader.fieldnames == [
        "id",
        "title",
        "summary",
        "ISSUE/CHALLENGE AND GOALS/ASSUMPTIONS",
        "HOW DOES IT WORK?",
        "SOURCE OF FUNDING AND RESOURCES USED",
        "EVALUATION",
        "RESULTS",
    ]
    rows = {row["id"]: row for row in reader}
    assert rows["alpha"]["ISSUE/CHALLENGE AND GOALS/ASSUMPTIONS"].endswith("\n\nZiele auf Deutsch.")
    assert rows["beta"]["HOW DOES IT WORK?"].endswith(
        "\n\nAnpassung in Almelo\n\nAngepasst an den niederländischen Rahmen."
    )
    assert rows["beta"]["EVALUATION"] == ""
