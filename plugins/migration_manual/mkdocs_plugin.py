"""The MkDocs adapter: turns the records into real `.de.md` / `.nl.md` pages before MkDocs collects files.

mkdocs-static-i18n drops pages generated in memory and rebuilds the site once per language, so the pages are
written as files under `docs_dir` (only when their text changed) and every hook is safe to run once per language.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import subprocess
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from . import __version__
from .core.build import load_checked_manual, missing_translations
from .core.facets import FACETS
from .core.loader import GLOSSARY_FILE, RECORDS_DIR, Manual
from .core.pages import check_handwritten_pages, outdated_page_notice, page_states, render_handwritten_references
from .core.pdf import PdfJob, PdfQueue, PdfResult
from .core.print_document import Cover, assemble_print_html, pdf_file_name, pdf_href, reading_order
from .core.problems import Problem
from .core.render import GLOSSARY, language_notice, render_pages
from .core.search import point_search_to_language, split_search_index, unique_entries
from .core.terms import TermLink, link_first_mentions, term_links
from .core.writer import OutputFolderError, write_pages

log = get_plugin_logger(__name__)


class MemoryBytecodeCache(BytecodeCache):
    """Compiled Jinja templates kept in memory; Jinja checks each entry against its template's source checksum."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill `bucket` from the cache, if the template was compiled before."""
        if (code := self._store.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep a freshly compiled template."""
        self._store[bucket.key] = bucket.bytecode_to_string()


TEMPLATE_BYTECODE = MemoryBytecodeCache()
"""Shared by every build of this process: static-i18n builds once per language, `mkdocs serve` once per edit."""


class ManualConfig(Config):
    """Options of the `manual` plugin in `mkdocs.yml`."""

    sources = c.Type(str, default="manual_modules")
    """Folder with the records, taxonomies, labels and glossary, relative to `mkdocs.yml`."""
    output_dir = c.Type(str, default="manual")
    """Folder under `docs_dir` that holds the generated pages; owned by the plugin and ignored by git."""
    languages = c.Optional(c.ListOfItems(c.Type(str)))
    """Languages of the manual, default first. Unset: taken from the `i18n` plugin's languages."""
    pdf = c.Type(bool, default=True)
    """Write one PDF per language into `site/<pdf_dir>/` after the build; `false` for fast previews."""
    pdf_dir = c.Type(str, default="pdf")
    """Folder of the PDFs in the built site."""
    pdf_name = c.Type(str, default="migrationsleitbild-handbuch")
    """Start of the PDFs' file names; the language and `.pdf` follow."""
    pdf_front = c.ListOfItems(c.Type(str), default=["index.md", "project.md", "reading-guide.md"])
    """Hand-written pages before the records, in reading order."""
    pdf_back = c.ListOfItems(c.Type(str), default=["imprint.md"])
    """Hand-written pages after the glossary."""
    footer_links = c.Type(dict, default={"accessibility.md": "footer_accessibility", "imprint.md": "footer_imprint"})
    """Pages linked from every page's footer (page → key of its label in `labels.yml`)."""
    source_edit_uri = c.Type(str, default="edit/main/")
    """Path under `repo_url` to edit a file given relative to the repository root (for generated pages' links)."""


class ManualPlugin(BasePlugin[ManualConfig]):
    """Generate the manual's pages from `manual_modules/` and link cross-references in hand-written pages."""

    def __init__(self) -> None:
        self.manual: Manual | None = None
        self._files: Files | None = None
        self._changed: dict[str, str] = {}
        self._fingerprint: tuple[tuple[str, int, int], ...] = ()
        self._pdfs: PdfQueue | None = None
        self._term_links: dict[tuple[str, str], tuple[TermLink, ...]] = {}
        """The glossary's links by language and relative address of the glossary."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load, check and render the records; runs once per language, but regenerates only on change."""
        if config.repo_url and not config.edit_uri:
            docs = Path(config.docs_dir).resolve().relative_to(Path(config.config_file_path).parent.resolve())
            config.edit_uri = f"{self.config.source_edit_uri}{docs.as_posix()}/"
        if self.manual is not None and building_next_language(config):
            return config  # static-i18n's build of the next language: the sources were read for the first one
        sources = self._sources(config)
        fingerprint = source_fingerprint(sources, Path(config.docs_dir), self.config.output_dir)
        if self.manual is None or fingerprint != self._fingerprint:
            languages = site_languages(config, self.config.languages)
            self.manual = generate_manual(
                sources=sources, docs_dir=Path(config.docs_dir), output_dir=self.config.output_dir, languages=languages
            )
            self._fingerprint = fingerprint
            self._term_links = {}
            self._changed = last_changed(Path(config.config_file_path).parent)
        return config

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Rebuild when a record or taxonomy changes; do not rebuild again when the generated pages are written."""
        server.watch(str(self._sources(config)))
        watch_docs_except_generated(server, Path(config.docs_dir), Path(config.docs_dir) / self.config.output_dir)
        return server

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Link cross-references in hand-written pages; say so when a page falls back to another language."""
        if self.manual is None or page.file.src_uri.startswith(self.config.output_dir + "/"):
            return markdown
        lang = current_language(config, self.manual.languages[0])
        markdown = render_handwritten_references(
            self.manual, markdown, page_path=page.file.src_uri, output_dir=self.config.output_dir, lang=lang
        )
        page_lang = getattr(page.file, "locale", lang)
        if page_lang == lang and page.file.abs_src_path:
            markdown = outdated_page_notice(self.manual, Path(page.file.abs_src_path)) + markdown
        return with_fallback_notice(self.manual, markdown, page_lang=page_lang, lang=lang)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Link the first mention of each glossary term to its definition (not on the glossary itself)."""
        glossary = files.get_file_from_path(f"{self.config.output_dir}/{GLOSSARY}")
        if self.manual is None or glossary is None or page.file.src_uri.startswith(glossary.src_uri.split(".")[0]):
            return html
        lang = current_language(config, self.manual.languages[0])
        href = glossary.url_relative_to(page.file)
        if (lang, href) not in self._term_links:  # a few per language: one per folder depth
            self._term_links[lang, href] = tuple(term_links(self.manual, lang, href))
        return link_first_mentions(html, self._term_links[lang, href])

    @event_priority(-200)  # after static-i18n, which runs at -100
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """On pages of other languages than the default, search that language's own index."""
        if self.manual is None:
            return output
        lang = current_language(config, self.manual.languages[0])
        return output if lang == self.manual.languages[0] else point_search_to_language(output, lang)

    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        """Offer the PDF of the page's language and the footer links (see `overrides/`)."""
        if self.manual is None:
            return context
        lang = current_language(config, self.manual.languages[0])
        label = self.manual.labels.get
        if self.config.pdf:
            href = pdf_href(page.url, self.config.pdf_dir, pdf_file_name(self.config.pdf_name, lang))
            context["manual_pdf"] = {"href": href, "label": label("pdf_download", lang)}
        links = []
        for src, key in self.config.footer_links.items():
            target = self._files.get_file_from_path(src) if self._files else None
            if target is not None:
                links.append({"href": target.url_relative_to(page.file), "label": label(key, lang)})
        context["manual_footer_links"] = {"label": label("footer_nav", lang), "links": links}
        sources = self.page_sources(page, config)
        dates = [self._changed[src] for src in sources if src in self._changed]
        if dates:
            context["manual_last_updated"] = {"label": label("last_updated", lang), "date": max(dates)}
        if config.repo_url and page.file.src_uri.startswith(self.config.output_dir + "/"):
            page.edit_url = (
                f"{config.repo_url.rstrip('/')}/{self.config.source_edit_uri}{sources[0]}" if sources else None
            )
        return context

    def page_sources(self, page: Page, config: MkDocsConfig) -> list[str]:
        """The source files of a page, relative to the project root: a record's language file (or its fallback)
        and facts, a facet's taxonomy, the glossary; a hand-written page's own file."""
        root = Path(config.config_file_path).parent
        if self.manual is None or not page.file.src_uri.startswith(self.config.output_dir + "/"):
            return [Path(page.file.abs_src_path or "").resolve().relative_to(root.resolve()).as_posix()]
        lang = current_language(config, self.manual.languages[0])
        return generated_page_sources(self.manual, page.file.src_uri.removeprefix(self.config.output_dir + "/"), lang)

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
        if self.manual is None or not self.config.pdf:
            return
        if self._pdfs is None:
            self._pdfs = PdfQueue(len(self.manual.languages))
        lang = current_language(config, self.manual.languages[0])
        self._pdfs.submit(print_job(self.manual, lang=lang, site_dir=Path(config.site_dir), options=self.config))
        log.info(f"PDF: rendering the {lang} PDF in the background")

    @event_priority(-200)  # after static-i18n has built every language and merged their search entries
    def _finish(self, *, config: MkDocsConfig) -> None:
        """Once all languages are built: one search index per language, then wait for the PDFs."""
        if self.manual is None or building_next_language(config):
            return
        drop_repeated_search_entries(config)
        write_language_indexes(Path(config.site_dir), self.manual.languages)
        if self._pdfs is not None:
            queue, self._pdfs = self._pdfs, None
            wait_for_pdfs(queue, Path(config.site_dir) / self.config.pdf_dir)

    on_post_build = CombinedEvent(_start_pdf, _finish)

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build does not wait for PDFs that nobody will read."""
        if self._pdfs is not None:
            self._pdfs.cancel()
            self._pdfs = None

    def _sources(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.sources


def watch_docs_except_generated(server: LiveReloadServer, docs_dir: Path, generated: Path) -> None:
    """Watch `docs_dir` (top level) and each of its folders but the generated one.

    A build writes the generated pages; if `mkdocs serve` watched them, every edit would cost a second rebuild.
    """
    with contextlib.suppress(KeyError):  # not watched by MkDocs (e.g. already replaced): nothing to undo
        server.unwatch(str(docs_dir))
    server.watch(str(docs_dir), recursive=False)
    generated.mkdir(parents=True, exist_ok=True)
    for child in sorted(docs_dir.iterdir()):
        if child.is_dir() and child != generated:
            server.watch(str(child))


def generate_manual(*, sources: Path, docs_dir: Path, output_dir: str, languages: tuple[str, ...]) -> Manual:
    """Load and check the manual, then write its pages under `docs_dir/output_dir`; fail with every problem."""
    manual, problems = load_checked_manual(sources, languages)
    problems += check_handwritten_pages(manual, docs_dir, docs_dir / output_dir, sources.parent)
    if problems:
        raise_problems(problems)
    for folder, lang in missing_translations(manual):
        log.info(f"{folder}: no {lang}.md yet; the {lang} page shows the other language with a notice")
    states = page_states(docs_dir, docs_dir / output_dir, manual.languages, sources.parent)
    try:
        report = write_pages(docs_dir / output_dir, render_pages(manual, base=output_dir, page_states=states))
    except OutputFolderError as e:
        raise PluginError(str(e)) from e
    if report.written or report.removed:
        log.info(f"Generated {len(report.written)} page(s), removed {len(report.removed)} in {docs_dir / output_dir}")
    return manual


def drop_repeated_search_entries(config: MkDocsConfig) -> None:
    """Keep the search plugin's index free of repetitions: under `--dirty` it is kept for the next rebuild, and
    static-i18n would add it again for every language, doubling it with each edit."""
    index = getattr(config.plugins.get("material/search") or config.plugins.get("search"), "search_index", None)
    entries = getattr(index, "entries", None)
    if isinstance(entries, list):
        entries[:] = unique_entries(entries)


def write_language_indexes(site_dir: Path, languages: tuple[str, ...]) -> None:
    """Replace the merged `search/search_index.json` by one index per language."""
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.is_file():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    for lang, index in split_search_index(merged, languages).items():
        target = merged_path if lang == languages[0] else site_dir / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def print_job(manual: Manual, *, lang: str, site_dir: Path, options: ManualConfig) -> PdfJob:
    """The print document of one language, assembled from its built pages, to be rendered into `site/<pdf_dir>/`."""
    order = reading_order(manual, lang, front=options.pdf_front, back=options.pdf_back, output_dir=options.output_dir)
    text = assemble_print_html(
        site_dir=site_dir,
        lang=lang,
        prefix="" if lang == manual.languages[0] else f"{lang}/",
        order=order,
        cover=cover_for(manual, lang, build_stamp()),
        css=(Path(__file__).parent / "print.css").read_text(encoding="utf-8"),
        labels={
            "contents": manual.labels.get("pdf_contents", lang),
            "page_of": manual.labels.get("pdf_page_of", lang),
        },
    )
    target = site_dir / options.pdf_dir / pdf_file_name(options.pdf_name, lang)
    return PdfJob(lang, text, site_dir.as_uri() + "/", target)


def wait_for_pdfs(queue: PdfQueue, pdf_dir: Path) -> list[PdfResult]:
    """Wait for the PDFs, logging progress; a PDF that cannot be written stops the build."""
    try:
        return queue.wait(report=lambda message: log.info(f"PDF: {message}"))
    except (OSError, ValueError) as e:
        raise PluginError(f"PDF: could not write the PDFs into {pdf_dir}: {e}") from e


def cover_for(manual: Manual, lang: str, build: dict[str, str]) -> Cover:
    """The cover of a language's PDF, from `labels.yml`."""
    label = manual.labels.get
    return Cover(
        title=label("pdf_title", lang),
        subtitle=label("pdf_subtitle", lang),
        lines=(label("pdf_partners", lang), label("pdf_period", lang), label("pdf_funding", lang)),
        build=label("pdf_build", lang, **build),
    )


def build_stamp() -> dict[str, str]:
    """Date of the build and version: the package version and, in a git checkout, the commit."""
    version = __version__
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()
        version = f"{version} ({commit})" if commit else version
    except (OSError, subprocess.SubprocessError):
        pass  # not a git checkout (e.g. an unpacked release): the package version alone identifies the build
    return {"date": datetime.date.today().isoformat(), "version": version}


def generated_page_sources(manual: Manual, src_uri: str, lang: str) -> list[str]:
    """Source files (relative to the project root) of a generated page, given its path in the generated folder."""
    root = manual.root.name
    parts = src_uri.rsplit(".", 2)[0].split("/")
    if parts[0] == RECORDS_DIR and len(parts) == 2 and parts[1] in manual.records:
        record = manual.records[parts[1]]
        prose = record.prose_for(lang, manual.fallback_order(lang))
        return [prose.file, record.facts_file]
    facet = next((f for f in FACETS if f.slug == parts[0]), None)
    if facet is not None:
        return [manual.taxonomy(facet.taxonomy).file]
    if parts[0] == GLOSSARY.removesuffix(".md"):
        return [f"{root}/{GLOSSARY_FILE}"]
    return []


def last_changed(project: Path) -> dict[str, str]:
    """Date of the last commit that touched each file (path relative to `project`), from one `git log` call."""
    try:
        log_text = subprocess.run(
            ["git", "-C", str(project), "log", "--format=%x00%cs", "--name-only", "--no-renames"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}  # not a git checkout: pages show no date rather than a wrong one
    dates: dict[str, str] = {}
    for entry in log_text.split("\x00")[1:]:
        date, *files = entry.strip().split("\n")
        for name in files:
            dates.setdefault(name.strip(), date)
    return dates


def raise_problems(problems: list[Problem]) -> None:
    """Log each problem as an error and stop the build."""
    for problem in problems:
        log.error(str(problem))
    raise PluginError(f"{len(problems)} problem(s) in the manual's sources; fix them as listed above")


def site_languages(config: MkDocsConfig, configured: list[str] | None) -> tuple[str, ...]:
    """The site's languages, default first: from the plugin option, else the i18n plugin, else the theme."""
    if configured:
        return tuple(configured)
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return (str(config.theme.get("language", "en")),)
    entries = [lang for lang in i18n.config.languages if lang.build and lang.locale != "null"]
    entries.sort(key=lambda lang: not lang.default)
    return tuple(lang.locale for lang in entries)


def current_language(config: MkDocsConfig, default: str) -> str:
    """The language being built now (static-i18n builds one language at a time)."""
    i18n = config.plugins.get("i18n")
    return str(getattr(i18n, "current_language", None) or default)


def with_fallback_notice(manual: Manual, markdown: str, *, page_lang: str, lang: str) -> str:
    """A page shown in another language than the reader's: a notice first, then the text marked with its language."""
    notice = fallback_notice(manual, page_lang, lang)
    return f'{notice}<div lang="{page_lang}" markdown>\n\n{markdown}\n\n</div>\n' if notice else markdown


def fallback_notice(manual: Manual, page_lang: str, lang: str) -> str:
    """An admonition in the reader's language when a hand-written page is shown in another language."""
    if page_lang == lang or page_lang not in manual.languages:
        return ""
    return language_notice(manual.labels, lang, kind="untranslated", other_lang=page_lang)


def source_fingerprint(sources: Path, docs_dir: Path, output_dir: str) -> tuple[tuple[str, int, int], ...]:
    """Name, size and mtime of every source file and hand-written page: cheap to compute, changes on any edit."""
    pages = file_stats(docs_dir, suffix=".md", skip=docs_dir / output_dir)
    return tuple(sorted(file_stats(sources) + pages))


def file_stats(top: Path, *, suffix: str = "", skip: Path | None = None) -> list[tuple[str, int, int]]:
    """(path, size, mtime) of the files under `top` whose names end with `suffix`, leaving out the folder `skip`."""
    found = []
    for folder, subfolders, names in os.walk(top):
        subfolders[:] = [name for name in subfolders if skip is None or Path(folder, name) != skip]
        for name in (name for name in names if name.endswith(suffix)):
            path = Path(folder, name)
            with contextlib.suppress(FileNotFoundError):  # a dangling link, or a file deleted just now
                stat = path.stat()  # once: the old two calls per file were half of this function's time
                found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return found


def building_next_language(config: MkDocsConfig) -> bool:
    """Whether static-i18n is building a language after the first one, inside the same `mkdocs build`."""
    return bool(getattr(config.plugins.get("i18n"), "building", False))
