"""Assemble one printable HTML document per language from the built site's pages.

The site's HTML is the single rendering of every page; the print document takes each page's article in reading
order, makes every id unique, turns links between included pages into links inside the document, removes links to
pages that are not part of it, and adds a cover and a table of contents. WeasyPrint turns the result into the PDF.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from ..collation import collation_key
from ..model import Manual
from ..urls import GLOSSARY, MATRIX, PICTURES, ROADMAP, page_url, record_page
from .cover import Cover, cover_html

if TYPE_CHECKING:
    from bs4 import Tag


@dataclass(frozen=True)
class PrintPage:
    """A page of the site that becomes a chapter (level 1) or a record within a part (level 2)."""

    url: str
    """Site-relative URL of the page without the language prefix, e.g. `manual/records/kerngruppe/`."""
    level: int


@dataclass(frozen=True)
class PrintPart:
    """A part heading without a page of its own (e.g. "Prinzipien"), followed by its records."""

    title: str
    description: str
    slug: str


def reading_order(
    manual: Manual, lang: str, *, front: list[str], back: list[str], output_dir: str, directory_urls: bool = True
) -> list[PrintPage | PrintPart]:
    """Introduction and the step plan, then a part per kind with its records, the transfer matrix, the pictures,
    the glossary and the back matter."""

    def url(page: str) -> str:
        return page_url(page, directory_urls=directory_urls)

    order: list[PrintPage | PrintPart] = [PrintPage(url(src), 1) for src in front]
    order.append(PrintPage(url(f"{output_dir}/{ROADMAP}"), 1))  # the step plan leads into the records
    fallback = manual.fallback_order(lang)
    for kind in manual.taxonomy("kinds"):
        records = [r for r in manual.records.values() if r.facts.kind == kind.id]
        if not records:
            continue
        order.append(PrintPart(kind.localized("plural", lang), kind.localized("description", lang), f"part-{kind.id}"))
        records.sort(key=lambda r: collation_key(r.prose_for(lang, fallback).title))
        order += [PrintPage(url(f"{output_dir}/{record_page(r.id)}"), 2) for r in records]
    order += [PrintPage(url(f"{output_dir}/{page}"), 1) for page in (MATRIX, PICTURES, GLOSSARY)]
    return order + [PrintPage(url(src), 1) for src in back]


def slug_of(url: str) -> str:
    """The id of a page's chapter in the print document."""
    return "p-" + (re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "home")


def assemble_print_html(
    *,
    site_dir: Path,
    lang: str,
    prefix: str,
    order: list[PrintPage | PrintPart],
    cover: Cover,
    labels: dict[str, str],
    css: str,
) -> str:
    """The whole print document for one language as an HTML string.

    `prefix` is the language's folder in the site (empty for the default language, `nl/` for Dutch); `labels` holds
    the document's interface texts (`contents`, `page_of` with `{page}` and `{pages}` placeholders).
    """
    included = {item.url for item in order if isinstance(item, PrintPage)}
    chapters = [
        _part_html(item) if isinstance(item, PrintPart) else _chapter_html(site_dir, prefix, item, included)
        for item in order
    ]
    toc = _toc_html(chapters, labels["contents"])
    head = (
        f'<meta charset="utf-8"><title>{html.escape(cover.title)}</title>'
        f'<meta name="description" content="{html.escape(cover.subtitle)}">'
        f'<meta name="generator" content="migration-manual"><style>{css}</style>'
        f"<style>{_page_css(labels, cover.title)}</style>"
    )
    body = cover_html(cover) + toc + "".join(chapter for chapter in chapters)
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def _part_html(part: PrintPart) -> str:
    return (
        f'<section class="part" id="{part.slug}"><h1 class="bm1">{html.escape(part.title)}</h1>'
        f"<p>{html.escape(part.description)}</p></section>"
    )


def _chapter_html(site_dir: Path, prefix: str, item: PrintPage, included: set[str]) -> str:
    # Imported here: only the PDFs need BeautifulSoup, and `make serve` (PDFs off) starts 0.1 s faster without it.
    from bs4 import BeautifulSoup, Tag

    source = site_dir / prefix / item.url
    source = source if item.url.endswith(".html") else source / "index.html"
    soup = BeautifulSoup(source.read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article.md-content__inner")
    if article is None:
        raise ValueError(f"{source}: no <article class='md-content__inner'>; is this a page of the site?")
    slug = slug_of(item.url)
    for unwanted in article.select(".md-content__button, .headerlink, .mm-pdf-link, .mm-page-toc, script"):
        unwanted.decompose()
    _prefix_ids(article, slug)
    _rewrite_links(article, f"/{prefix}{item.url}", prefix, included)
    _rewrite_images(article, f"/{prefix}{item.url}")
    heading = article.find("h1")
    if isinstance(heading, Tag):
        _add_class(heading, f"bm{item.level}")
    kind = "record" if item.level == 2 else "chapter"
    return f'<section class="{kind}" id="{slug}">{article.decode_contents()}</section>'


def _add_class(tag: Tag, name: str) -> None:
    current = tag.get("class")
    names: list[str] = current.split() if isinstance(current, str) else list(current or [])
    tag["class"] = " ".join([*names, name])


def _prefix_ids(article: Tag, slug: str) -> None:
    for element in article.find_all(id=True):
        element["id"] = f"{slug}--{element['id']}"


def _rewrite_links(article: Tag, base: str, prefix: str, included: set[str]) -> None:
    for link in article.find_all("a", href=True):
        href = str(link["href"])
        if urlsplit(href).scheme in ("http", "https", "mailto"):
            _add_class(link, "external")
            continue
        target = urlsplit(urljoin(base, href))
        path = target.path.removeprefix("/").removeprefix(prefix)
        if path in included:
            anchor = f"--{target.fragment}" if target.fragment else ""
            link["href"] = f"#{slug_of(path)}{anchor}"
        else:
            # A page that is not in the document (e.g. a facet index): keep the text and its styling.
            link.name = "span"
            del link["href"]


def _rewrite_images(article: Tag, base: str) -> None:
    """Images are addressed from their page; the print document is read from the site's root."""
    for image in article.find_all("img", src=True):
        src = str(image["src"])
        if not urlsplit(src).scheme:
            image["src"] = urljoin(base, src).removeprefix("/")


def _toc_html(chapters: list[str], title: str) -> str:
    items = []
    for chapter in chapters:
        match = re.search(r'<section class="(chapter|part|record)" id="([^"]+)">.*?<h1[^>]*>(.*?)</h1>', chapter, re.S)
        if match:
            text = re.sub(r"<[^>]+>", "", match[3]).strip()
            items.append(f'<li class="toc-{match[1]}"><a href="#{match[2]}">{text}</a></li>')
    heading = f'<h1 class="bm1">{html.escape(title)}</h1>'
    return f'<nav class="toc" aria-label="{html.escape(title)}">{heading}<ol>{"".join(items)}</ol></nav>'


def _page_css(labels: dict[str, str], title: str) -> str:
    footer = labels["page_of"].format(page='" counter(page) "', pages='" counter(pages) "')
    return (
        f'@page {{ @top-center {{ content: "{_css_text(title)}"; }} @bottom-center {{ content: "{footer}"; }} }}'
        "@page :first { @top-center { content: none; } @bottom-center { content: none; } }"
    )


def _css_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def pdf_href(page_url_of_current: str, pdf_dir: str, file_name: str) -> str:
    """Relative link from a page (its site URL) to a PDF in `pdf_dir` at the site root."""
    return posixpath.relpath(f"/{pdf_dir}/{file_name}", "/" + page_url_of_current.rstrip("/") or "/")
