"""Splitting the merged search index per language."""

from __future__ import annotations

from migration_manual.core.search import point_search_to_language, split_search_index


def test_split_search_index() -> None:
    merged = {
        "config": {"lang": ["de", "nl"], "separator": "x"},
        "docs": [
            {"location": "", "title": "Start"},
            {"location": "manual/records/a/", "title": "A"},
            {"location": "nl/", "title": "Start NL"},
            {"location": "nl/manual/records/a/#x", "title": "A NL"},
            {"location": "nlx/", "title": "not Dutch"},
        ],
    }
    parts = split_search_index(merged, ("de", "nl"))
    assert [d["location"] for d in parts["de"]["docs"]] == ["", "manual/records/a/", "nlx/"]
    assert [d["location"] for d in parts["nl"]["docs"]] == ["", "manual/records/a/#x"]
    assert parts["nl"]["config"] == {"lang": ["nl"], "separator": "x"}


def test_point_search_to_language() -> None:
    html = '<script id="__config" type="application/json">{"annotate": null, "base": "../..", "x": 1}</script>'
    assert '"base": "../../nl/"' in point_search_to_language(html, "nl")
