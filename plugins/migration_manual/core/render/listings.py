"""Pages that list records: the overview, each facet's overview and value pages, the transfer matrix."""

from __future__ import annotations

from ..dates import readable_date
from ..facets import FACET_BY_TAXONOMY, FACETS, Facet, records_with
from ..model import PublicSource, Record
from ..sources.sections import join_names
from ..urls import CHANGES, GLOSSARY, MATRIX, OVERVIEW, PICTURES, ROADMAP, facet_page
from .context import PageContext
from .links import adaptation_badge, record_link
from .markdown import front_matter_block, record_cards, sorted_records


def render_at_a_glance(ctx: PageContext) -> str:
    """The project at a glance, computed from the data: cities, period, records, transfers and how many of them are
    documented, public sources and dated events."""
    manual = ctx.manual
    cities = manual.taxonomy("cities")
    transfers = [t for r in manual.records.values() for t in r.facts.transfers]
    documented = [t for t in transfers if t.adaptation != "pending"]
    sources = {str(s.url) for r in manual.records.values() for s in r.facts.sources if isinstance(s, PublicSource)}
    rows = [
        (ctx.label("glance_cities"), join_names([t.label(ctx.lang) for t in cities], ctx.label("and"))),
        (ctx.label("glance_records"), str(len(manual.records))),
        (
            ctx.label("glance_transfers"),
            ctx.label("glance_transfers_value", total=str(len(transfers)), documented=str(len(documented))),
        ),
        (ctx.label("glance_sources"), str(len(sources))),
    ]
    if manual.timeline is not None:
        period = manual.timeline.period
        start, end = readable_date(period.start, ctx.lang), readable_date(period.end, ctx.lang)
        rows.insert(1, (ctx.label("glance_period"), f"{start} – {end}"))
        if manual.timeline.events:
            rows.append((ctx.label("glance_events"), f"[{len(manual.timeline.events)}]({ctx.link(PICTURES)})"))
    items = "\n".join(f"{name}\n:   {value}\n" for name, value in rows)
    return f"## {ctx.label('glance_title')}\n\n" + f'<div class="mm-facts" markdown>\n\n{items}\n</div>\n\n'


def render_overview(ctx: PageContext) -> str:
    """The manual's entry page: a card per kind, then the ways to find records."""
    title = ctx.label("overview_title")
    kinds = FACET_BY_TAXONOMY["kinds"]
    all_facts = [r.facts for r in ctx.manual.records.values()]
    cards = []
    for term in ctx.manual.taxonomy("kinds"):
        count = len(records_with(kinds, term.id, all_facts))
        cards.append(
            f"-   [**{term.localized('plural', ctx.lang)}**]({ctx.link(facet_page(kinds, term.id))})\n\n"
            f"    ---\n\n    {term.localized('description', ctx.lang)}\n\n    {count} {ctx.label('records')}\n"
        )
    finders = [f"-   [{ctx.label(f.label + '_plural')}]({ctx.link(facet_page(f))})" for f in FACETS[1:]]
    finders += [f"-   [{ctx.label('roadmap_title')}]({ctx.link(ROADMAP)})"]
    finders += [f"-   [{ctx.label('changes_title')}]({ctx.link(CHANGES)})"]
    finders += [f"-   [{ctx.label('matrix_title')}]({ctx.link(MATRIX)})"]
    finders += [f"-   [{ctx.label('pictures_title')}]({ctx.link(PICTURES)})"]
    finders += [f"-   [{ctx.label('glossary_title')}]({ctx.link(GLOSSARY)})"]
    return (
        front_matter_block(title, ctx.label("overview_intro"))
        + f"# {title}\n\n{ctx.label('overview_intro')}\n\n"
        + render_at_a_glance(ctx)
        + '<div class="grid cards" markdown>\n\n'
        + "\n".join(cards)
        + "\n</div>\n\n"
        + f"## {ctx.label('find_by')}\n\n"
        + "\n".join(finders)
        + "\n"
    )


def render_facet_overview(ctx: PageContext, facet: Facet) -> str:
    """A facet's overview: each value with its description and the number of records carrying it."""
    title = ctx.label(facet.label + "_plural")
    all_facts = [r.facts for r in ctx.manual.records.values()]
    items = []
    for term in ctx.manual.taxonomy(facet.taxonomy):
        count = len(records_with(facet, term.id, all_facts))
        description = term.localized("description", ctx.lang)
        extra = f"\n\n    {description}" if description else ""
        items.append(
            f"-   [**{term.label(ctx.lang)}**]({ctx.link(facet_page(facet, term.id))})\n\n"
            f"    ---{extra}\n\n    {count} {ctx.label('records')}\n"
        )
    return (
        front_matter_block(title)
        + f"# {title}\n\n"
        + '<div class="grid cards" markdown>\n\n'
        + "\n".join(items)
        + "\n</div>\n"
    )


def render_facet_page(ctx: PageContext, facet: Facet, value: str) -> str:
    """The records carrying one facet value; for cities split into 'from' and 'to' the city."""
    term = ctx.manual.taxonomy(facet.taxonomy)[value]
    title = f"{ctx.label(facet.label)}: {term.label(ctx.lang)}"
    description = term.localized("description", ctx.lang)
    head = front_matter_block(title, description) + f"# {title}\n\n" + (f"{description}\n\n" if description else "")
    back = f"[{ctx.label(facet.label + '_plural')}]({ctx.link(facet_page(facet))}) · "
    back += f"[{ctx.label('all_records')}]({ctx.link(OVERVIEW)})\n\n"
    records = list(ctx.manual.records.values())
    if facet.slug != "city":
        chosen = [r for r in records if value in facet.values_of(r.facts)]
        return head + back + record_cards(ctx, chosen)
    origin = [r for r in records if value in r.facts.origin]
    target = [r for r in records if value in (t.to for t in r.facts.transfers)]
    name = term.label(ctx.lang)
    return (
        head
        + back
        + f"## {ctx.label('city_origin_of', city=name)}\n\n{record_cards(ctx, origin)}\n"
        + f"## {ctx.label('city_target_of', city=name)}\n\n{record_cards(ctx, target)}"
    )


def render_matrix(ctx: PageContext) -> str:
    """Records × cities, each cell naming the origin or the adaptation kind."""
    title = ctx.label("matrix_title")
    cities = list(ctx.manual.taxonomy("cities"))
    header = f"| {ctx.label('record')} | {ctx.label('kind')} | " + " | ".join(c.label(ctx.lang) for c in cities) + " |"
    rule = "| --- | --- | " + " | ".join("---" for _ in cities) + " |"
    rows = [header, rule]
    for record in sorted_records(ctx, list(ctx.manual.records.values())):
        cells = [_matrix_cell(ctx, record, city.id) for city in cities]
        kind = ctx.taxonomy_label("kinds", record.facts.kind)
        rows.append(f"| {record_link(ctx, record.id)} | {kind} | " + " | ".join(cells) + " |")
    return (
        front_matter_block(title, ctx.label("matrix_intro"))
        + f"# {title}\n\n{ctx.label('matrix_intro')}\n\n"
        + f'<div class="mm-matrix" markdown>\n\n{chr(10).join(rows)}\n\n'
        + f'{{ aria-label="{ctx.label("matrix_caption")}" }}\n\n</div>\n'
    )


def _matrix_cell(ctx: PageContext, record: Record, city: str) -> str:
    if city in record.facts.origin:
        return f"**{ctx.label('origin_badge')}**"
    transfer = next((t for t in record.facts.transfers if t.to == city), None)
    return adaptation_badge(ctx, transfer.adaptation) if transfer else "–"
