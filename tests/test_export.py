"""The records as open data: JSON round trip and CSV columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import LANGUAGES
from migration_manual.core.build import load_checked_manual
from migration_manual.core.export import export_files, export_json, facts_from_json


def test_json_round_trip_gives_the_same_facts(manual_root: Path) -> None:
    manual, _ = load_checked_manual(manual_root, LANGUAGES)
    facts = facts_from_json(export_json(manual))
    assert facts == [record.facts for record in manual.records.values()]


def test_json_holds_prose_per_language(manual_root: Path) -> None:
    manual, _ = load_checked_manual(manual_root, LANGUAGES)
    data = json.loads(export_json(manual))
    alpha = next(r for r in data["records"] if r["facts"]["id"] == "alpha")
    assert alpha["prose"]["nl"]["title"] == "IJsselgroep"
    assert alpha["prose"]["de"]["sections"]["origin"] == "Praxis auf Deutsch."


def test_csv_files(manual_root: Path) -> None:
    manual, _ = load_checked_manual(manual_root, LANGUAGES)
    files = export_files(manual)
    assert sorted(files) == ["records-de.csv", "records-facts.csv", "records-nl.csv", "records.json"]
    facts = list(csv.DictReader(io.StringIO(files["records-facts.csv"])))
    beta = next(row for row in facts if row["id"] == "beta")
    assert beta["transfers"] == "almelo:adapted" and beta["relations"] == "part-of:alpha"
    assert beta["sources"] == "application:3.4;https://wetten.overheid.nl/BWBR0020611/"
    dutch = list(csv.DictReader(io.StringIO(files["records-nl.csv"])))
    assert [row["id"] for row in dutch] == ["alpha"]
