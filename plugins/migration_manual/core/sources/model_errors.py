"""Validate YAML data against the pydantic models and turn their errors into editor-friendly problems."""

from __future__ import annotations

from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from ..model import DATE_PATTERN, SOURCE_KINDS
from ..problems import Problem, did_you_mean
from .yamlsource import FieldPath, YamlDocument, format_path

M = TypeVar("M", bound=BaseModel)

_TYPE_NAMES = {
    "string_type": "text",
    "list_type": "a list",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "model_type": "a mapping of fields",
    "dict_type": "a mapping of fields",
    "model_attributes_type": "a mapping of fields",
}


def validate_model(model: type[M], doc: YamlDocument, display_path: str) -> tuple[M | None, list[Problem]]:
    """Validate `doc.data` as `model`; each error names the file, line and field."""
    if not isinstance(doc.data, dict):
        return None, [Problem(display_path, doc.line_of(()), "", "expected a mapping of fields (key: value)")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as e:
        return None, sorted(_problems(model, e, doc, display_path))


def _problems(model: type[BaseModel], error: ValidationError, doc: YamlDocument, display_path: str) -> list[Problem]:
    problems: dict[FieldPath, Problem] = {}
    for item in error.errors():
        path = _clean_path(item["loc"])
        if path in problems:
            continue  # one message per field
        owner = _owner_model(model, item["loc"])
        message = _message(owner, item, path)
        problems[path] = Problem(display_path, doc.line_of(path), format_path(path), message)
    return list(problems.values())


def _is_tag(loc: tuple[int | str, ...], index: int) -> bool:
    # Discriminated unions put the member's tag into `loc` right after the list item or the field that holds the
    # source: `sources[0].public.url`, `events[0].source.application.application` (the second is the field).
    previous = loc[index - 1] if index else None
    return loc[index] in SOURCE_KINDS and (isinstance(previous, int) or previous == "source")


def _clean_path(loc: tuple[int | str, ...]) -> FieldPath:
    return tuple(part for index, part in enumerate(loc) if not _is_tag(loc, index))


def _owner_model(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model that declares the last field of `loc`."""
    current: type[BaseModel] | None = model
    for index, part in enumerate(loc[:-1]):
        if _is_tag(loc, index):
            current = SOURCE_KINDS[str(part)]
        elif isinstance(part, str) and current is not None:
            info = current.model_fields.get(part)
            current = _inner_model(info.annotation) if info else None
    return current


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _message(owner: type[BaseModel] | None, item: Any, path: FieldPath) -> str:
    kind = item["type"]
    fields = list(owner.model_fields) if owner else []
    if kind == "missing":
        return f"missing required field; expected {_describe(owner, path)}"
    if kind == "extra_forbidden":
        name = str(path[-1]) if path else ""
        return f"unknown field{did_you_mean(name, fields)}; allowed: {', '.join(fields)}"
    if kind in _TYPE_NAMES:
        return f"expected {_TYPE_NAMES[kind]}, got {_show(item['input'])}"
    if kind == "string_pattern_mismatch" and item.get("ctx", {}).get("pattern") == DATE_PATTERN:
        return f"'{item['input']}' is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD"
    if kind == "string_pattern_mismatch":
        return f"'{item['input']}' is not a valid id; expected lowercase letters a-z, digits and hyphens"
    if kind == "value_error":
        return str(item["msg"]).removeprefix("Value error, ")
    if kind in ("too_short", "string_too_short"):
        return f"must not be empty; expected {_describe(owner, path)}"
    if kind.startswith("url_"):
        return f"expected a web address starting with https://, got {_show(item['input'])}"
    return f"{item['msg']}; got {_show(item['input'])}"


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    kind = {"str": "text", "int": "number", "float": "number", "bool": "true/false"}.get(type(value).__name__, "value")
    return f"{kind} {value!r}"


def _describe(owner: type[BaseModel] | None, path: FieldPath) -> str:
    info = owner.model_fields.get(str(path[-1])) if owner and path else None
    return (info.description or "a value") if info else "a value"
