"""The project's settings: one value that the `manual` command and the MkDocs build both read from `mkdocs.yml`,
so that they check the same sources, in the same languages, and show paths the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .sources import SourceTree


@dataclass(frozen=True)
class Settings:
    """Where a project's sources, pages and outputs are, and in which languages it is built."""

    root: Path
    """The project root (the folder of `mkdocs.yml`); paths in messages are relative to it."""
    sources: Path
    """The manual's source folder (records, taxonomies, labels, glossary, timeline)."""
    docs_dir: Path
    """MkDocs' `docs_dir`: the hand-written pages."""
    site_dir: Path
    """MkDocs' `site_dir`: where the site is built."""
    languages: tuple[str, ...]
    """The site's languages, default first."""
    output_dir: str = "manual"
    """The generated pages' folder under `docs_dir`."""
    pdf: bool = True
    """Whether the build writes one PDF per language."""
    pdf_dir: str = "pdf"
    """Folder of the PDFs in the built site."""
    pdf_name: str = "migrationsleitbild-handbuch"
    """Start of the PDFs' file names; `-<lang>.pdf` follows."""
    pdf_front: tuple[str, ...] = ("index.md",)
    """Hand-written pages before the records in the PDF, in reading order."""
    pdf_back: tuple[str, ...] = ()
    """Hand-written pages after the glossary in the PDF."""
    footer_links: dict[str, str] = field(default_factory=dict)
    """Pages linked from every page's footer: page → key of its label in `labels.yml`."""
    source_edit_uri: str = "edit/main/"
    """Path under `repo_url` to edit a file given relative to the repository root."""
    repo_url: str | None = None
    """The repository's address, for "edit this page" links."""
    site_url: str | None = None
    """The published site's address (absolute language alternates, canonical links, sitemap)."""
    directory_urls: bool = True
    """MkDocs' `use_directory_urls`."""
    markdown_extensions: tuple[str, ...] = ("toc", "tables", "fenced_code")
    """The site's Markdown extensions (MkDocs' `markdown_extensions`; these three MkDocs always adds)."""
    markdown_configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Their options (MkDocs' `mdx_configs`)."""

    @property
    def generated(self) -> Path:
        """The folder of the generated pages."""
        return self.docs_dir / self.output_dir

    @property
    def tree(self) -> SourceTree:
        """The source folder as the loaders read it."""
        return SourceTree(self.sources, self.languages, self.root)

    def pdf_file_name(self, lang: str) -> str:
        """File name of a language's PDF, e.g. `migrationsleitbild-handbuch-de.pdf`."""
        return f"{self.pdf_name}-{lang}.pdf"

    def language_prefix(self, lang: str) -> str:
        """The folder of a language in the site: `` for the default language, `nl/` for Dutch."""
        return "" if lang == self.languages[0] else f"{lang}/"
