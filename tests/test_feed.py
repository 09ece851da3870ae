"""What is new: record dates from git (`provenance.record_changes`), the page, and the Atom feed per language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import check
from migration_manual.core.provenance import record_changes
from migration_manual.core.render import render_pages
from migration_manual.core.site.feed import atom_feed

ATOM = "{http://www.w3.org/2005/Atom}"
RECORDS = "manual_modules/records"
DATES = (
    {
        f"{RECORDS}/alpha/record.yml": "2026-01-10",
        f"{RECORDS}/alpha/nl.md": "2026-01-10",
        f"{RECORDS}/beta/record.yml": "2026-02-01",
        f"{RECORDS}/beta/de.md": "2026-02-01",
    },
    {
        f"{RECORDS}/alpha/record.yml": "2026-03-05",
        f"{RECORDS}/alpha/nl.md": "2026-01-10",
        f"{RECORDS}/beta/record.yml": "2026-02-01",
        f"{RECORDS}/beta/de.md": "2026-02-01",
    },
)
"""First and last commit dates per file, as `provenance.commit_dates` reads them from `git log`."""


def test_records_by_last_change_with_their_first_date(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    changes = record_changes(manual, "nl", DATES)
    assert [(c.record_id, c.added, c.changed) for c in changes] == [
        ("alpha", "2026-01-10", "2026-03-05"),
        ("beta", "2026-02-01", "2026-02-01"),  # no Dutch text: its German file's dates
    ]
    assert record_changes(manual, "nl", ({}, {})) == []  # not a git checkout: no dates rather than wrong ones


def test_the_page_lists_them_newest_first_and_links_the_feed(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    page = render_pages(manual, base="manual", dates=DATES)["changes.de.md"]
    rows = [line for line in page.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows == [
        "| 5. März 2026 | [Äußere Gruppe](records/alpha.md) | geändert |",
        "| 1. Februar 2026 | [Beta-Prinzip](records/beta.md) | neu |",
    ]
    assert '<a href="feed.xml" type="application/atom+xml">' in page
    without = render_pages(manual, base="manual")["changes.de.md"]
    assert "keine Daten aus der Versionsgeschichte" in without and "feed.xml" not in without


def test_the_atom_feed_has_an_entry_per_record_with_its_page(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    feed = atom_feed(
        manual,
        "nl",
        record_changes(manual, "nl", DATES),
        feed_url="https://example.org/nl/manual/feed.xml",
        site_url="https://example.org/nl/",
        output_dir="manual",
    )
    root = ET.fromstring(feed)
    assert root.tag == f"{ATOM}feed" and root.findtext(f"{ATOM}updated") == "2026-03-05T00:00:00Z"
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["IJsselgroep", "Beta-Prinzip"]
    assert entries[0].find(f"{ATOM}link").get("href") == "https://example.org/nl/manual/records/alpha/"  # type: ignore[union-attr]
    assert entries[0].findtext(f"{ATOM}id") == "tag:migrationsleitbild,2026-01-10:nl/alpha"
