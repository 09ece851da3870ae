"""Material's search plugin under static-i18n and `mkdocs serve --dirty`."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from ..core.site.search import unique_entries


def drop_repeated_search_entries(config: MkDocsConfig) -> None:
    """Keep the search plugin's index free of repetitions: under `--dirty` it is kept for the next rebuild, and
    static-i18n would add it again for every language, doubling it with each edit."""
    index = getattr(config.plugins.get("material/search") or config.plugins.get("search"), "search_index", None)
    entries = getattr(index, "entries", None)
    if isinstance(entries, list):
        entries[:] = unique_entries(entries)
