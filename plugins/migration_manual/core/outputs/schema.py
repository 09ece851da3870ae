"""The JSON Schema of `record.yml`, generated from the record model and the taxonomies (for editors)."""

from __future__ import annotations

import json
from typing import Any

from ..model import Manual, RecordFacts

SCHEMA_FILE = "record.schema.json"
"""Where the schema lives in the manual's source folder; record files point to it in their first line."""
MODELINE = f"# yaml-language-server: $schema=../../{SCHEMA_FILE}"
"""First line of every `record.yml`: makes editors with the YAML language server validate and complete it."""


def record_schema(manual: Manual) -> dict[str, Any]:
    """The model's schema with the taxonomies' ids as allowed values, so that editors can complete them."""
    schema = RecordFacts.model_json_schema()
    schema["title"] = "Record of the Migrationsleitbild manual (record.yml)"
    props = schema["properties"]
    defs = schema["$defs"]
    ids = {name: manual.taxonomy(name).ids() for name in manual.taxonomies}
    props["kind"]["enum"] = ids["kinds"]
    props["phases"]["items"]["enum"] = ids["phases"]
    props["fields_of_action"]["items"]["enum"] = ids["fields"]
    props["target_groups"]["items"]["enum"] = ids["target_groups"]
    defs["Transfer"]["properties"]["to"]["enum"] = ids["cities"]
    defs["Transfer"]["properties"]["adaptation"]["enum"] = ids["adaptations"]
    defs["Relation"]["properties"]["type"]["enum"] = ids["relations"]
    defs["ApplicationSource"]["properties"]["application"]["enum"] = ids["application"]
    city = {"type": "string", "enum": ids["cities"]}
    props["origin"] = {**props["origin"], "anyOf": [city, {"type": "array", "items": city, "minItems": 1}]}
    props["origin"].pop("items", None)
    props["origin"].pop("type", None)
    props["origin"].pop("minItems", None)
    return schema


def schema_text(manual: Manual) -> str:
    """The schema as it is stored in the repository."""
    return json.dumps(record_schema(manual), ensure_ascii=False, indent=2) + "\n"
