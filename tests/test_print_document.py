"""Assembling the print document from built pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check
from helpers import write
from migration_manual.core.site.cover import Cover
from migration_manual.core.site.print_document import (
    PrintPage,
    PrintPart,
    assemble_print_html,
    pdf_href,
    reading_order,
    slug_of,
)

ARTICLE = '<html><body><article class="md-content__inner md-typeset">{}</article></body></html>'


@pytest.mark.parametrize(("url", "slug"), [("", "p-home"), ("manual/records/a-b/", "p-manual-records-a-b")])
def test_slug_of(url: str, slug: str) -> None:
    assert slug_of(url) == slug


@pytest.mark.parametrize(
    ("page", "href"),
    [("", "pdf/x.pdf"), ("manual/records/a/", "../../../pdf/x.pdf"), ("nl/", "../pdf/x.pdf")],
)
def test_pdf_href(page: str, href: str) -> None:
    assert pdf_href(page, "pdf", "x.pdf") == href


def test_reading_order(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    order = reading_order(manual, "nl", front=["index.md"], back=["imprint.md"], output_dir="manual")
    assert order == [
        PrintPage("", 1),
        PrintPage("manual/roadmap/", 1),
        PrintPart("Principes", "Uitgangspunten die het hele proces dragen.", "part-principle"),
        PrintPage("manual/records/beta/", 2),
        PrintPart("Structuren", order[4].description, "part-structure"),  # type: ignore[union-attr]
        PrintPage("manual/records/alpha/", 2),
        PrintPage("manual/matrix/", 1),
        PrintPage("manual/pictures/", 1),
        PrintPage("manual/glossary/", 1),
        PrintPage("imprint/", 1),
    ]


def test_links_between_included_pages_stay_inside_the_document(tmp_path: Path) -> None:
    write(
        tmp_path / "nl",
        {
            "index.html": ARTICLE.format(
                '<p class="mm-pdf-link"><a href="x.pdf">PDF</a></p><h1 id="start">Start</h1>'
                '<p><a href="manual/records/a/#ctx">A</a> <a href="manual/kind/x/">Soort</a> '
                '<a href="https://wetten.overheid.nl/">wet</a></p>'
            ),
            "manual/records/a/index.html": ARTICLE.format(
                '<h1 id="a">A</h1><h2 id="ctx">Context</h2><p><img alt="Schema" src="schema.png"></p>'
            ),
        },
    )
    cover = a_cover("Titel")
    order: list[PrintPage | PrintPart] = [PrintPage("", 1), PrintPage("manual/records/a/", 2)]
    labels = {"contents": "Inhoud", "page_of": "Pagina {page} van {pages}"}
    out = assemble_print_html(
        site_dir=tmp_path, lang="nl", prefix="nl/", order=order, cover=cover, labels=labels, css=""
    )
    assert out.startswith('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Titel</title>')
    assert '<a href="#p-manual-records-a--ctx">A</a>' in out
    assert " <span>Soort</span> " in out and 'href="manual/kind/x/"' not in out
    assert '<a class="external" href="https://wetten.overheid.nl/">wet</a>' in out
    assert 'id="p-home--start"' in out and '<h1 class="bm2" id="p-manual-records-a--a">A</h1>' in out
    assert "mm-pdf-link" not in out
    assert '<img alt="Schema" src="nl/manual/records/a/schema.png"/>' in out  # read from the site's root
    assert '<li class="toc-record"><a href="#p-manual-records-a">A</a></li>' in out
    assert '@bottom-center { content: "Pagina " counter(page) " van " counter(pages) ""; }' in out


def a_cover(title: str) -> Cover:
    return Cover(
        title, "Ondertitel", (("Almelo", "NL"),), "2008", "2008", "2008", "Stand", "", ("EU", "EFRO", "IV A"), "", ""
    )
