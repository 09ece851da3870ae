"""Problems found in the manual's sources, each pointing at a file, a line and a field."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing an editor must fix, printed as `file:line: field: message`."""

    file: str
    """Path of the source file, relative to the project root where possible."""
    line: int
    """1-based line number; 1 when the problem concerns the file as a whole."""
    field: str
    """Dotted path of the field (e.g. `relations[2].target`), or a section name; empty for the whole file."""
    message: str
    """What is wrong and what is expected."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:"
        return f"{where} {self.field}: {self.message}" if self.field else f"{where} {self.message}"


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """Return ` (did you mean 'x'?)` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    if not close:
        close = [c for c in choices if c.casefold() == value.casefold()]
    return f" (did you mean '{close[0]}'?)" if close else ""


def format_choices(choices: Iterable[str], limit: int = 12) -> str:
    """Quote and join the allowed values for a message, shortening long lists."""
    items = [f"'{c}'" for c in choices]
    if len(items) > limit:
        items = [*items[:limit], f"… ({len(items) - limit} more)"]
    return ", ".join(items)


def display_path(path: Path, root: Path) -> str:
    """A path as shown in messages: relative to `root` (the project root) where it lies below it, else as given."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
