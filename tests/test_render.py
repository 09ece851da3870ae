"""Rendering records and overview pages to Markdown (golden files and targeted assertions)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import check
from helpers import LANGUAGES
from migration_manual.core.collation import collation_key
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


def test_glossary_flags_false_friends(pages: dict[str, str]) -> None:
    page = pages["glossary.nl.md"]
    assert "### Dezernent { #dezernent }" in page
    assert '!!! warning "Valse vriend"\n\n    Niet hetzelfde als wethouder.' in page


def test_collation_sorts_umlauts_and_ij_like_dictionaries() -> None:
    titles = ["Zuwanderung", "Übertragung", "Ost", "Öffentlichkeit", "IJssel", "Integration", "Straße", "Strasse b"]
    assert sorted(titles, key=collation_key) == [
        "IJssel",
        "Integration",
        "Öffentlichkeit",
        "Ost",
        "Straße",
        "Strasse b",
        "Übertragung",
        "Zuwanderung",
    ]


def test_outdated_translation_of_a_record_is_marked(manual_root: Path) -> None:
    translation = manual_root / "records/alpha/nl.md"
    translation.write_text(
        translation.read_text().replace("---\n\n", 'translated_from: de\nsource_hash: "000000000000"\n---\n\n', 1)
    )
    loaded, problems = check(manual_root)
    assert problems == []
    pages = render_pages(loaded, base="manual")
    assert '!!! warning "Vertaling mogelijk verouderd"' in pages["records/alpha.nl.md"]
    assert "De tekst in het Duits waaruit deze pagina is vertaald" in pages["records/alpha.nl.md"]
    assert "Übersetzung möglicherweise veraltet" not in pages["records/alpha.de.md"]


def test_status_page_lists_records_and_pages(manual: Manual) -> None:
    from migration_manual.core.checks.translation import TranslationState

    states = [TranslationState("docs/about.md", "de", "original"), TranslationState("docs/about.md", "nl", "missing")]
    page = render_pages(manual, base="manual", page_states=states)["status.nl.md"]
    assert "| [Beta-Prinzip](records/beta.md) | Origineel | ontbreekt |" in page
    assert "| `docs/about.md` | Origineel | ontbreekt |" in page
