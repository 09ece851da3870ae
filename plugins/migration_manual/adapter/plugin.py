"""The MkDocs adapter: hook methods and the glue to MkDocs; the work is done by `core`.

mkdocs-static-i18n drops pages generated in memory and rebuilds the site once per language, so the pages are
written as files under `docs_dir` (only when their text changed, see `core.project.generate_pages`) before MkDocs
collects files, and every hook is safe to run once per language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents

from .. import __version__
from ..core.checks import missing_translations
from ..core.dates import readable_date
from ..core.model import Manual
from ..core.model.manual import MissingLabelError
from ..core.outputs.writer import OutputFolderError
from ..core.pictures.eu_emblem import eu_emblem
from ..core.pictures.graphviz import GraphvizError
from ..core.problems import Problem
from ..core.project import check_project, generate_pages, sources_fingerprint
from ..core.provenance import CommitDates, build_stamp, commit_dates, page_sources
from ..core.render.handwritten import prepare_handwritten_page
from ..core.settings import Settings
from ..core.site.csp import with_security_policy
from ..core.site.feed import write_feeds
from ..core.site.glossary_links import GlossaryLink, glossary_links, link_first_mentions
from ..core.site.not_found import not_found_notices, site_base_path, write_not_found_pages
from ..core.site.pdf import PdfQueue
from ..core.site.print_document import pdf_href
from ..core.site.print_job import print_job
from ..core.site.search import point_search_to_language, write_language_indexes
from ..core.site.theme_fixes import (
    finish_sitemaps,
    name_search_dialog,
    robots_txt,
    without_empty_tabindex,
    without_head_alternates,
)
from ..core.urls import GLOSSARY
from .config import ManualConfig, settings_from_config
from .i18n import (
    building_next_language,
    current_language,
    page_language,
    quiet_routine_messages,
    switch_to_language_homes,
)
from .jinja_cache import TEMPLATE_BYTECODE
from .search import drop_repeated_search_entries
from .serve import watch_docs_except_generated

log = get_plugin_logger(__name__)

THEME_LABELS = (
    *("pdf_download", "footer_nav", "eu_emblem_label", "funding_note", "last_updated", "search_dialog"),
    *("not_found_title", "not_found_text", "not_found_home", "not_found_overview"),
)
"""The texts of `labels.yml` that the theme's templates show (see `overrides/`), beside the generated pages'."""


class ManualPlugin(BasePlugin[ManualConfig]):
    """Generate the manual's pages from its sources and link cross-references in hand-written pages."""

    def __init__(self) -> None:
        self.manual: Manual | None = None
        self.settings: Settings | None = None
        self._files: Files | None = None
        self._dates: CommitDates = ({}, {})
        """First and last commit date of each source file: read once per generation, for pages, footers and feeds."""
        self._fingerprint: tuple[tuple[str, int, int], ...] = ()
        self._pdfs: PdfQueue | None = None
        self._glossary_links: dict[tuple[str, str], tuple[GlossaryLink, ...]] = {}
        """The glossary's links by language and relative address of the glossary."""
        self._not_found_pages: dict[str, str] = {}
        """The 404 page of each language, as the theme rendered it."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load, check and render the records; runs once per language, but regenerates only on change."""
        settings = self.settings = settings_from_config(config, self.config)
        quiet_routine_messages()
        if config.repo_url and not config.edit_uri:
            docs = settings.docs_dir.relative_to(settings.root)
            config.edit_uri = f"{settings.source_edit_uri}{docs.as_posix()}/"
        if self.manual is not None and building_next_language(config):
            return config  # static-i18n's build of the next language: the sources were read for the first one
        fingerprint = sources_fingerprint(settings)
        if self.manual is None or fingerprint != self._fingerprint:
            self._dates = commit_dates(settings.root)
            self.manual = generate_manual(settings, self._dates)
            self._fingerprint = fingerprint
            self._glossary_links = {}
        return config

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Rebuild when a record or taxonomy changes; do not rebuild again when the generated pages are written."""
        assert self.settings is not None
        server.watch(str(self.settings.sources))
        watch_docs_except_generated(server, self.settings.docs_dir, self.settings.generated)
        return server

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Link cross-references in hand-written pages; say so when a page is outdated or in another language."""
        if self.manual is None or self._is_generated(page):
            return markdown
        lang = self._language(config)
        source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
        return prepare_handwritten_page(
            self.manual,
            markdown,
            page_path=page.file.src_uri,
            source=source,
            page_lang=page_language(page, lang),
            output_dir=self.config.output_dir,
            lang=lang,
        )

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Link the first mention of each glossary term to its definition (not on the glossary itself)."""
        glossary = files.get_file_from_path(f"{self.config.output_dir}/{GLOSSARY}")
        if self.manual is None or glossary is None or page.file.src_uri.startswith(glossary.src_uri.split(".")[0]):
            return html
        lang = self._language(config)
        href = glossary.url_relative_to(page.file)
        if (lang, href) not in self._glossary_links:  # a few per language: one per folder depth
            self._glossary_links[lang, href] = tuple(glossary_links(self.manual, lang, href))
        return link_first_mentions(html, self._glossary_links[lang, href])

    @event_priority(-200)  # after static-i18n, which runs at -100
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """On pages of other languages than the default, search that language's own index; every page gets the
        security policy."""
        if self.manual is None:
            return output
        lang = self._language(config)
        output = output if lang == self.manual.languages[0] else point_search_to_language(output, lang)
        output = without_empty_tabindex(without_head_alternates(output))
        output = name_search_dialog(output, self.manual.labels.get("search_dialog", lang))
        return with_security_policy(output)

    @event_priority(-200)
    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        """The theme's own pages (404.html) get the security policy too; the default language's 404 page is kept,
        because static-i18n lets the last language built overwrite it."""
        if not template_name.endswith(".html"):
            return output_content
        output = with_security_policy(without_empty_tabindex(without_head_alternates(output_content)))
        if template_name == "404.html" and self.manual is not None:
            lang = self._language(config)
            output = name_search_dialog(output, self.manual.labels.get("search_dialog", lang))
            self._not_found_pages[lang] = output
        return output

    @event_priority(-100)  # after the search plugin has read the page's table of contents
    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        """Offer the PDF of the page's language, the footer links and the last change (see `overrides/`)."""
        if "toc" in (page.meta.get("hide") or []):  # Material still renders it in the navigation: 2,700
            page.toc = TableOfContents([])  # elements and 174 KB on the API page, which Lighthouse finds slow
        if self.manual is None or self.settings is None:
            return context
        lang, label = self._language(config), self.manual.labels.get
        if self.settings.pdf:
            href = pdf_href(page.url, self.settings.pdf_dir, self.settings.pdf_file_name(lang))
            context["manual_pdf"] = {"href": href, "label": label("pdf_download", lang)}
        context.update(self._footer(lang, lambda target: target.url_relative_to(page.file)))
        sources = self._page_sources(page, lang)
        changed = self._dates[1]
        dates = [changed[src] for src in sources if src in changed]
        if dates:
            last, title = max(dates), label("last_updated", lang)
            context["manual_last_updated"] = {"label": title, "date": last, "text": readable_date(last, lang)}
        if config.repo_url and self._is_generated(page):
            edit = f"{config.repo_url.rstrip('/')}/{self.settings.source_edit_uri}"
            page.edit_url = f"{edit}{sources[0]}" if sources else None
        return context

    def on_template_context(self, context: Any, /, *, template_name: str, config: MkDocsConfig) -> Any:
        """The 404 page: its notice in each language it is served for, the footer, and a language switcher to each
        language's start page (static-i18n leaves it pointing at whatever page was built before)."""
        if template_name != "404.html" or self.manual is None or self.settings is None:
            return context
        lang, base = self._language(config), site_base_path(self.settings.site_url)
        context.update(self._footer(lang, lambda target: base + target.url))
        context["manual_not_found"] = not_found_notices(settings=self.settings, labels=self.manual.labels, lang=lang)
        switch_to_language_homes(config)
        return context

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        """Compile each theme template once per process, not once per language and per `mkdocs serve` rebuild."""
        env.bytecode_cache = TEMPLATE_BYTECODE
        return env

    @event_priority(-150)  # after static-i18n has made the files of this language's build
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Remember the files of this language's build, to link the footer pages."""
        self._files = files
        return files

    @event_priority(-50)  # before static-i18n (-100) builds the next language: this PDF renders meanwhile
    def _start_pdf(self, *, config: MkDocsConfig) -> None:
        """As soon as a language's pages are written, start rendering its PDF in a background process."""
        if self.manual is None or self.settings is None or not self.settings.pdf:
            return
        if self._pdfs is None:
            self._pdfs = PdfQueue(len(self.manual.languages))
        lang = self._language(config)
        stamp = build_stamp(__version__, self.settings.root)
        job = print_job(self.manual, self.settings, lang=lang, site_dir=Path(config.site_dir), build=stamp)
        self._pdfs.submit(job)
        log.info(f"PDF: rendering the {lang} PDF in the background")

    @event_priority(-200)  # after static-i18n has built every language and merged their search entries
    def _finish(self, *, config: MkDocsConfig) -> None:
        """Once all languages are built: one search index per language, sitemaps, feeds and 404 pages, then wait
        for the PDFs and say what was built."""
        if self.manual is None or self.settings is None or building_next_language(config):
            return
        drop_repeated_search_entries(config)
        write_language_indexes(Path(config.site_dir), self.manual.languages)
        finish_sitemaps(Path(config.site_dir), self.manual.languages, has_site_url=bool(config.site_url))
        (Path(config.site_dir) / "robots.txt").write_text(robots_txt(config.site_url or None), encoding="utf-8")
        write_feeds(self.manual, self.settings, Path(config.site_dir), config.site_url or None, self._dates)
        write_not_found_pages(Path(config.site_dir), self.settings, self._not_found_pages)
        pdfs = 0
        if self._pdfs is not None:
            queue, self._pdfs = self._pdfs, None
            try:
                pdfs = len(queue.wait(report=lambda message: log.info(f"PDF: {message}")))
            except (OSError, ValueError) as e:
                pdf_dir = Path(config.site_dir) / self.settings.pdf_dir
                raise PluginError(f"PDF: could not write the PDFs into {pdf_dir}: {e}") from e
        languages = ", ".join(self.manual.languages)
        where = f"; {pdfs} PDF(s) in {self.settings.pdf_dir}/" if pdfs else ""
        log.info(f"Done: {len(self.manual.records)} records in {languages}{where}")

    on_post_build = CombinedEvent(_start_pdf, _finish)

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build does not wait for PDFs that nobody will read."""
        if self._pdfs is not None:
            self._pdfs.cancel()
            self._pdfs = None

    def _language(self, config: MkDocsConfig) -> str:
        assert self.manual is not None
        return current_language(config, self.manual.languages[0])

    def _footer(self, lang: str, href: Callable[[File], str]) -> dict[str, Any]:
        """The footer's links (accessibility statement, imprint) and the funding acknowledgement, for a page whose
        links to a file are `href(file)`."""
        assert self.manual is not None and self.settings is not None
        label = self.manual.labels.get
        links = []
        for src, key in self.settings.footer_links.items():
            target = self._files.get_file_from_path(src) if self._files else None
            if target is not None:
                links.append({"href": href(target), "label": label(key, lang)})
        emblem = eu_emblem(label("eu_emblem_label", lang), height=32)
        return {
            "manual_footer_links": {"label": label("footer_nav", lang), "links": links},
            "manual_funding": {"emblem": emblem, "text": label("funding_note", lang)},
        }

    def _is_generated(self, page: Page) -> bool:
        return page.file.src_uri.startswith(self.config.output_dir + "/")

    def _page_sources(self, page: Page, lang: str) -> list[str]:
        """The source files of a page, relative to the project root (generated pages: see `page_sources`)."""
        assert self.manual is not None and self.settings is not None
        if not self._is_generated(page):
            return [Path(page.file.abs_src_path or "").resolve().relative_to(self.settings.root).as_posix()]
        generated_page = page.file.src_uri.removeprefix(self.config.output_dir + "/")
        return page_sources(self.manual, generated_page, lang, self.settings.root)


def generate_manual(settings: Settings, dates: CommitDates | None = None) -> Manual:
    """Load and check the project, then write its generated pages; stop the build with every problem. `dates`:
    see `core.project.generate_pages`."""
    manual, problems = check_project(settings)
    if problems:
        raise_problems(problems)
    for folder, lang in missing_translations(manual):
        log.info(f"{folder}: no {lang}.md yet; the {lang} page shows the other language with a notice")
    try:
        for key, lang in ((key, lang) for key in THEME_LABELS for lang in manual.languages):
            manual.labels.get(key, lang)  # the theme's pages need them; said before a build, not in the middle
        report = generate_pages(manual, settings, dates)
    except (OutputFolderError, GraphvizError, MissingLabelError) as e:
        raise PluginError(str(e)) from e
    pages = (
        f"{len(report.written)} written, {len(report.removed)} removed"
        if report.written or report.removed
        else "unchanged"
    )
    checked = f"{len(manual.records)} records and {len(manual.glossary)} glossary entries"
    log.info(f"Checked {checked}: no problems; generated pages: {pages}")
    return manual


def raise_problems(problems: list[Problem]) -> None:
    """Log each problem as an error and stop the build."""
    for problem in problems:
        log.error(str(problem))
    raise PluginError(f"{len(problems)} problem(s) in the manual's sources; fix them as listed above")
