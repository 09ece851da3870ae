"""Splitting the merged search index per language."""

from __future__ import annotations

from migration_manual.core.site.search import point_search_to_language, split_search_index, unique_entries


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


def test_repeated_entries_are_dropped_in_order() -> None:
    a, b = {"location": "a/", "title": "A", "text": "x"}, {"location": "nl/a/", "title": "A", "text": "x"}
    changed = {"location": "a/", "title": "A", "text": "y"}
    assert unique_entries([a, b, a, changed, b, a]) == [a, b, changed]


def test_split_search_index_drops_repetitions() -> None:
    entry = {"location": "nl/a/", "title": "A", "text": "x"}
    parts = split_search_index({"docs": [entry, entry, dict(entry)]}, ("de", "nl"))
    assert parts["nl"]["docs"] == [{"location": "a/", "title": "A", "text": "x"}]
