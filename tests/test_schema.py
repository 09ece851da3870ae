"""The JSON Schema for editors is generated from the model and the taxonomies, and kept up to date in the repo."""

from __future__ import annotations

from helpers import REPO
from migration_manual.core.model import Manual
from migration_manual.core.outputs.schema import MODELINE, SCHEMA_FILE, record_schema, schema_text


def test_committed_schema_is_up_to_date(real_manual: Manual) -> None:
    manual = real_manual
    committed = (REPO / "manual_modules" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_text(manual), "run `manual schema` and commit manual_modules/record.schema.json"


def test_schema_offers_taxonomy_values(manual: Manual) -> None:
    schema = record_schema(manual)
    assert schema["properties"]["kind"]["enum"] == ["principle", "structure", "module", "method"]
    assert schema["$defs"]["Transfer"]["properties"]["adaptation"]["enum"][-1] == "pending"
    assert "id" in schema["required"] and schema["additionalProperties"] is False


def test_every_record_file_points_editors_to_the_schema() -> None:
    files = sorted((REPO / "manual_modules" / "records").glob("*/record.yml"))
    assert files and all(f.read_text(encoding="utf-8").startswith(MODELINE + "\n") for f in files)
