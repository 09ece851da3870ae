"""The MkDocs adapter's helpers (the hooks themselves are covered by the end-to-end builds)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from jinja2 import DictLoader, Environment
from migration_manual.adapter.jinja_cache import MemoryBytecodeCache
from migration_manual.adapter.search import drop_repeated_search_entries


def test_templates_compile_once_per_process_and_again_when_changed() -> None:
    cache = MemoryBytecodeCache()
    sources = {"page.html": "{{ x }} A"}
    compiled: list[str] = []

    class CountingEnvironment(Environment):
        def _compile(self, source: str, filename: str) -> Any:
            compiled.append(filename)
            return super()._compile(source, filename)

    def render() -> str:  # a fresh environment, as every build (and every language) of MkDocs makes one
        return (
            CountingEnvironment(loader=DictLoader(sources), bytecode_cache=cache).get_template("page.html").render(x=1)
        )

    assert render() == render() == "1 A"
    assert len(compiled) == 1
    sources["page.html"] = "{{ x }} B"
    assert render() == "1 B" and len(compiled) == 2


def test_repeated_search_entries_are_dropped_from_the_kept_index() -> None:
    entries = [{"location": "a/", "title": "A", "text": "x"}] * 4 + [{"location": "b/", "title": "B", "text": ""}]
    config = SimpleNamespace(
        plugins={"material/search": SimpleNamespace(search_index=SimpleNamespace(entries=entries))}
    )
    drop_repeated_search_entries(config)  # type: ignore[arg-type]
    assert [e["location"] for e in entries] == ["a/", "b/"]
