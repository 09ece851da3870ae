"""Changes to the theme's markup that Material for MkDocs does not offer as settings.

- The search dialog gets an accessible name (axe-core `aria-dialog-name`).
- The head's `<link rel="alternate" hreflang>` elements go: Material fetches `sitemap.xml` beside every alternate
  address, which for a page's counterpart is a 404 on every page view (mkdocs-material issue 6582). The language
  alternates of every page stay in `sitemap.xml` (written by mkdocs-static-i18n), where search engines read them
  as well, and the language switcher still links each page to its counterpart.
- The navigation's labels lose `tabindex=""` (an empty value is invalid HTML and means nothing to a browser; the
  Nu Html Checker reports it on every label).
- `robots.txt` allows crawling and, with a site address, names the sitemap.
- Every language folder gets the sitemap: a page of a non-default language searches and navigates from its own
  language folder (see `search.point_search_to_language`), and Material fetches `sitemap.xml` there.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

_SEARCH_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")(>)')
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def name_search_dialog(page: str, name: str) -> str:
    """The search dialog with `aria-label` set to `name`."""
    return _SEARCH_DIALOG.sub(lambda m: f'{m[1]} aria-label="{html.escape(name)}"{m[2]}', page, count=1)


def without_empty_tabindex(page: str) -> str:
    """The page without `tabindex=""` attributes (see the module's docstring)."""
    return page.replace(' tabindex=""', "")


def without_head_alternates(page: str) -> str:
    """The page without `<link rel="alternate" hreflang>` in its head (see the module's docstring)."""
    head_end = page.find("</head>")
    if head_end < 0:
        return page
    return _HEAD_ALTERNATE.sub("", page[:head_end]) + page[head_end:]


def copy_sitemap_to_language_folders(site_dir: Path, languages: tuple[str, ...]) -> None:
    """Put the site's `sitemap.xml` (and its gzip) into the folder of every non-default language."""
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        source = site_dir / name
        if source.is_file():
            for lang in languages[1:]:
                if (site_dir / lang).is_dir():
                    shutil.copyfile(source, site_dir / lang / name)


def relative_sitemap(text: str) -> str:
    """A sitemap built without `site_url` has the text `None` in front of every address; without a site address
    the addresses can only be relative to the site's root."""
    return text.replace(">None", ">/").replace('href="None', 'href="/')


def robots_txt(site_url: str | None) -> str:
    """Everything may be crawled; with a site address, the sitemap is named (crawlers need an absolute address)."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines.append(f"Sitemap: {site_url.rstrip('/')}/sitemap.xml")
    return "\n".join(lines) + "\n"


def finish_sitemaps(site_dir: Path, languages: tuple[str, ...], *, has_site_url: bool) -> None:
    """Sitemaps in every language folder; without `site_url`, with addresses relative to the site's root."""
    sitemap = site_dir / "sitemap.xml"
    if not has_site_url and sitemap.is_file():
        sitemap.write_text(relative_sitemap(sitemap.read_text(encoding="utf-8")), encoding="utf-8")
        (site_dir / "sitemap.xml.gz").unlink(missing_ok=True)  # a copy with `None` addresses
    copy_sitemap_to_language_folders(site_dir, languages)
