"""The PDFs of the real manual, opened with pypdf: language, tags, bookmarks, text, links, contents, page box."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import LANGUAGES
from migration_manual.core.collation import collation_key
from migration_manual.core.model import Manual
from pypdf import PdfReader
from pypdf.generic import Destination

pytestmark = pytest.mark.slow  # builds, serves, renders PDFs or drives a browser

PDF_NAME = "migrationsleitbild-handbuch-{lang}.pdf"


@pytest.fixture(scope="module")
def readers(real_site: Path) -> dict[str, PdfReader]:
    return {lang: PdfReader(real_site / "pdf" / PDF_NAME.format(lang=lang)) for lang in LANGUAGES}


@pytest.fixture(scope="module")
def page_texts(readers: dict[str, PdfReader]) -> dict[str, list[str]]:
    return {lang: [" ".join(page.extract_text().split()) for page in reader.pages] for lang, reader in readers.items()}


def outline(reader: PdfReader) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """Top-level bookmarks with their page index and their children."""
    entries: list[tuple[str, int, list[tuple[str, int]]]] = []
    for item in reader.outline:
        if isinstance(item, list):
            children = [
                (str(c.title), reader.get_destination_page_number(c)) for c in item if isinstance(c, Destination)
            ]
            title, page, _ = entries[-1]
            entries[-1] = (title, page, children)
        else:
            entries.append((str(item.title), reader.get_destination_page_number(item), []))
    return entries


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tagged_pdf_with_language_and_title(readers: dict[str, PdfReader], lang: str) -> None:
    root = readers[lang].trailer["/Root"]
    assert root["/Lang"] == lang
    assert "/StructTreeRoot" in root and bool(root["/MarkInfo"]["/Marked"])
    title = readers[lang].metadata.title if readers[lang].metadata else None
    assert (
        title
        == {"de": "Migrationsleitbild – Handbuch für Kommunen", "nl": "Integratievisie – Handboek voor gemeenten"}[lang]
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_font_is_embedded(readers: dict[str, PdfReader], lang: str) -> None:
    fonts: dict[str, bool] = {}
    for page in readers[lang].pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font.get("/BaseFont"))] = embedded
    assert fonts and all(fonts.values()), fonts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_bookmark_per_chapter_and_per_record(readers: dict[str, PdfReader], real_manual: Manual, lang: str) -> None:
    entries = outline(readers[lang])
    parts = {term.localized("plural", lang): term.id for term in real_manual.taxonomy("kinds")}
    fallback = real_manual.fallback_order(lang)
    seen_parts = []
    for title, _, children in entries:
        if title in parts:
            records = [r for r in real_manual.records.values() if r.facts.kind == parts[title]]
            expected = sorted((r.prose_for(lang, fallback).title for r in records), key=collation_key)
            assert [c[0] for c in children] == expected
            seen_parts.append(title)
    assert seen_parts == list(parts)
    chapters = [title for title, _, _ in entries if title not in parts]
    assert len(chapters) == 9  # contents, three introductory chapters, step plan, matrix, pictures, glossary, imprint


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_record_title_is_text_on_its_bookmarked_page(
    readers: dict[str, PdfReader], page_texts: dict[str, list[str]], real_manual: Manual, lang: str
) -> None:
    texts = page_texts[lang]
    titles = {child: page for _, _, children in outline(readers[lang]) for child, page in children}
    for record in real_manual.records.values():
        title = record.prose[lang].title
        assert title in texts[titles[title]], title


def test_german_and_dutch_letters_extract_as_text(page_texts: dict[str, list[str]]) -> None:
    german = " ".join(page_texts["de"])
    dutch = " ".join(page_texts["nl"])
    assert all(letter in german for letter in "äöüßÄÖÜ")
    assert "geïnspireerd" in dutch and "oriëntatie" in dutch and "IJ" in dutch.upper()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_internal_links_land_on_the_right_page(
    readers: dict[str, PdfReader], page_texts: dict[str, list[str]], real_manual: Manual, lang: str
) -> None:
    reader, texts = readers[lang], page_texts[lang]
    destinations = {name: reader.get_destination_page_number(d) for name, d in reader.named_destinations.items()}
    checked = 0
    for page in reader.pages:
        for annotation in page.get("/Annots", []):
            target = annotation.get_object().get("/Dest")
            match = re.fullmatch(
                r"p-manual-(records-(?P<record>[a-z0-9-]+)|glossary--(?P<term>[a-z0-9-]+))", str(target)
            )
            if not match:
                continue
            expected = (
                real_manual.records[match["record"]].prose[lang].title
                if match["record"]
                else real_manual.glossary[match["term"]].texts[lang].term
            )
            assert expected in texts[destinations[str(target)]], (target, expected)
            checked += 1
    assert checked > 50


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_cover_names_the_manual_its_cities_period_version_and_the_eu_funding(
    readers: dict[str, PdfReader], page_texts: dict[str, list[str]], real_manual: Manual, lang: str
) -> None:
    front, back = page_texts[lang][0], page_texts[lang][1]
    label = real_manual.labels.get
    assert " ".join(label("pdf_title", lang).split()) in front.replace("- ", "")
    assert all(city.label(lang) in front for city in real_manual.taxonomy("cities"))
    assert "2008–2011" in front and re.search(r"\b0\.\d+\.\d+\b", front)  # period from timeline.yml, version
    assert all(label(key, lang) in front for key in ("pdf_eu", "pdf_fund", "pdf_programme"))
    assert not re.search(r"\d+ (von|van) \d+", front)  # no running footer on the cover
    assert "EUREGIO" in back  # the full funding acknowledgement
    link = next(a.get_object() for a in readers[lang].pages[1]["/Annots"])  # "Impressum und Lizenz · N"
    target = readers[lang].get_destination_page_number(readers[lang].named_destinations[str(link["/Dest"])])
    assert f"{label('footer_imprint', lang)} · {target + 1}" in back
    assert page_texts[lang][target].startswith(("Impressum", "Colofon")) or "Impressum" in page_texts[lang][target]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_contents_page_numbers_match_the_headings(
    readers: dict[str, PdfReader], page_texts: dict[str, list[str]], lang: str
) -> None:
    reader = readers[lang]
    pages = [page.extract_text() for page in reader.pages[:6]]
    contents = "\n".join(text for text in pages if re.search(r"\.{10,}\s*\d+\s*$", text, re.M))
    printed = {m[1].strip(): int(m[2]) for m in re.finditer(r"(?m)^(.+?)\s*\.{3,}\s*(\d+)$", contents)}
    bookmarks = [
        (title, page) for title, page, children in outline(reader)[1:] for title, page in [(title, page), *children]
    ]
    assert len(printed) >= 35
    for title, page in bookmarks:
        if title in printed:
            assert printed[title] == page + 1, title


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_outside_the_page_box(readers: dict[str, PdfReader], lang: str) -> None:
    outside: list[tuple[int, str]] = []
    for number, page in enumerate(readers[lang].pages):
        box = page.mediabox
        bounds = (float(box.left), float(box.bottom), float(box.right), float(box.top))

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            *_: object,
            number: int = number,
            bounds: tuple[float, ...] = bounds,
        ) -> None:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            left, bottom, right, top = bounds
            if cm == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]:
                # Text of a picture, drawn in a form XObject: pypdf reports it in the picture's own coordinates.
                # test_pictures checks that the pictures' text stays inside their view box.
                return
            if text.strip() and not (left <= x <= right and bottom <= y <= top):
                outside.append((number, text))

        page.extract_text(visitor_text=visit)
    assert outside == []


def test_every_page_links_the_pdf_of_its_language(real_site: Path) -> None:
    de = (real_site / "manual" / "records" / "kerngruppe" / "index.html").read_text(encoding="utf-8")
    nl = (real_site / "nl" / "manual" / "records" / "kerngruppe" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../pdf/migrationsleitbild-handbuch-de.pdf" download>PDF herunterladen</a>' in de
    assert 'href="../../../../pdf/migrationsleitbild-handbuch-nl.pdf" download>PDF downloaden</a>' in nl


def test_pictures_appear_in_both_languages_and_both_pdfs(real_site: Path) -> None:
    for lang, prefix, year in (("de", "", "1. Projektjahr"), ("nl", "nl/", "projectjaar 1")):
        html = (real_site / prefix / "manual" / "pictures" / "index.html").read_text(encoding="utf-8")
        for ident in ("mm-organigram", "mm-field-matrix", "mm-group-matrix", "mm-timeline", "mm-transfer-map"):
            assert f'id="{ident}"' in html, (lang, ident)
        reader = PdfReader(real_site / "pdf" / f"migrationsleitbild-handbuch-{lang}.pdf")
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert year in text
