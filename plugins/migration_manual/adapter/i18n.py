"""Everything this package knows of mkdocs-static-i18n's internals, in one place to re-check at each upgrade
(the dependency is pinned `<1.4`).

static-i18n builds the whole site once per language: its plugin object says which language is being built
(`current_language`) and whether a later language's build is under way (`building`); each page's file carries its
language (`file.locale`).
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

PLUGIN = "i18n"
"""The name static-i18n is configured under in `mkdocs.yml`."""


def site_languages(config: MkDocsConfig, configured: list[str] | None = None) -> tuple[str, ...]:
    """The site's languages, default first: from the manual plugin's option, else static-i18n's built languages,
    else the theme's language."""
    if configured:
        return tuple(configured)
    i18n = config.plugins.get(PLUGIN)
    if i18n is None:
        return (str(config.theme.get("language", "en")),)
    entries = [lang for lang in i18n.config.languages if lang.build and lang.locale != "null"]
    entries.sort(key=lambda lang: not lang.default)
    return tuple(lang.locale for lang in entries)


def current_language(config: MkDocsConfig, default: str) -> str:
    """The language being built now (static-i18n builds one language at a time)."""
    return str(getattr(config.plugins.get(PLUGIN), "current_language", None) or default)


def building_next_language(config: MkDocsConfig) -> bool:
    """Whether static-i18n is building a language after the first one, inside the same `mkdocs build`."""
    return bool(getattr(config.plugins.get(PLUGIN), "building", False))


def page_language(page: Any, default: str) -> str:
    """The language of a page's source file (`x.nl.md` → `nl`); `default` for a file without one."""
    return str(getattr(page.file, "locale", None) or default)


def switch_to_language_homes(config: MkDocsConfig) -> None:
    """Point the language switcher at each language's start page, as static-i18n configured it before any page
    changed it to the page's counterpart (for a page it has no counterpart for, such as the 404 page)."""
    homes = getattr(config.plugins.get(PLUGIN), "extra_alternate", None)
    if homes:  # static-i18n sets the attribute, which the theme reads before the item
        config.extra["alternate"] = deepcopy(homes)
        setattr(config.extra, "alternate", config.extra["alternate"])  # noqa: B010 (mypy: LegacyConfig)


_ROUTINE = re.compile(r"^mkdocs_static_i18n: (Overriding '[^']+' config |Translated \d+ navigation element)")
_LOGGERS = ("mkdocs.plugins.mkdocs_static_i18n.reconfigure", "mkdocs.plugins.mkdocs_static_i18n.plugin")


class _RoutineMessages(logging.Filter):
    """static-i18n's routine lines: each setting it replaces for a language (the whole copyright and description,
    three long lines per build) and the count of translated navigation items. Nobody has to act on them."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno != logging.INFO or not _ROUTINE.match(record.getMessage())


def quiet_routine_messages() -> None:
    """Leave static-i18n's routine lines out of the build's output (once per process)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RoutineMessages) for f in logger.filters):
            logger.addFilter(_RoutineMessages())
