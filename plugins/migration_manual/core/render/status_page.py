"""The translation status page: every record and hand-written page, one column per language."""

from __future__ import annotations

from ..checks.translation import record_states
from .context import PageContext
from .links import record_link
from .markdown import front_matter_block


def render_status(ctx: PageContext) -> str:
    """The translation status of every record and hand-written page, one column per language."""
    title = ctx.label("status_title")
    languages = ctx.manual.languages
    header = f"| {ctx.label('status_item')} | " + " | ".join(ctx.label(f"language_{lang}") for lang in languages) + " |"
    rows = [header, "| --- |" + " --- |" * len(languages)]
    states = [*record_states(ctx.manual.records.values(), ctx.manual.languages), *ctx.page_states]
    cells: dict[str, dict[str, str]] = {}
    for state in states:
        cells.setdefault(state.item, {})[state.lang] = ctx.label(f"status_{state.status}")
    for item, by_lang in cells.items():
        name = record_link(ctx, item) if item in ctx.manual.records else f"`{item}`"
        rows.append(f"| {name} | " + " | ".join(by_lang.get(lang, "") for lang in languages) + " |")
    return (
        front_matter_block(title, ctx.label("status_intro"))
        + f"# {title}\n\n{ctx.label('status_intro')}\n\n"
        + "\n".join(rows)
        + "\n"
    )
