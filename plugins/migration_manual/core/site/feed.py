"""An Atom feed per language of the records added or changed (RFC 4287), for readers who follow the manual — what
the application planned as a newsletter. Written after the build beside each language's "what is new" page."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..model import Manual
from ..provenance import CommitDates, RecordChange, record_changes
from ..render.changes import FEED, LIMIT
from ..settings import Settings
from ..urls import page_url, record_page


def atom_feed(
    manual: Manual, lang: str, changes: list[RecordChange], *, feed_url: str, site_url: str, output_dir: str
) -> str:
    """The feed of one language. `site_url` is the address of that language's site (absolute when the site has
    one, else relative to the feed); ids are `tag:` URIs, which need no site address."""
    title = manual.labels.get("changes_feed_title", lang)
    updated = (changes[0].changed if changes else "2008-09-01") + "T00:00:00Z"
    fallback = manual.fallback_order(lang)
    entries = []
    for change in changes[:LIMIT]:
        record = manual.records[change.record_id]
        prose = record.prose_for(lang, fallback)
        href = site_url + page_url(f"{output_dir}/{record_page(record.id)}", directory_urls=True)
        kind = "changes_new" if change.added == change.changed else "changes_changed"
        entries.append(
            "<entry>"
            f"<id>tag:migrationsleitbild,{change.added}:{lang}/{record.id}</id>"
            f"<title>{escape(prose.title)}</title>"
            f"<updated>{change.changed}T00:00:00Z</updated>"
            f'<link rel="alternate" type="text/html" href={quoteattr(href)}/>'
            f"<summary>{escape(manual.labels.get(kind, lang))}: {escape(prose.summary)}</summary>"
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">'
        f"<id>tag:migrationsleitbild,2008:{lang}/changes</id>"
        f"<title>{escape(title)}</title>"
        f"<updated>{updated}</updated>"
        "<author><name>Migrationsleitbild</name></author>"
        f'<link rel="self" href={quoteattr(feed_url)}/>' + "".join(entries) + "</feed>\n"
    )


def write_feeds(
    manual: Manual,
    settings: Settings,
    site_dir: Path,
    site_url: str | None,
    dates: CommitDates,
) -> None:
    """One Atom feed per language beside its "what is new" page."""
    for lang in manual.languages:
        prefix = settings.language_prefix(lang)
        folder = site_dir / prefix / settings.output_dir
        if not folder.is_dir():
            continue
        feed_url = f"{site_url.rstrip('/')}/{prefix}{settings.output_dir}/{FEED}" if site_url else FEED
        base = f"{site_url.rstrip('/')}/{prefix}" if site_url else "../"
        text = atom_feed(
            manual,
            lang,
            record_changes(manual, lang, dates),
            feed_url=feed_url,
            site_url=base,
            output_dir=settings.output_dir,
        )
        (folder / FEED).write_text(text, encoding="utf-8")
