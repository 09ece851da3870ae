"""The URL policy of the generated pages: where each page lives, and links between pages.

Generated pages link to each other with relative `.md` links without a language suffix (mkdocs-static-i18n
resolves them to the page of the same language); raw HTML (the pictures) needs final URLs, which depend on MkDocs'
`use_directory_urls`.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

from .facets import Facet

RECORD_PAGES = "records"
"""Folder of the record pages, in the generated folder."""
OVERVIEW = "index.md"
MATRIX = "matrix.md"
GLOSSARY = "glossary.md"
STATUS = "status.md"
PICTURES = "pictures.md"
ROADMAP = "roadmap.md"
"""The step plan for the next municipality."""
CHANGES = "changes.md"
"""What is new: the records added or changed."""


def record_page(record_id: str) -> str:
    """Path of a record's page, relative to the generated folder."""
    return f"{RECORD_PAGES}/{record_id}.md"


def record_image(record_id: str, name: str) -> str:
    """Path of an image of a record, relative to the generated folder (beside the record's page)."""
    return f"{RECORD_PAGES}/{record_id}/{name}"


def facet_page(facet: Facet, value: str | None = None) -> str:
    """Path of a facet's overview (no value) or of one value's page, relative to the generated folder."""
    return f"{facet.slug}/{value or 'index'}.md"


def record_id_of(page: str) -> str | None:
    """The record id of a record page's path (relative to the generated folder, language suffix or not)."""
    parts = page.removesuffix(".md").split("/")
    if len(parts) != 2 or parts[0] != RECORD_PAGES:
        return None
    return parts[1].split(".")[0]


def with_language(path: str, lang: str) -> str:
    """`records/x.md` → `records/x.de.md`: the file of a page in one language (mkdocs-static-i18n's suffix layout)."""
    stem, ext = posixpath.splitext(path)
    return f"{stem}.{lang}{ext}"


def relative_link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative Markdown link target from one page path to another (both relative to the docs folder)."""
    target = _relative_path(to_page, posixpath.dirname(from_page))
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=65536)
def _relative_path(to_page: str, from_folder: str) -> str:
    # Cached: pages of one folder link to the same few hundred targets, and relpath is slow.
    # Anchored at "/" so that the result never depends on the working directory.
    return posixpath.relpath("/" + to_page, "/" + from_folder)


def page_url(page: str, *, directory_urls: bool = True) -> str:
    """The URL of a page's HTML relative to the site root: `project.md` → `project/` (or `project.html`),
    `index.md` → `` (or `index.html`), `manual/index.md` → `manual/`."""
    stem = page.removesuffix(".md")
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def url_between(from_page: str, to_page: str, *, directory_urls: bool = True) -> str:
    """The URL of `to_page` relative to the URL of `from_page` (both relative to the docs folder), for raw HTML,
    which MkDocs does not rewrite."""
    target = "/" + page_url(to_page, directory_urls=directory_urls)
    here = "/" + page_url(from_page, directory_urls=directory_urls)
    relative = posixpath.relpath(target, here if here.endswith("/") else posixpath.dirname(here))
    if not directory_urls:
        return relative
    return relative if relative.endswith("/") else relative + "/"
