"""Rendering records and overview pages to Markdown (golden files and targeted assertions)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import LANGUAGES
from migration_manual.core.model import Manual
from migration_manual.core.render import render_pages

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def pages(manual: Manual) -> dict[str, str]:
    return render_pages(manual, base="manual")


@pytest.mark.parametrize("name", ["records/beta.de.md", "records/beta.nl.md", "records/alpha.de.md", "matrix.nl.md"])
def test_golden_pages(pages: dict[str, str], name: str) -> None:
    golden = GOLDEN / name.replace("/", "__")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(pages[name], encoding="utf-8")
    assert pages[name] == golden.read_text(encoding="utf-8")


def test_every_page_exists_in_every_language(pages: dict[str, str]) -> None:
    stems = {name.rsplit(".", 2)[0] for name in pages}
    assert {f"{stem}.{lang}.md" for stem in stems for lang in LANGUAGES} == set(pages)
    assert {"records/alpha", "records/beta", "index", "matrix", "glossary", "kind/index", "city/almelo"} <= stems


def test_cross_reference_uses_the_title_in_the_page_language(pages: dict[str, str]) -> None:
    assert "Eine Gruppe, die [Beta-Prinzip](beta.md) anwendet." in pages["records/alpha.de.md"]
    assert "[Äußere Gruppe](alpha.md)" in pages["records/beta.de.md"]
    assert "[IJsselgroep](alpha.md)" in pages["records/beta.nl.md"]


def test_glossary_reference_has_a_tooltip_and_anchor(pages: dict[str, str]) -> None:
    assert '[Leitbild](../glossary.md#leitbild "Ein Bild der Zukunft."){ .mm-term }' in pages["records/alpha.de.md"]


def test_missing_translation_is_marked_in_the_reader_language(pages: dict[str, str]) -> None:
    page = pages["records/beta.nl.md"]
    assert '!!! warning "Nog niet vertaald"' in page
    assert "Hieronder staat de tekst in het Duits." in page
    assert '# Beta-Prinzip { lang="de" }' in page
    assert '<div class="mm-lead" lang="de" markdown>' in page


def test_backlinks_show_inverse_relations_and_mentions(pages: dict[str, str]) -> None:
    page = pages["records/alpha.de.md"]
    assert "Umfasst\n:   [Beta-Prinzip](beta.md)" in page
    assert "Verwiesen von\n:   [Beta-Prinzip](beta.md)" in page


def test_city_page_splits_origin_and_target(pages: dict[str, str]) -> None:
    page = pages["city/almelo.de.md"]
    origin, target = page.split("## Nach Almelo übertragen")
    assert "alpha.md" in origin and "beta.md" not in origin
    assert "beta.md" in target and "alpha.md" not in target


def test_empty_facet_value_says_so(pages: dict[str, str]) -> None:
    assert "Noch keine Einträge mit diesem Merkmal." in pages["field/sport.de.md"]
    assert "Nog geen onderdelen met dit kenmerk." in pages["field/sport.nl.md"]


def test_glossary_flags_pairs_that_only_seem_to_match_and_shows_plain_notes(pages: dict[str, str]) -> None:
    page = pages["glossary.nl.md"]
    assert "## Dezernent { #dezernent }" in page
    assert '!!! warning "Niet gelijkstellen"\n\n    Niet hetzelfde als wethouder.' in page
    assert "Valse vriend" not in page
    assert '!!! note "Hinweis"\n\n    Im Niederländischen: integratievisie.' in pages["glossary.de.md"]


def test_pictures_page_lists_the_dated_events_beside_the_plan(pages: dict[str, str]) -> None:
    page = pages["pictures.de.md"]
    events = page[page.index("### Dokumentierte Ereignisse") :]
    rows = [line for line in events.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows == [
        "| 1 | 2005 | Vorgeschichte | – | Projektantrag, Abschnitt 6: Grenzüberschreitender Charakter und Mehrwert |",
        "| 2 | 24. September 2008 | Vertrag unterzeichnet | [Äußere Gruppe](records/alpha.md) "
        "| [Samenwerking \\| Münster](https://example.org/2008), Gemeente Almelo, 24. September 2008 |",
    ]
    assert "| 2 | 24 september 2008 | Overeenkomst getekend |" in pages["pictures.nl.md"]


def test_the_step_plan_follows_the_phases_with_records_by_kind_and_what_is_open(pages: dict[str, str]) -> None:
    page = pages["roadmap.de.md"]
    steps = [line for line in page.splitlines() if line.startswith("## ")]
    assert steps == ["## 1. Übertragung", "## 2. Umsetzung"]
    transfer = page[page.index("## 1.") : page.index("## 2.")]
    assert "### Strukturen aufbauen\n\n- [Äußere Gruppe](records/alpha.md)" in transfer
    assert "### Prinzipien\n\n- [Beta-Prinzip](records/beta.md)" in transfer
    assert "### Noch zu dokumentieren" not in page  # beta's transfer is documented (adapted)
    assert pages["roadmap.nl.md"].startswith('---\ntitle: "Stappenplan voor de volgende gemeente"')
