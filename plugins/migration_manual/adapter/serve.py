"""`mkdocs serve`: watch the sources and the hand-written pages, not the generated ones."""

from __future__ import annotations

import contextlib
from pathlib import Path

from mkdocs.livereload import LiveReloadServer


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
