"""Where the manual's sources are, in which languages, and how their paths are shown in messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..problems import display_path


@dataclass(frozen=True)
class SourceTree:
    """The manual's source folder, read in the site's languages."""

    folder: Path
    """The folder with records, taxonomies, labels, glossary and timeline (`manual_modules`)."""
    languages: tuple[str, ...]
    """The site's languages, default first."""
    display_root: Path
    """Paths in messages are relative to this folder: the project root (the folder of `mkdocs.yml`)."""

    def display(self, path: Path) -> str:
        """A path as shown in messages."""
        return display_path(path, self.display_root)

    @classmethod
    def beside(cls, folder: Path, languages: tuple[str, ...]) -> SourceTree:
        """The source folder of a project whose root is the folder's parent (the usual layout)."""
        return cls(folder, languages, folder.parent)
