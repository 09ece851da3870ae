"""Links every generated page uses: to records, to facet values, adaptation badges, and sources."""

from __future__ import annotations

from ..dates import readable_date
from ..facets import FACET_BY_TAXONOMY
from ..model import ApplicationSource, PublicSource, Source
from ..urls import facet_page, record_page
from .context import PageContext


def facet_link(ctx: PageContext, taxonomy: str, value: str) -> str:
    """A facet value's label, linked to its facet page."""
    facet = FACET_BY_TAXONOMY[taxonomy]
    return f"[{ctx.taxonomy_label(taxonomy, value)}]({ctx.link(facet_page(facet, value))})"


def adaptation_badge(ctx: PageContext, adaptation: str) -> str:
    """The adaptation kind as a badge: its symbol (hidden from screen readers) and its label, linked."""
    term = ctx.manual.taxonomy("adaptations")[adaptation]
    facet = FACET_BY_TAXONOMY["adaptations"]
    symbol = term.extra.get("symbol", "")
    text = f'<span aria-hidden="true">{symbol}</span> {term.label(ctx.lang)}' if symbol else term.label(ctx.lang)
    return f"[{text}]({ctx.link(facet_page(facet, adaptation))}){{ .mm-badge .mm-badge--{adaptation} }}"


def record_link(ctx: PageContext, record_id: str) -> str:
    """A record's title in the page's language, linked to its page."""
    record = ctx.manual.records[record_id]
    return f"[{ctx.record_title(record)}]({ctx.link(record_page(record_id))})"


def render_source(ctx: PageContext, source: Source) -> str:
    """One source as a line of Markdown."""
    if isinstance(source, ApplicationSource):
        section = ctx.manual.taxonomy("application")[source.application]
        number = "" if not source.application[:1].isdigit() else f"{ctx.label('section')} {source.application}: "
        return f"{ctx.label('application')}, {number}{section.label(ctx.lang)}"
    assert isinstance(source, PublicSource)
    when = readable_date(source.date, ctx.lang) if source.date else source.year
    details = ", ".join(str(x) for x in (source.publisher, when) if x)
    line = f"[{source.title}]({source.url})" + (f", {details}" if details else "")
    if source.mirror:  # a copy on a third-party site: say where it is read, the original is the publisher's
        line += f" ({ctx.label('source_mirror', host=source.url.host or '')})"
    return line
