"""The `manual` plugin's options in `mkdocs.yml`, and the project settings read from a MkDocs configuration — by
the plugin during a build and by the `manual` command, so that both see the same project."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config import load_config
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig

from ..core.settings import Settings
from .i18n import site_languages

PLUGIN = "manual"
"""The name this plugin is configured under in `mkdocs.yml`."""


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
    footer_links = c.DictOfItems(
        c.Type(str), default={"accessibility.md": "footer_accessibility", "imprint.md": "footer_imprint"}
    )
    """Pages linked from every page's footer (page → key of its label in `labels.yml`)."""
    source_edit_uri = c.Type(str, default="edit/main/")
    """Path under `repo_url` to edit a file given relative to the repository root (for generated pages' links)."""


def settings_from_config(config: MkDocsConfig, options: ManualConfig) -> Settings:
    """The project settings of a loaded MkDocs configuration and the manual plugin's options."""
    root = Path(config.config_file_path).parent.resolve()
    return Settings(
        root=root,
        sources=(root / options.sources).resolve(),
        docs_dir=Path(config.docs_dir).resolve(),
        site_dir=Path(config.site_dir).resolve(),
        languages=site_languages(config, options.languages),
        output_dir=options.output_dir,
        pdf=options.pdf,
        pdf_dir=options.pdf_dir,
        pdf_name=options.pdf_name,
        pdf_front=tuple(options.pdf_front),
        pdf_back=tuple(options.pdf_back),
        footer_links=dict(options.footer_links),
        source_edit_uri=options.source_edit_uri,
        repo_url=config.repo_url or None,
        site_url=config.site_url or None,
        directory_urls=bool(config.use_directory_urls),
        markdown_extensions=tuple(str(name) for name in config.markdown_extensions),
        markdown_configs=dict(config.mdx_configs),
    )


class NoManualPluginError(Exception):
    """The configuration does not use the `manual` plugin."""


def load_settings(config_file: Path) -> Settings:
    """The project settings of `mkdocs.yml`, read the way `mkdocs build` reads it (plugins, `!ENV`, defaults)."""
    config = load_config(str(config_file))
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise NoManualPluginError(f"{config_file}: no `{PLUGIN}` plugin under `plugins:`; add `- {PLUGIN}`")
    return settings_from_config(config, plugin.config)
