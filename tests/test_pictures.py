"""The generated pictures: well-formed, accessible SVG with exactly the right content in the page's language, for
any number of cities and languages (the three-city, three-language fixture in `tests/fixtures/three_cities/`)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import check
from helpers import FIXTURES
from migration_manual.core.model import Manual
from migration_manual.core.pictures.organigram import organigram_dot, organigram_levels, render_organigram
from migration_manual.core.pictures.timeline import render_timeline
from migration_manual.core.pictures.transfer_map import city_columns, render_transfer_map
from migration_manual.core.pictures.value_matrix import render_value_matrix

SVG = "{http://www.w3.org/2000/svg}"
THREE = ("de", "nl", "en")


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Manual:
    """Three cities (Münster, Almelo, Enschede) and three languages (English labels in this fixture only)."""
    root = tmp_path_factory.mktemp("three") / "manual_modules"
    shutil.copytree(FIXTURES / "three_cities" / "manual_modules", root)
    manual, problems = check(root, THREE)
    assert problems == []
    return manual


def titles(manual: Manual, lang: str) -> dict[str, str]:
    return {r.id: r.prose_for(lang, manual.fallback_order(lang)).title for r in manual.records.values()}


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg" and root.get("role") == "group"
    ident = root.get("id")
    assert root.get("aria-labelledby") == f"{ident}-title {ident}-desc"
    assert root.findtext(f"{SVG}title") and root.findtext(f"{SVG}desc")
    return root


def texts(root: ET.Element) -> list[str]:
    """Each text element's words; its lines (tspans) joined by a space."""
    return [" ".join(" ".join(t.itertext()).split()) for t in root.iter(f"{SVG}text")]


def linked_records(root: ET.Element) -> set[str]:
    return {str(a.get("href")).rstrip("/").rsplit("/", 1)[-1] for a in root.iter(f"{SVG}a")}


def href(page: str) -> str:
    return "../" + page.removesuffix(".md") + "/"


@pytest.mark.parametrize("lang", THREE)
def test_transfer_map_names_every_city_and_draws_each_arrow_from_origin_to_target(three: Manual, lang: str) -> None:
    root = parse(render_transfer_map(three, lang, href, titles(three, lang)))
    cities = three.taxonomy("cities")
    assert [cities[c].label(lang) for c in cities.ids()] == texts(root)[:3] == ["Münster", "Almelo", "Enschede"]
    columns = city_columns(cities.ids())
    arrows = [
        (float(str(line.get("x1"))), float(str(line.get("x2"))))
        for line in root.iter(f"{SVG}line")
        if line.get("marker-end")
    ]
    expected = [
        (r.id, origin, t.to) for r in three.records.values() for t in r.facts.transfers for origin in r.facts.origin
    ]
    assert len(arrows) == len(expected) == 5
    for origin, target in {(o, t) for _, o, t in expected}:
        assert any(abs(x1 - columns[origin]) <= 10 and abs(x2 - columns[target]) <= 10 for x1, x2 in arrows), (
            origin,
            target,
        )
    kinds = {
        three.taxonomy("adaptations")[t.adaptation].label(lang)
        for r in three.records.values()
        for t in r.facts.transfers
    }
    assert all(any(kind in text for text in texts(root)) for kind in kinds)
    assert linked_records(root) == {"alpha", "beta", "gamma"}


def test_transfer_map_colours_come_from_the_taxonomy(three: Manual) -> None:
    svg = render_transfer_map(three, "de", href, titles(three, "de"))
    colour = three.taxonomy("adaptations")["new"].extra["colour"]
    assert f'stroke="{colour}"' in svg and f'fill="{colour}"' in svg


@pytest.mark.parametrize("lang", THREE)
def test_timeline_years_lanes_and_events_come_from_the_data(three: Manual, lang: str) -> None:
    timeline = three.timeline
    assert timeline is not None
    root = parse(render_timeline(three, lang, href, titles(three, lang)))
    all_text = texts(root)
    years_shown = [t for t in all_text if t.isdigit() and len(t) == 4]
    plan, documented = [str(y) for y in range(2008, 2012)], [str(y) for y in range(2005, 2012)]
    assert years_shown == plan + documented  # the plan over the project period, the events over all their years
    years = [three.labels.get("project_year", lang, n=str(n)) for n in (1, 2, 3)]
    assert all(year in all_text for year in years)
    assert three.labels.get("project_year", lang, n="4") not in all_text  # the period runs on; the plan has 3 years
    assert [lane.labels[lang] for lane in timeline.lanes] == [t for t in all_text if t in ("Almelo", "Münster")]
    markers = [t for t in all_text if t in ("1", "2")]
    assert markers == ["1", "2"]  # numbered by date: the 2005 event first
    assert linked_records(root) >= {"alpha", "beta"}


@pytest.mark.parametrize("lang", THREE)
def test_organigram_ranks_by_the_taxonomy_and_links_every_structure(three: Manual, lang: str) -> None:
    structures = [r for r in three.records.values() if r.facts.kind == "structure"]
    root = parse(render_organigram(three, lang, href, titles(three, lang)))
    assert linked_records(root) == {r.id for r in structures}
    assert titles(three, lang)["alpha"] in texts(root)


def test_organigram_direction_follows_places(three: Manual) -> None:
    relations = three.taxonomy("relations")
    above = [t for t in relations.ids() if relations[t].extra.get("places") == "above"]
    below = [t for t in relations.ids() if relations[t].extra.get("places") == "below"]
    assert above and below
    dot = organigram_dot(three, "de", href, titles(three, "de"))
    assert "digraph organigram" in dot and '"alpha" [label="Äußere Gruppe"' in dot


def test_organigram_levels_read_places_from_the_taxonomy(manual_root: Path) -> None:
    record = manual_root / "records" / "beta" / "record.yml"
    record.write_text(
        record.read_text(encoding="utf-8").replace("kind: principle", "kind: structure"), encoding="utf-8"
    )
    manual, problems = check(manual_root)
    assert problems == []
    structures = [r for r in manual.records.values() if r.facts.kind == "structure"]
    assert organigram_levels(manual, structures) == {"alpha": 0, "beta": 1}  # beta is part of alpha: alpha above
    relations = manual_root / "taxonomies" / "relations.yml"
    relations.write_text(
        relations.read_text(encoding="utf-8").replace("places: above", "places: below", 1), encoding="utf-8"
    )
    manual, _ = check(manual_root)
    assert organigram_levels(manual, structures) == {"alpha": 1, "beta": 0}


def test_a_wrong_places_value_is_a_message(manual_root: Path) -> None:
    relations = manual_root / "taxonomies" / "relations.yml"
    relations.write_text(
        relations.read_text(encoding="utf-8").replace("places: above", "places: up", 1), encoding="utf-8"
    )
    _, problems = check(manual_root)
    assert [p.message for p in problems] == [
        "expected 'above' or 'below' (where the related record is drawn), got 'up'"
    ]


@pytest.mark.parametrize(
    ("taxonomy", "attribute"), [("fields", "fields_of_action"), ("target_groups", "target_groups")]
)
@pytest.mark.parametrize("lang", THREE)
def test_value_matrix_marks_exactly_the_values_of_each_record(
    three: Manual, lang: str, taxonomy: str, attribute: str
) -> None:
    root = parse(render_value_matrix(three, lang, href, titles(three, lang), taxonomy=taxonomy, ident="m", title="T"))
    marks = [a for a in root.iter(f"{SVG}a") if a.find(f"{SVG}circle") is not None]
    assert len(marks) == sum(len(getattr(r.facts, attribute)) for r in three.records.values())


@pytest.mark.parametrize("lang", THREE)
def test_every_text_of_the_drawn_pictures_stays_inside_its_view_box(three: Manual, lang: str) -> None:
    """The pictures laid out here (the organigram is laid out by Graphviz; the browser test measures all of them)."""
    names = titles(three, lang)
    svgs = [
        render_value_matrix(three, lang, href, names, taxonomy="fields", ident="m", title="T"),
        render_timeline(three, lang, href, names),
        render_transfer_map(three, lang, href, names),
    ]
    for svg in svgs:
        root = parse(svg)
        width, height = (float(v) for v in str(root.get("viewBox")).split()[2:])
        for text in root.iter(f"{SVG}text"):
            if text.get("transform"):
                continue  # rotated column labels: measured in the browser test
            spans = list(text.iter(f"{SVG}tspan")) or [text]
            for span in spans:
                length = len("".join(span.itertext())) * 7.2
                x, anchor = float(str(span.get("x") or text.get("x"))), text.get("text-anchor")
                start = x - length / 2 if anchor == "middle" else x
                assert start >= 0 and start + length <= width + 1, (root.get("id"), span.text)
            assert 0 <= float(str(text.get("y"))) <= height
