"""One search index per language: German at the site root, Dutch under `/nl/`.

mkdocs-static-i18n merges all languages into one `search/search_index.json`; a Dutch reader would then get German
results. These pure functions split that index and point each language's pages at their own index.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

_CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{.*?"base":\s*")([^"]*)(")', re.S)


def split_search_index(index: dict[str, Any], languages: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Split a merged index into one per language; locations become relative to that language's root.

    The first language is the default one, whose pages sit at the root; every other language's pages sit under
    `<lang>/`.
    """
    default, others = languages[0], languages[1:]
    parts: dict[str, list[dict[str, Any]]] = {lang: [] for lang in languages}
    for doc in unique_entries(index.get("docs", [])):
        location = str(doc.get("location", ""))
        lang = next((o for o in others if location == o or location.startswith(f"{o}/")), default)
        parts[lang].append(
            {**doc, "location": location.removeprefix(lang).removeprefix("/")} if lang != default else doc
        )
    config = index.get("config", {})
    return {lang: {"config": {**config, "lang": [lang]}, "docs": docs} for lang, docs in parts.items()}


def unique_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries without exact repetitions, in their order.

    Under `mkdocs serve --dirty` Material's search keeps the previous index and static-i18n adds it again for every
    language, so that each rebuild would double the index (and the time to write it).
    """
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for entry in entries:
        key = (str(entry.get("location", "")), str(entry.get("title", "")), str(entry.get("text", "")))
        if key not in seen:
            seen.add(key)
            unique.append(entry)
    return unique


def point_search_to_language(html: str, lang: str) -> str:
    """Make a page of a non-default language search its own index (Material reads it from `__config.base`)."""
    # The trailing slash matters: result locations are resolved against the base as a folder.
    return _CONFIG_BASE.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{lang}/{m[3]}", html, count=1)


def write_language_indexes(site_dir: Path, languages: tuple[str, ...]) -> None:
    """Replace the merged `search/search_index.json` by one index per language."""
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.is_file():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    for lang, index in split_search_index(merged, languages).items():
        target = merged_path if lang == languages[0] else site_dir / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
