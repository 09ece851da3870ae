"""Where a build's time goes, by plugin and event, measured with a clock instead of a profiler.

    cd some-project && NO_MKDOCS_2_WARNING=1 MANUAL_PDF=false /path/to/.venv/bin/python /path/to/bench/event_times.py

Runs `mkdocs build --strict` in this process and times every plugin's handler of every event. static-i18n builds
the other languages inside its own `on_post_build`; their events are counted where they happen and left out of the
handler that runs them, so the rows add up to the time spent in plugins. `rest` is everything else of the first
language: reading and converting the Markdown, rendering the theme's templates, writing the files; the same work for
the other languages shows as `i18n: post_build`, which runs their builds. A profiler inflates code that makes
many small calls (Markdown, Jinja) far more than code that spends its time in regular expressions (the manual
plugin), so its percentages mislead when comparing the two; these figures do not.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import mkdocs.plugins

spent: dict[tuple[str, str], float] = defaultdict(float)
calls: dict[tuple[str, str], int] = defaultdict(int)
_nested: list[float] = []
"""For each handler running now, the time its nested handlers took (to leave it out of its own)."""


def timed_run_event(self: mkdocs.plugins.PluginCollection, name: str, item: Any = None, **kwargs: Any) -> Any:
    """`PluginCollection.run_event`, timing each handler without what runs inside it."""
    for method in self.events[name]:
        plugin = self._event_origins.get(method, "<unknown>")
        self._current_plugin = plugin
        item = run_handler(method, (plugin, name), item, kwargs)
    self._current_plugin = None
    return item


def run_handler(method: Callable[..., Any], key: tuple[str, str], item: Any, kwargs: dict[str, Any]) -> Any:
    """Run one handler; add its own time (nested handlers excluded) to `spent`."""
    _nested.append(0.0)
    started = time.perf_counter()
    try:
        result = method(item, **kwargs) if item is not None else method(**kwargs)
    finally:
        total = time.perf_counter() - started
        inner = _nested.pop()
        spent[key] += total - inner
        calls[key] += 1
        if _nested:
            _nested[-1] += total
    return item if result is None else result


def report(wall: float) -> str:
    """Seconds per plugin and event, largest first, then the rest of the build."""
    rows = [f"{'seconds':>8} {'share':>6} {'calls':>6}  plugin: event"]
    for (plugin, event), seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.005:
            rows.append(f"{seconds:8.2f} {seconds / wall:6.1%} {calls[plugin, event]:6d}  {plugin}: {event}")
    rest = wall - sum(spent.values())
    rows.append(f"{rest:8.2f} {rest / wall:6.1%} {'':6}  rest (Markdown, templates, writing)")
    rows.append(f"{wall:8.2f} {1:6.1%} {'':6}  build")
    return "\n".join(rows) + "\n"


def main() -> int:
    """Build the project in the current folder and print where the time went."""
    from mkdocs.__main__ import cli

    mkdocs.plugins.PluginCollection.run_event = timed_run_event  # type: ignore[method-assign]
    started = time.perf_counter()
    try:
        cli(["build", "--strict", "--quiet"], standalone_mode=False)
    finally:
        sys.stdout.write(report(time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
