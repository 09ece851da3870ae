"""The pictures page: each picture with the same information as text, folded below it."""

from __future__ import annotations

from .. import pictures
from ..collation import collation_key
from ..dates import date_sort_key, readable_date
from ..facets import FACET_BY_TAXONOMY
from .context import PageContext
from .links import adaptation_badge, record_link, render_source
from .markdown import front_matter_block


def figure(svg: str, alternative: str, summary: str) -> str:
    """A picture and, folded below it, the same information as text."""
    details = "\n".join(f"    {line}" if line else "" for line in alternative.splitlines())
    return f'<figure class="mm-figure">\n{svg}\n</figure>\n\n??? info "{summary}"\n\n{details}\n'


def organigram_figure(ctx: PageContext) -> str:
    """The committees and units with their relations, and the relations as a list."""
    titles = ctx.titles()
    svg = pictures.render_organigram(ctx.manual, ctx.lang, ctx.url, titles)
    relations = ctx.manual.taxonomy("relations")
    lines = []
    for record in sorted(
        (r for r in ctx.manual.records.values() if r.facts.kind == "structure"), key=lambda r: titles[r.id]
    ):
        links = [
            f"{relations[r.type].label(ctx.lang)}: {record_link(ctx, r.target)}"
            for r in record.facts.relations
            if r.target in ctx.manual.records and ctx.manual.records[r.target].facts.kind == "structure"
        ]
        lines.append(f"- {record_link(ctx, record.id)}" + (f" — {'; '.join(links)}" if links else ""))
    return figure(svg, "\n".join(lines), ctx.label("as_table"))


def value_matrix_figure(ctx: PageContext, taxonomy: str) -> str:
    """Records × fields of action (or target groups), and the same as a table."""
    title_key = {"fields": "fieldmatrix_title", "target_groups": "groupmatrix_title"}[taxonomy]
    ident = {"fields": "mm-field-matrix", "target_groups": "mm-group-matrix"}[taxonomy]
    titles = ctx.titles()
    svg = pictures.render_value_matrix(
        ctx.manual,
        ctx.lang,
        ctx.url,
        titles,
        taxonomy=taxonomy,
        ident=ident,
        title=ctx.label(title_key),
    )
    facet = FACET_BY_TAXONOMY[taxonomy]
    rows = [f"| {ctx.label('record')} | {ctx.label(facet.label + '_plural')} |", "| --- | --- |"]
    for record in sorted(ctx.manual.records.values(), key=lambda r: collation_key(titles[r.id])):
        values = ", ".join(ctx.taxonomy_label(taxonomy, v) for v in facet.values_of(record.facts)) or "–"
        rows.append(f"| {record_link(ctx, record.id)} | {values} |")
    return figure(svg, "\n".join(rows), ctx.label("as_table"))


def timeline_figure(ctx: PageContext) -> str:
    """The project's course, and the same as a list."""
    timeline = ctx.manual.timeline
    if timeline is None:
        return ""
    titles = ctx.titles()
    svg = pictures.render_timeline(ctx.manual, ctx.lang, ctx.url, titles)
    lines = []
    for lane in timeline.lanes:
        for bar in lane.bars:
            years = ", ".join(ctx.label("project_year", n=str(n)) for n in range(bar.years[0], bar.years[1] + 1))
            lines.append(
                f"- {lane.labels[ctx.lang]}, {years}: {bar.labels[ctx.lang]} ({ctx.label('application')}, {bar.source})"
            )
    undated = ", ".join(record_link(ctx, item.record) for item in timeline.undated.items)
    lines.append(f"- {timeline.undated.labels[ctx.lang]}: {undated}")
    return figure(svg, "\n".join(lines), ctx.label("as_table"))


def timeline_events(ctx: PageContext) -> str:
    """The dated events that public sources document, as a table beside the application's plan."""
    timeline = ctx.manual.timeline
    if timeline is None or not timeline.events:
        return ""
    rows = [
        f"| {ctx.label('event_number')} | {ctx.label('event_date')} | {ctx.label('event')} | {ctx.label('record')} "
        f"| {ctx.label('sources')} |",
        "| --- | --- | --- | --- | --- |",
    ]
    for number, event in enumerate(sorted(timeline.events, key=lambda e: date_sort_key(e.date)), start=1):
        record = record_link(ctx, event.record) if event.record else "–"
        label = event.labels[ctx.lang].replace("|", "\\|")
        source = render_source(ctx, event.source).replace("|", "\\|")
        rows.append(f"| {number} | {readable_date(event.date, ctx.lang)} | {label} | {record} | {source} |")
    return (
        f"### {ctx.label('timeline_events_title')}\n\n{ctx.label('timeline_events_intro')}\n\n" + "\n".join(rows) + "\n"
    )


def transfer_map_figure(ctx: PageContext) -> str:
    """Transfers between the cities with direction and adaptation kind, and the same as a table."""
    titles = ctx.titles()
    svg = pictures.render_transfer_map(ctx.manual, ctx.lang, ctx.url, titles)
    cities = ctx.manual.taxonomy("cities")
    rows = [
        f"| {ctx.label('record')} | {ctx.label('origin')} | {ctx.label('transferred_to')} | {ctx.label('adaptation')} |"
    ]
    rows.append("| --- | --- | --- | --- |")
    for record, origin, target, adaptation in pictures.transfers_between(ctx.manual):
        city_from, city_to = cities[origin].label(ctx.lang), cities[target].label(ctx.lang)
        rows.append(
            f"| {record_link(ctx, record.id)} | {city_from} | {city_to} | {adaptation_badge(ctx, adaptation)} |"
        )
    return figure(svg, "\n".join(rows), ctx.label("as_table"))


def render_pictures_page(ctx: PageContext) -> str:
    """All four pictures on one page."""
    title = ctx.label("pictures_title")
    sections = [
        (ctx.label("organigram_title"), organigram_figure(ctx)),
        (ctx.label("fieldmatrix_title"), value_matrix_figure(ctx, "fields")),
        (ctx.label("groupmatrix_title"), value_matrix_figure(ctx, "target_groups")),
        (ctx.label("timeline_title"), "\n".join(part for part in (timeline_figure(ctx), timeline_events(ctx)) if part)),
        (ctx.label("transfermap_title"), transfer_map_figure(ctx)),
    ]
    body = "\n".join(f"## {heading}\n\n{content}" for heading, content in sections if content)
    return (
        front_matter_block(title, ctx.label("pictures_intro")) + f"# {title}\n\n{ctx.label('pictures_intro')}\n\n{body}"
    )
