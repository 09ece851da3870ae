"""What is new: the records added or changed, newest first, with their dates from git, and the link to the Atom
feed of the page's language (written after the build by `core.site.feed`)."""

from __future__ import annotations

from ..dates import readable_date
from .context import PageContext
from .links import record_link
from .markdown import front_matter_block

FEED = "feed.xml"
"""The Atom feed's file name, in the generated folder's place in each language's site."""
LIMIT = 60
"""Entries on the page and in the feed."""


def render_changes(ctx: PageContext) -> str:
    """The records by their last change, each marked new when it was added on that day."""
    title = ctx.label("changes_title")
    head = front_matter_block(title, ctx.label("changes_intro")) + f"# {title}\n\n{ctx.label('changes_intro')}\n\n"
    feed = f'<p><a href="{FEED}" type="application/atom+xml">{ctx.label("changes_feed")}</a></p>\n\n'
    if not ctx.changes:
        return head + ctx.label("changes_none") + "\n"
    rows = [f"| {ctx.label('event_date')} | {ctx.label('record')} | |", "| --- | --- | --- |"]
    for change in ctx.changes[:LIMIT]:
        what = ctx.label("changes_new") if change.added == change.changed else ctx.label("changes_changed")
        rows.append(f"| {readable_date(change.changed, ctx.lang)} | {record_link(ctx, change.record_id)} | {what} |")
    return head + feed + "\n".join(rows) + "\n"
