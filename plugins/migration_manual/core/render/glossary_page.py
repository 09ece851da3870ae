"""The German–Dutch glossary page: each term with its counterparts, definition, warnings and sources."""

from __future__ import annotations

from textwrap import indent

from ..collation import collation_key
from ..model import GlossaryEntry
from .context import PageContext
from .links import render_source
from .markdown import front_matter_block, render_markdown


def render_glossary(ctx: PageContext) -> str:
    """The German–Dutch glossary: each term with its counterpart, definition and false-friend warning."""
    title = ctx.label("glossary_title")
    order = ctx.manual.fallback_order(ctx.lang)
    entries = sorted(ctx.manual.glossary.values(), key=lambda e: collation_key(e.text_for(ctx.lang, order).term))
    body = "\n".join(render_glossary_entry(ctx, entry) for entry in entries)
    return (
        front_matter_block(title, ctx.label("glossary_intro")) + f"# {title}\n\n{ctx.label('glossary_intro')}\n\n{body}"
    )


def render_glossary_entry(ctx: PageContext, entry: GlossaryEntry) -> str:
    """One glossary entry with an anchor equal to its id."""
    own_lang = next(lang for lang in (ctx.lang, *ctx.manual.fallback_order(ctx.lang)) if lang in entry.texts)
    own = entry.texts[own_lang]
    others = [
        f"{ctx.label(f'language_{lang}')}: **{entry.texts[lang].term}**{{ lang={lang} }}"
        for lang in ctx.manual.languages
        if lang not in (ctx.lang, own_lang) and lang in entry.texts
    ]
    # A language the glossary does not have yet shows the default language's text, marked with its language.
    marked = f" lang={own_lang}" if own_lang != ctx.lang else ""
    definition = render_markdown(ctx, own.definition)
    if marked:
        definition = f'<div lang="{own_lang}" markdown>\n\n{definition}\n\n</div>'
    parts = [
        f"## {own.term} {{ #{entry.id}{marked} }}\n",
        " · ".join(others) + "\n",
        definition + "\n",
    ]
    warning = "false_friend" if entry.facts.false_friend else "not_equivalent" if entry.facts.not_equivalent else ""
    if warning:
        note = indent(render_markdown(ctx, own.note or ""), "    ")
        parts.append(f'!!! warning "{ctx.label(warning)}"\n\n{note}\n')
    elif own.note:
        parts.append(f'!!! note "{ctx.label("glossary_note")}"\n\n{indent(render_markdown(ctx, own.note), "    ")}\n')
    if entry.facts.sources:
        sources = "; ".join(render_source(ctx, source) for source in entry.facts.sources)
        parts.append(f"{ctx.label('sources')}: {sources}\n{{ .mm-sources }}\n")
    return "\n".join(parts)
