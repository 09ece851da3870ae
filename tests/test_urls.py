"""The URL policy: page paths, relative links between pages, final URLs for raw HTML."""

from __future__ import annotations

import pytest
from migration_manual.core.facets import FACET_BY_SLUG
from migration_manual.core.urls import (
    facet_page,
    page_url,
    record_id_of,
    record_page,
    relative_link,
    url_between,
    with_language,
)


@pytest.mark.parametrize(
    ("src", "url"), [("index.md", ""), ("project.md", "project/"), ("manual/index.md", "manual/"), ("a/b.md", "a/b/")]
)
def test_page_url(src: str, url: str) -> None:
    assert page_url(src) == url


@pytest.mark.parametrize(
    ("src", "url"),
    [("index.md", "index.html"), ("project.md", "project.html"), ("manual/index.md", "manual/index.html")],
)
def test_page_url_without_directory_urls(src: str, url: str) -> None:
    assert page_url(src, directory_urls=False) == url


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("manual/records/a.md", "manual/records/b.md", "b.md"),
        ("manual/records/a.md", "manual/kind/x.md", "../kind/x.md"),
        ("index.md", "manual/records/b.md", "manual/records/b.md"),
        ("manual/index.md", "manual/glossary.md", "glossary.md"),
    ],
)
def test_relative_link(source: str, target: str, expected: str) -> None:
    assert relative_link(source, target) == expected


@pytest.mark.parametrize(
    ("source", "target", "directory_urls", "expected"),
    [
        ("manual/pictures.md", "manual/records/b.md", True, "../records/b/"),
        ("manual/index.md", "manual/records/b.md", True, "records/b/"),
        ("index.md", "manual/records/b.md", True, "manual/records/b/"),
        ("manual/pictures.md", "manual/records/b.md", False, "records/b.html"),
        ("manual/index.md", "index.md", False, "../index.html"),
    ],
)
def test_url_between(source: str, target: str, directory_urls: bool, expected: str) -> None:
    assert url_between(source, target, directory_urls=directory_urls) == expected


def test_page_paths() -> None:
    assert record_page("kerngruppe") == "records/kerngruppe.md"
    assert facet_page(FACET_BY_SLUG["city"], "almelo") == "city/almelo.md"
    assert facet_page(FACET_BY_SLUG["city"]) == "city/index.md"
    assert with_language("records/x.md", "nl") == "records/x.nl.md"
    assert record_id_of("records/kerngruppe.nl.md") == record_id_of("records/kerngruppe.md") == "kerngruppe"
    assert record_id_of("city/almelo.md") is None
