"""Pieces of Markdown every generated page uses: front matter, prose with its cross-references, notices, cards."""

from __future__ import annotations

import json
import re

from ..checks.translation import OUTDATED, record_states_of
from ..collation import collation_key
from ..model import Labels, Prose, Record
from ..sources.sections import join_names
from ..sources.xref import CrossReference, replace_references
from ..urls import GLOSSARY, record_page
from .context import PageContext


def front_matter_block(title: str, description: str = "") -> str:
    """YAML front matter for a generated page."""
    lines = ["---", f"title: {yaml_scalar(title)}"]
    if description:
        lines.append(f"description: {yaml_scalar(plain_text(description))}")
    return "\n".join([*lines, "---", ""])


def yaml_scalar(text: str) -> str:
    """A text as a YAML double-quoted scalar: a JSON string is one, with every control character escaped."""
    return json.dumps(text, ensure_ascii=False)


_REFERENCE_TEXT = re.compile(r"\[\[(?:term:)?(?:[^\]|]+\|)?([^\]]+)\]\]")
_LINK_TEXT = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = str.maketrans("", "", "*_`")


def plain_text(markdown: str) -> str:
    """Markdown as plain text: link texts without their targets, no emphasis, whitespace collapsed."""
    text = _LINK_TEXT.sub(r"\1", _REFERENCE_TEXT.sub(r"\1", markdown)) if "[" in markdown else markdown
    return " ".join(text.split()).translate(_EMPHASIS)


def render_markdown(ctx: PageContext, markdown: str) -> str:
    """Prose with its cross-references replaced by links to records and glossary terms."""
    return replace_references(markdown, lambda ref: render_reference(ctx, ref))


def render_reference(ctx: PageContext, ref: CrossReference) -> str:
    """One cross-reference as a Markdown link with the target's title in the page's language."""
    if ref.namespace == "term":
        entry = ctx.manual.glossary[ref.target]
        own = entry.text_for(ctx.lang, ctx.manual.fallback_order(ctx.lang))
        text = ref.text or own.term
        tooltip = link_title(own.definition)
        return f'[{text}]({ctx.link(GLOSSARY, entry.id)} "{tooltip}"){{ .mm-term }}'
    record = ctx.manual.records[ref.target]
    return f"[{ref.text or ctx.prose(record).title}]({ctx.link(record_page(record.id))})"


def link_title(text: str) -> str:
    """A text as a link's tooltip: plain, without straight double quotes, at most 300 characters."""
    plain = plain_text(text).replace('"', "”")
    return plain if len(plain) <= 300 else plain[:297].rstrip() + "…"


def in_language(ctx: PageContext, prose: Prose, markdown: str, css_class: str = "") -> str:
    """Prose with its links; wrapped with its `lang` when it falls back, so screen readers pronounce it right."""
    rendered = render_markdown(ctx, markdown)
    attributes = (f' class="{css_class}"' if css_class else "") + (
        f' lang="{prose.lang}"' if prose.lang != ctx.lang else ""
    )
    return f"<div{attributes} markdown>\n\n{rendered}\n\n</div>" if attributes else rendered


def language_notice(labels: Labels, lang: str, *, kind: str, other_lang: str) -> str:
    """The warning, in `lang`, that a text is `untranslated` (shown in `other_lang`) or `outdated` (its source in
    `other_lang` changed since it was translated)."""
    text = labels.get(f"{kind}_text", lang, language=labels.get(f"language_{other_lang}", lang))
    return f'!!! warning "{labels.get(f"{kind}_title", lang)}"\n\n    {text}\n\n'


def untranslated_notice(ctx: PageContext, prose: Prose, record: Record | None = None) -> str:
    """The visible notice on a page whose text falls back to another language or whose translation is outdated."""
    if prose.lang == ctx.lang:
        return outdated_notice(ctx, record) if record else ""
    return language_notice(ctx.manual.labels, ctx.lang, kind="untranslated", other_lang=prose.lang)


def outdated_notice(ctx: PageContext, record: Record) -> str:
    """The notice on a record page whose translation was made from an older version of its source."""
    state = next((s for s in record_states_of(record) if s.lang == ctx.lang), None)
    if state is None or state.status != OUTDATED or state.source_lang is None:
        return ""
    return language_notice(ctx.manual.labels, ctx.lang, kind="outdated", other_lang=state.source_lang)


def pending_notice(ctx: PageContext) -> str:
    """The notice for a section the application leaves open."""
    title = ctx.taxonomy_label("adaptations", "pending")
    return f'!!! note "{title}"\n\n    {ctx.label("pending_text")}\n'


def pending_sections_notice(ctx: PageContext, sections: list[str]) -> str:
    """One "documentation pending" notice that names every optional section still without text."""
    title = ctx.taxonomy_label("adaptations", "pending")
    names = join_names(sections, ctx.label("and"))
    return f'!!! note "{title}"\n\n    {ctx.label("pending_sections", sections=names)}\n'


def sorted_records(ctx: PageContext, records: list[Record]) -> list[Record]:
    """Records in the kinds' order, then alphabetically by title in the page's language."""
    kinds = ctx.manual.taxonomy("kinds").ids()
    return sorted(records, key=lambda r: (kinds.index(r.facts.kind), collation_key(ctx.record_title(r))))


def record_cards(ctx: PageContext, records: list[Record]) -> str:
    """Material cards, one per record: title link, kind and summary."""
    if not records:
        return f"{ctx.label('facet_empty')}\n"
    items = []
    for record in sorted_records(ctx, records):
        prose = ctx.prose(record)
        kind = ctx.taxonomy_label("kinds", record.facts.kind)
        summary = plain_text(render_markdown(ctx, prose.summary))
        lang = f'{{ lang="{prose.lang}" }}' if prose.lang != ctx.lang else ""
        items.append(
            f"-   [**{prose.title}**]({ctx.link(record_page(record.id))}){lang}\n\n"
            f"    {kind}\n\n    ---\n\n    {summary}\n"
        )
    return '<div class="grid cards" markdown>\n\n' + "\n".join(items) + "\n</div>\n"
