"""The 404 page: what it says in each language, and where each language's page is written.

A host that serves one 404 page for the whole site (GitHub Pages serves the root `404.html` for every missing
address, whatever its language folder) shows the default language's page to a Dutch reader too. So the root page
carries the notice in every language, each marked with its `lang`, the default language first; each language
folder's own `404.html` (served by hosts that look there) carries only its language's notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..model.manual import Labels
from ..settings import Settings


@dataclass(frozen=True)
class NotFoundNotice:
    """What the 404 page says to a reader of one language, with links to that language's start pages."""

    lang: str
    title: str
    text: str
    links: tuple[tuple[str, str], ...]
    """(label, absolute address path) pairs: a 404 page is served at any address, so its links cannot be relative."""


def site_base_path(site_url: str | None) -> str:
    """The address path the site lives under (`/` or `/project/`), from its address."""
    path = urlsplit(site_url).path if site_url else ""
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def not_found_notices(*, settings: Settings, labels: Labels, lang: str) -> list[NotFoundNotice]:
    """The notices of the 404 page built for `lang`: every language's on the default language's page (see the
    module's docstring), else only `lang`'s."""
    shown = settings.languages if lang == settings.languages[0] else (lang,)
    base = site_base_path(settings.site_url)
    notices = []
    for each in shown:
        home = base + settings.language_prefix(each)
        links = (
            (labels.get("not_found_home", each), home),
            (labels.get("not_found_overview", each), f"{home}{settings.output_dir}/"),
        )
        notices.append(
            NotFoundNotice(each, labels.get("not_found_title", each), labels.get("not_found_text", each), links)
        )
    return notices


def write_not_found_pages(site_dir: Path, settings: Settings, pages: dict[str, str]) -> None:
    """The 404 page of each language in its folder, and the default language's at the root (static-i18n lets the
    last language built overwrite it)."""
    for lang, page in pages.items():
        folder = site_dir / settings.language_prefix(lang)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "404.html").write_text(page, encoding="utf-8")
