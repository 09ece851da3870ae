"""The generated pictures: well-formed, accessible SVG with exactly the right content in the page's language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import LANGUAGES
from migration_manual.core.model import Manual
from migration_manual.core.pictures.organigram import organigram_levels, render_organigram
from migration_manual.core.pictures.timeline import render_timeline
from migration_manual.core.pictures.transfer_map import render_transfer_map
from migration_manual.core.pictures.value_matrix import render_value_matrix

SVG = "{http://www.w3.org/2000/svg}"


def titles(real_manual: Manual, lang: str) -> dict[str, str]:
    return {r.id: r.prose_for(lang, real_manual.fallback_order(lang)).title for r in real_manual.records.values()}


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg" and root.get("role") == "group"
    ident = root.get("id")
    assert root.get("aria-labelledby") == f"{ident}-title {ident}-desc"
    assert root.findtext(f"{SVG}title") and root.findtext(f"{SVG}desc")
    return root


def texts(root: ET.Element) -> list[str]:
    return [" ".join("".join(t.itertext()).split()) for t in root.iter(f"{SVG}text")]


def linked_records(root: ET.Element) -> set[str]:
    return {str(a.get("href")).rstrip("/").rsplit("/", 1)[-1] for a in root.iter(f"{SVG}a")}


def href(page: str) -> str:
    return "../" + page.removesuffix(".md") + "/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_organigram_shows_every_structure_and_nothing_else(real_manual: Manual, lang: str) -> None:
    names = titles(real_manual, lang)
    root = parse(render_organigram(real_manual, lang, href, names))
    structures = {r.id for r in real_manual.records.values() if r.facts.kind == "structure"}
    assert linked_records(root) == structures
    joined = " ".join(texts(root))
    assert all(
        " ".join(names[s].split()) in joined.replace("- ", "-") or names[s].split()[0] in joined for s in structures
    )
    assert ("Kerngroep" if lang == "nl" else "Kerngruppe") in joined
    assert ("Breidt uit" if lang == "nl" else "Erweitert") in texts(root)


def test_organigram_levels_put_what_is_extended_above(real_manual: Manual) -> None:
    levels = organigram_levels([r for r in real_manual.records.values() if r.facts.kind == "structure"])
    assert levels["kerngruppe"] < levels["brueckengruppe"]
    assert levels["projektsteuerung"] < levels["wissenschaftliche-begleitung"]


@pytest.mark.parametrize(
    ("taxonomy", "attribute"), [("fields", "fields_of_action"), ("target_groups", "target_groups")]
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_value_matrix_marks_exactly_the_values_of_each_record(
    real_manual: Manual, lang: str, taxonomy: str, attribute: str
) -> None:
    root = parse(
        render_value_matrix(real_manual, lang, href, titles(real_manual, lang), taxonomy=taxonomy, ident="m", title="T")
    )
    marks = [a for a in root.iter(f"{SVG}a") if a.find(f"{SVG}circle") is not None]
    expected = sum(len(getattr(r.facts, attribute)) for r in real_manual.records.values())
    assert len(marks) == expected
    labels = [t.label(lang) for t in real_manual.taxonomy(taxonomy)]
    heads = [text.removesuffix("…") for text in texts(root)[: len(labels)]]
    assert all(
        label.startswith(head) and len(head) >= min(9, len(label)) for label, head in zip(labels, heads, strict=True)
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_timeline_has_the_project_years_and_the_undated_activities(real_manual: Manual, lang: str) -> None:
    names = titles(real_manual, lang)
    root = parse(render_timeline(real_manual, lang, href, names))
    all_text = texts(root)
    assert {"2008", "2009", "2010", "2011"} <= set(all_text)
    assert ("projectjaar 1" if lang == "nl" else "1. Projektjahr") in all_text
    assert real_manual.timeline is not None
    assert linked_records(root) == {item.record for item in real_manual.timeline.undated.items}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_transfer_map_shows_each_transfer_with_direction_and_kind(real_manual: Manual, lang: str) -> None:
    root = parse(render_transfer_map(real_manual, lang, href, titles(real_manual, lang)))
    transferred = {r.id for r in real_manual.records.values() if r.facts.transfers}
    assert linked_records(root) == transferred
    pending = real_manual.taxonomy("adaptations")["pending"].label(lang)
    assert sum(pending in t for t in texts(root)) == sum(len(r.facts.transfers) for r in real_manual.records.values())
    lines = list(root.iter(f"{SVG}line"))
    assert {float(str(line.get("x1"))) < float(str(line.get("x2"))) for line in lines} == {True, False}


@pytest.mark.slow
def test_pictures_appear_in_both_languages_and_both_pdfs(real_site: Path) -> None:
    from pypdf import PdfReader

    for lang, prefix, year in (("de", "", "1. Projektjahr"), ("nl", "nl/", "projectjaar 1")):
        html = (real_site / prefix / "manual" / "pictures" / "index.html").read_text(encoding="utf-8")
        for ident in ("mm-organigram", "mm-field-matrix", "mm-group-matrix", "mm-timeline", "mm-transfer-map"):
            assert f'id="{ident}"' in html, (lang, ident)
        reader = PdfReader(real_site / "pdf" / f"migrationsleitbild-handbuch-{lang}.pdf")
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert year in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_of_every_picture_stays_inside_its_view_box(real_manual: Manual, lang: str) -> None:
    names = titles(real_manual, lang)
    svgs = [
        render_organigram(real_manual, lang, href, names),
        render_value_matrix(real_manual, lang, href, names, taxonomy="fields", ident="m", title="T"),
        render_timeline(real_manual, lang, href, names),
        render_transfer_map(real_manual, lang, href, names),
    ]
    for svg in svgs:
        root = parse(svg)
        width, height = (float(v) for v in str(root.get("viewBox")).split()[2:])
        for text in root.iter(f"{SVG}text"):
            if text.get("transform"):
                continue  # rotated column labels: placed above the rows, checked by eye
            for span in text.iter(f"{SVG}tspan"):
                length = len(span.text or "") * 7.2
                x, anchor = float(str(span.get("x"))), text.get("text-anchor")
                start = x - length / 2 if anchor == "middle" else x
                assert start >= 0 and start + length <= width + 1, (root.get("id"), span.text)
            assert 0 <= float(str(text.get("y"))) <= height
