"""Reading the manual's source files: YAML with line numbers, front matter, language files, taxonomies, records,
glossary and timeline. Every reader returns what it could read and a list of problems."""

from .manual import load_manual
from .tree import SourceTree

__all__ = ["SourceTree", "load_manual"]
