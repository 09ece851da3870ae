"""The page of one record: summary, facts, sections, origin and adaptations side by side, relations, sources."""

from __future__ import annotations

import re
from collections import defaultdict

from markdown.extensions.toc import slugify

from ..dates import readable_date
from ..model import Period, Prose, Record
from ..sources.sections import join_names
from ..urls import RECORD_PAGES, record_image
from .context import PageContext
from .links import adaptation_badge, facet_link, record_link, render_source
from .markdown import front_matter_block, in_language, pending_notice, pending_sections_notice, untranslated_notice


def render_record_page(ctx: PageContext, record: Record) -> str:
    """The page of one record: summary, facts, context, origin and adaptations side by side, relations, sources."""
    prose = ctx.prose(record)
    title_attr = f' {{ lang="{prose.lang}" }}' if prose.lang != ctx.lang else ""
    body = [*render_sections(ctx, record, prose), render_relations(ctx, record), render_sources(ctx, record)]
    parts = [
        front_matter_block(prose.title, prose.summary),
        f"# {prose.title}{title_attr}\n",
        untranslated_notice(ctx, prose, record),
        in_language(ctx, prose, prose.summary, "mm-lead") + "\n",
        render_facts(ctx, record),
        page_contents(ctx, body),
        *body,
    ]
    return "\n".join(part for part in parts if part)


def page_contents(ctx: PageContext, parts: list[str]) -> str:
    """The page's own table of contents (its level-2 headings), for narrow screens: the theme shows its table of
    contents there only for pages in the navigation, and record pages are reached from the overviews instead."""
    headings = [line[3:].strip() for part in parts for line in part.splitlines() if line.startswith("## ")]
    items = "\n".join(f"- [{heading}](#{slugify(heading, '-')})" for heading in headings)
    label = ctx.label("page_toc")
    return f'<nav class="mm-page-toc" aria-label="{label}" markdown>\n\n**{label}**\n\n{items}\n\n</nav>\n'


def _section_term_label(ctx: PageContext, key: str, **values: str) -> str:
    return ctx.manual.taxonomy("sections")[key].label(ctx.lang).format(**values)


def render_sections(ctx: PageContext, record: Record, prose: Prose) -> list[str]:
    """The sections in the order of `taxonomies/sections.yml`: origin and adaptations side by side where `origin`
    stands; a required section without text shows "documentation pending" under its heading, and the optional
    sections still to be documented are named together in one notice after the last section."""
    parts: list[str] = []
    pending: list[str] = []
    for term in ctx.manual.taxonomy("sections"):
        if term.extra.get("per_target"):
            continue  # the adaptations are columns beside the origin
        if term.id == "origin":
            parts.append(render_transfer(ctx, record, prose))
            continue
        heading = term.label(ctx.lang)
        text = with_record_images(record, prose.sections.get(term.id, "").strip())
        if text:
            parts.append(f"## {heading}\n\n" + in_language(ctx, prose, text) + "\n")
        elif term.extra.get("required"):
            parts.append(f"## {heading}\n\n" + pending_notice(ctx))
        elif term.extra.get("when_missing") != "omit":
            pending.append(heading)
    if pending:
        parts.append(pending_sections_notice(ctx, pending))
    return parts


def with_record_images(record: Record, markdown: str) -> str:
    """Point the prose's images (a file name of the record's folder, inline or in a reference definition) to
    where the page's images are written: beside the page, in a folder named after the record."""
    for name in record.images:
        target = record_image(record.id, name).removeprefix(f"{RECORD_PAGES}/")
        markdown = re.sub(
            rf"(\]\(\s*<?|^[ ]{{0,3}}\[[^\]]+\]:\s*<?){re.escape(name)}(?=[>\s)]|$)",
            rf"\g<1>{target}",
            markdown,
            flags=re.M,
        )
    return markdown


def render_facts(ctx: PageContext, record: Record) -> str:
    """The language-neutral facts as a definition list whose values link to the facet pages."""
    facts = record.facts
    rows = [
        (ctx.label("kind"), [facet_link(ctx, "kinds", facts.kind)]),
        (ctx.label("origin"), [facet_link(ctx, "cities", c) for c in facts.origin]),
        (ctx.label("transferred_to"), [_transfer_link(ctx, t.to, t.adaptation) for t in facts.transfers]),
        (ctx.label("phases"), [facet_link(ctx, "phases", p) for p in facts.phases]),
        (ctx.label("fields"), [facet_link(ctx, "fields", f) for f in facts.fields_of_action]),
        (ctx.label("target_groups"), [facet_link(ctx, "target_groups", g) for g in facts.target_groups]),
        (ctx.label("committees"), [record_link(ctx, c) for c in facts.committees]),
    ]
    if facts.period is not None:  # only where a source dates it; no "none" row for the others
        rows.append((ctx.label("period"), [render_period(ctx, facts.period)]))
    items = [f"{name}\n:   {', '.join(values) if values else ctx.label('none')}\n" for name, values in rows]
    return f'<div class="mm-facts" markdown>\n\n{chr(10).join(items)}\n</div>\n'


def render_period(ctx: PageContext, period: Period) -> str:
    """When the practice ran, at the precision its source gives: "2005 – November 2011", "seit 2008"."""
    start = readable_date(period.start, ctx.lang)
    if period.end:
        return f"{start} – {readable_date(period.end, ctx.lang)}"
    return ctx.label("period_ongoing" if period.ongoing else "period_from", start=start)


def _transfer_link(ctx: PageContext, city: str, adaptation: str) -> str:
    return f"{facet_link(ctx, 'cities', city)} ({adaptation_badge(ctx, adaptation)})"


def render_transfer(ctx: PageContext, record: Record, prose: Prose) -> str:
    """The origin practice and each city's adaptation, side by side, each with its adaptation kind."""
    cities = ctx.manual.taxonomy("cities")
    names = join_names([cities[c].label(ctx.lang) for c in record.facts.origin], ctx.label("and"))
    origin_badge = f'<span class="mm-badge mm-badge--origin">{ctx.label("origin_badge")}</span>'
    columns = [
        _city_column(
            ctx, record, prose, _section_term_label(ctx, "origin", cities=names), origin_badge, "origin", "origin"
        )
    ]
    for transfer in record.facts.transfers:
        heading = _section_term_label(ctx, "adaptation", city=cities[transfer.to].label(ctx.lang))
        key = f"adaptation:{transfer.to}"
        columns.append(
            _city_column(ctx, record, prose, heading, adaptation_badge(ctx, transfer.adaptation), key, "target")
        )
    joint = len(record.facts.origin) > 1
    note = "" if record.facts.transfers else f"{ctx.label('no_transfer' if joint else 'no_transfer_single')}\n\n"
    body = "\n".join(columns)
    return f'## {ctx.label("transfer")}\n\n{note}<div class="mm-transfer" markdown>\n\n{body}\n</div>\n'


def _city_column(ctx: PageContext, record: Record, prose: Prose, heading: str, badge: str, key: str, role: str) -> str:
    text = with_record_images(record, prose.sections.get(key, "").strip())
    body = in_language(ctx, prose, text) if text else pending_notice(ctx)
    return f'<section class="mm-city mm-city--{role}" markdown>\n\n### {heading}\n\n{badge}\n\n{body}\n\n</section>\n'


def render_relations(ctx: PageContext, record: Record) -> str:
    """Typed relations of the record and the automatic backlinks of others to it."""
    relations = ctx.manual.taxonomy("relations")
    grouped: dict[str, list[str]] = defaultdict(list)
    for relation in record.facts.relations:
        grouped[relations[relation.type].label(ctx.lang)].append(record_link(ctx, relation.target))
    for backlink in ctx.backlinks.get(record.id, []):
        if backlink.how in relations:
            grouped[relations[backlink.how].localized("inverse", ctx.lang)].append(record_link(ctx, backlink.source))
    mentions = _unique(b.source for b in ctx.backlinks.get(record.id, []) if b.how in ("mention", "committee"))
    out = [f"## {ctx.label('relations')}\n"]
    out += [f"{label}\n:   {', '.join(_unique(links))}\n" for label, links in grouped.items()]
    if mentions:
        out.append(f"{ctx.label('referenced_by')}\n:   {', '.join(record_link(ctx, m) for m in mentions)}\n")
    if len(out) == 1:
        out.append(f"{ctx.label('none')}\n")
    return f'<div class="mm-relations" markdown>\n\n{chr(10).join(out)}\n</div>\n'


def _unique(items: object) -> list[str]:
    return list(dict.fromkeys(items))  # type: ignore[call-overload]


def render_sources(ctx: PageContext, record: Record) -> str:
    """The record's sources: sections of the application and public sources."""
    items = [f"- {render_source(ctx, source)}" for source in record.facts.sources]
    return f"## {ctx.label('sources')}\n\n" + "\n".join(items) + "\n"
