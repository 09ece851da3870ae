"""Render the manual into Markdown pages, one file per page and language (`records/x.de.md`, `records/x.nl.md`).

Every function here is pure: it takes the loaded manual and returns text. Links between generated pages are
relative `.md` links without a language suffix; mkdocs-static-i18n resolves them to the page of the same language.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial

from . import pictures
from .collation import collation_key
from .facets import FACETS, Facet, records_with
from .loader import Manual, join_names
from .model import ApplicationSource, GlossaryEntry, Prose, PublicSource, Record, Source
from .taxonomy import Labels
from .translation import OUTDATED, TranslationState, record_states, record_states_of
from .xref import CrossReference, find_references, replace_references

RECORDS = "records"
OVERVIEW = "index.md"
MATRIX = "matrix.md"
GLOSSARY = "glossary.md"
STATUS = "status.md"
PICTURES = "pictures.md"


def record_path(record_id: str) -> str:
    """Path of a record's page, relative to the generated folder."""
    return f"{RECORDS}/{record_id}.md"


def facet_path(facet: Facet, value: str | None = None) -> str:
    """Path of a facet's overview (no value) or of one value's page."""
    return f"{facet.slug}/{value or 'index'}.md"


def relative_link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative Markdown link target from one page path to another (both relative to the docs folder)."""
    target = _relative_path(to_page, posixpath.dirname(from_page))
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=65536)
def _relative_path(to_page: str, from_folder: str) -> str:
    # Cached: pages of one folder link to the same few hundred targets, and relpath is slow.
    # Anchored at "/" so that the result never depends on the working directory.
    return posixpath.relpath("/" + to_page, "/" + from_folder)


@dataclass(frozen=True)
class Backlink:
    """A record that points at another one, and how (relation type, `committee` or `mention`)."""

    source: str
    how: str


@dataclass
class PageContext:
    """What every renderer needs: the manual, the language, the page's own path and the backlink index."""

    manual: Manual
    lang: str
    path: str
    """The page's own path, relative to the docs folder."""
    base: str
    """The generated folder, relative to the docs folder."""
    backlinks: dict[str, list[Backlink]] = field(default_factory=dict)
    page_states: list[TranslationState] = field(default_factory=list)
    """Translation states of the hand-written pages, for the status page."""
    fallbacks: tuple[str, ...] = field(init=False)
    """Languages to show a record's prose in when it has none in the page's language, in order."""

    def __post_init__(self) -> None:
        # Asked for once per record mentioned: computed once per page.
        self.fallbacks = self.manual.fallback_order(self.lang)

    def label(self, key: str, **values: str) -> str:
        """An interface text in the page's language."""
        return self.manual.labels.get(key, self.lang, **values)

    def term(self, taxonomy: str, term_id: str) -> str:
        """A taxonomy label in the page's language."""
        return self.manual.taxonomy(taxonomy)[term_id].label(self.lang)

    def link(self, to_page: str, anchor: str = "") -> str:
        """Relative link from this page to a generated page (given relative to the generated folder)."""
        return relative_link(self.path, f"{self.base}/{to_page}" if self.base else to_page, anchor)

    def prose(self, record: Record) -> Prose:
        """The record's prose in the page's language, or its fallback."""
        return record.prose_for(self.lang, self.fallbacks)


def render_pages(manual: Manual, *, base: str, page_states: list[TranslationState] | None = None) -> dict[str, str]:
    """All generated pages of all languages, for the folder `base` under docs: file name with language suffix
    (relative to `base`) → Markdown. `page_states` adds the hand-written pages to the translation status page."""
    backlinks = build_backlinks(manual)
    pages: dict[str, str] = {}
    for lang in manual.languages:
        for path, render in _page_renderers(manual):
            ctx = PageContext(manual, lang, posixpath.join(base, path), base, backlinks, page_states or [])
            pages[_with_language(path, lang)] = render(ctx)
    return pages


def _with_language(path: str, lang: str) -> str:
    stem, ext = posixpath.splitext(path)
    return f"{stem}.{lang}{ext}"


Renderer = Callable[["PageContext"], str]


def _page_renderers(manual: Manual) -> list[tuple[str, Renderer]]:
    renderers: list[tuple[str, Renderer]] = [
        (OVERVIEW, render_overview),
        (MATRIX, render_matrix),
        (GLOSSARY, render_glossary),
        (STATUS, render_status),
        (PICTURES, render_pictures_page),
    ]
    for record in manual.records.values():
        renderers.append((record_path(record.id), partial(render_record_page, record=record)))
    for facet in FACETS:
        renderers.append((facet_path(facet), partial(render_facet_overview, facet=facet)))
        for value in manual.taxonomy(facet.taxonomy).ids():
            renderers.append((facet_path(facet, value), partial(render_facet_page, facet=facet, value=value)))
    return renderers


# --- shared pieces ---------------------------------------------------------------------------------------------


def front_matter(title: str, description: str = "") -> str:
    """YAML front matter for a generated page."""
    lines = ["---", f"title: {_yaml_text(title)}"]
    if description:
        lines.append(f"description: {_yaml_text(_plain(description))}")
    return "\n".join([*lines, "---", ""])


def _yaml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


_REFERENCE_TEXT = re.compile(r"\[\[(?:term:)?(?:[^\]|]+\|)?([^\]]+)\]\]")
_LINK_TEXT = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = str.maketrans("", "", "*_`")


def _plain(markdown: str) -> str:
    text = _LINK_TEXT.sub(r"\1", _REFERENCE_TEXT.sub(r"\1", markdown)) if "[" in markdown else markdown
    return " ".join(text.split()).translate(_EMPHASIS)


def render_markdown(ctx: PageContext, markdown: str) -> str:
    """Prose with its cross-references replaced by links to records and glossary terms."""
    return replace_references(markdown, lambda ref: render_reference(ctx, ref))


def render_reference(ctx: PageContext, ref: CrossReference) -> str:
    """One cross-reference as a Markdown link with the target's title in the page's language."""
    if ref.namespace == "term":
        entry = ctx.manual.glossary[ref.target]
        text = ref.text or entry.texts[ctx.lang].term
        tooltip = _link_title(entry.texts[ctx.lang].definition)
        return f'[{text}]({ctx.link(GLOSSARY, entry.id)} "{tooltip}"){{ .mm-term }}'
    record = ctx.manual.records[ref.target]
    return f"[{ref.text or ctx.prose(record).title}]({ctx.link(record_path(record.id))})"


def _link_title(text: str) -> str:
    plain = _plain(text).replace('"', "”")
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
    title = ctx.term("adaptations", "pending")
    return f'!!! note "{title}"\n\n    {ctx.label("pending_text")}\n'


def record_title(ctx: PageContext, record: Record) -> str:
    """A record's title in the page's language (or its fallback)."""
    return ctx.prose(record).title


def sorted_records(ctx: PageContext, records: list[Record]) -> list[Record]:
    """Records in the kinds' order, then alphabetically by title in the page's language."""
    kinds = ctx.manual.taxonomy("kinds").ids()
    return sorted(records, key=lambda r: (kinds.index(r.facts.kind), collation_key(record_title(ctx, r))))


def record_cards(ctx: PageContext, records: list[Record]) -> str:
    """Material cards, one per record: title link, kind and summary."""
    if not records:
        return f"{ctx.label('facet_empty')}\n"
    items = []
    for record in sorted_records(ctx, records):
        prose = ctx.prose(record)
        kind = ctx.term("kinds", record.facts.kind)
        summary = _plain(render_markdown(ctx, prose.summary))
        lang = f'{{ lang="{prose.lang}" }}' if prose.lang != ctx.lang else ""
        items.append(
            f"-   [**{prose.title}**]({ctx.link(record_path(record.id))}){lang}\n\n"
            f"    {kind}\n\n    ---\n\n    {summary}\n"
        )
    return '<div class="grid cards" markdown>\n\n' + "\n".join(items) + "\n</div>\n"


# --- record page -------------------------------------------------------------------------------------------------


def render_record_page(ctx: PageContext, record: Record) -> str:
    """The page of one record: summary, facts, context, origin and adaptations side by side, relations, sources."""
    prose = ctx.prose(record)
    title_attr = f' {{ lang="{prose.lang}" }}' if prose.lang != ctx.lang else ""
    parts = [
        front_matter(prose.title, prose.summary),
        f"# {prose.title}{title_attr}\n",
        untranslated_notice(ctx, prose, record),
        in_language(ctx, prose, prose.summary, "mm-lead") + "\n",
        render_facts(ctx, record),
        _section(ctx, record, prose, "context"),
        render_transfer(ctx, record, prose),
        *(_section(ctx, record, prose, key) for key in ("preconditions", "transferability", "recommendations")),
        _section(ctx, record, prose, "results"),
        render_relations(ctx, record),
        render_sources(ctx, record),
    ]
    return "\n".join(part for part in parts if part)


def _section_term_label(ctx: PageContext, key: str, **values: str) -> str:
    return ctx.manual.taxonomy("sections")[key].label(ctx.lang).format(**values)


def _section(ctx: PageContext, record: Record, prose: Prose, key: str) -> str:
    term = ctx.manual.taxonomy("sections")[key]
    heading = f"## {term.label(ctx.lang)}\n"
    text = prose.sections.get(key, "").strip()
    if text:
        return heading + "\n" + in_language(ctx, prose, text) + "\n"
    if term.extra.get("when_missing") == "omit":
        return ""
    return heading + "\n" + pending_notice(ctx)


def render_facts(ctx: PageContext, record: Record) -> str:
    """The language-neutral facts as a definition list whose values link to the facet pages."""
    facts = record.facts
    rows = [
        (ctx.label("kind"), [_facet_link(ctx, "kinds", facts.kind)]),
        (ctx.label("origin"), [_facet_link(ctx, "cities", c) for c in facts.origin]),
        (ctx.label("transferred_to"), [_transfer_link(ctx, t.to, t.adaptation) for t in facts.transfers]),
        (ctx.label("phases"), [_facet_link(ctx, "phases", p) for p in facts.phases]),
        (ctx.label("fields"), [_facet_link(ctx, "fields", f) for f in facts.fields_of_action]),
        (ctx.label("target_groups"), [_facet_link(ctx, "target_groups", g) for g in facts.target_groups]),
        (ctx.label("committees"), [_record_link(ctx, c) for c in facts.committees]),
    ]
    items = [f"{name}\n:   {', '.join(values) if values else ctx.label('none')}\n" for name, values in rows]
    return f'<div class="mm-facts" markdown>\n\n{chr(10).join(items)}\n</div>\n'


def _facet_link(ctx: PageContext, taxonomy: str, value: str) -> str:
    facet = next(f for f in FACETS if f.taxonomy == taxonomy)
    return f"[{ctx.term(taxonomy, value)}]({ctx.link(facet_path(facet, value))})"


def _transfer_link(ctx: PageContext, city: str, adaptation: str) -> str:
    return f"{_facet_link(ctx, 'cities', city)} ({_adaptation_badge(ctx, adaptation)})"


def _adaptation_badge(ctx: PageContext, adaptation: str) -> str:
    term = ctx.manual.taxonomy("adaptations")[adaptation]
    facet = next(f for f in FACETS if f.taxonomy == "adaptations")
    symbol = term.extra.get("symbol", "")
    text = f'<span aria-hidden="true">{symbol}</span> {term.label(ctx.lang)}' if symbol else term.label(ctx.lang)
    return f"[{text}]({ctx.link(facet_path(facet, adaptation))}){{ .mm-badge .mm-badge--{adaptation} }}"


def _record_link(ctx: PageContext, record_id: str) -> str:
    record = ctx.manual.records[record_id]
    return f"[{record_title(ctx, record)}]({ctx.link(record_path(record_id))})"


def render_transfer(ctx: PageContext, record: Record, prose: Prose) -> str:
    """The origin practice and each city's adaptation, side by side, each with its adaptation kind."""
    cities = ctx.manual.taxonomy("cities")
    names = join_names([cities[c].label(ctx.lang) for c in record.facts.origin], ctx.label("and"))
    origin_badge = f'<span class="mm-badge mm-badge--origin">{ctx.label("origin_badge")}</span>'
    columns = [
        _city_column(ctx, prose, _section_term_label(ctx, "origin", cities=names), origin_badge, "origin", "origin")
    ]
    for transfer in record.facts.transfers:
        heading = _section_term_label(ctx, "adaptation", city=cities[transfer.to].label(ctx.lang))
        key = f"adaptation:{transfer.to}"
        columns.append(_city_column(ctx, prose, heading, _adaptation_badge(ctx, transfer.adaptation), key, "target"))
    joint = len(record.facts.origin) > 1
    note = "" if record.facts.transfers else f"{ctx.label('no_transfer' if joint else 'no_transfer_single')}\n\n"
    body = "\n".join(columns)
    return f'## {ctx.label("transfer")}\n\n{note}<div class="mm-transfer" markdown>\n\n{body}\n</div>\n'


def _city_column(ctx: PageContext, prose: Prose, heading: str, badge: str, key: str, role: str) -> str:
    text = prose.sections.get(key, "").strip()
    body = in_language(ctx, prose, text) if text else pending_notice(ctx)
    return f'<section class="mm-city mm-city--{role}" markdown>\n\n### {heading}\n\n{badge}\n\n{body}\n\n</section>\n'


def build_backlinks(manual: Manual) -> dict[str, list[Backlink]]:
    """For each record, the records that relate to it, name it as committee or mention it in their prose."""
    found: dict[str, list[Backlink]] = defaultdict(list)
    for record in manual.records.values():
        for relation in record.facts.relations:
            found[relation.target].append(Backlink(record.id, relation.type))
        for committee in record.facts.committees:
            found[committee].append(Backlink(record.id, "committee"))
        for target in sorted(_mentions(record) - {record.id}):
            found[target].append(Backlink(record.id, "mention"))
    return dict(found)


def _mentions(record: Record) -> set[str]:
    texts = [text for prose in record.prose.values() for text in (prose.summary, *prose.sections.values())]
    return {ref.target for text in texts for ref in find_references(text) if ref.namespace == "record"}


def render_relations(ctx: PageContext, record: Record) -> str:
    """Typed relations of the record and the automatic backlinks of others to it."""
    relations = ctx.manual.taxonomy("relations")
    grouped: dict[str, list[str]] = defaultdict(list)
    for relation in record.facts.relations:
        grouped[relations[relation.type].label(ctx.lang)].append(_record_link(ctx, relation.target))
    for backlink in ctx.backlinks.get(record.id, []):
        if backlink.how in relations:
            grouped[relations[backlink.how].localized("inverse", ctx.lang)].append(_record_link(ctx, backlink.source))
    mentions = _unique(b.source for b in ctx.backlinks.get(record.id, []) if b.how in ("mention", "committee"))
    out = [f"## {ctx.label('relations')}\n"]
    out += [f"{label}\n:   {', '.join(_unique(links))}\n" for label, links in grouped.items()]
    if mentions:
        out.append(f"{ctx.label('referenced_by')}\n:   {', '.join(_record_link(ctx, m) for m in mentions)}\n")
    if len(out) == 1:
        out.append(f"{ctx.label('none')}\n")
    return f'<div class="mm-relations" markdown>\n\n{chr(10).join(out)}\n</div>\n'


def _unique(items: object) -> list[str]:
    return list(dict.fromkeys(items))  # type: ignore[call-overload]


def render_sources(ctx: PageContext, record: Record) -> str:
    """The record's sources: sections of the application and public sources."""
    items = [f"- {render_source(ctx, source)}" for source in record.facts.sources]
    return f"## {ctx.label('sources')}\n\n" + "\n".join(items) + "\n"


def render_source(ctx: PageContext, source: Source) -> str:
    """One source as a line of Markdown."""
    if isinstance(source, ApplicationSource):
        section = ctx.manual.taxonomy("application")[source.application]
        number = "" if not source.application[:1].isdigit() else f"{ctx.label('section')} {source.application}: "
        return f"{ctx.label('application')}, {number}{section.label(ctx.lang)}"
    assert isinstance(source, PublicSource)
    details = ", ".join(str(x) for x in (source.publisher, source.year) if x)
    return f"[{source.title}]({source.url})" + (f", {details}" if details else "")


# --- overview, facet pages, matrix, glossary ---------------------------------------------------------------------


def render_overview(ctx: PageContext) -> str:
    """The manual's entry page: a card per kind, then the ways to find records."""
    title = ctx.label("overview_title")
    kinds = next(f for f in FACETS if f.slug == "kind")
    all_facts = [r.facts for r in ctx.manual.records.values()]
    cards = []
    for term in ctx.manual.taxonomy("kinds"):
        count = len(records_with(kinds, term.id, all_facts))
        cards.append(
            f"-   [**{term.localized('plural', ctx.lang)}**]({ctx.link(facet_path(kinds, term.id))})\n\n"
            f"    ---\n\n    {term.localized('description', ctx.lang)}\n\n    {count} {ctx.label('records')}\n"
        )
    finders = [f"-   [{ctx.label(f.label + '_plural')}]({ctx.link(facet_path(f))})" for f in FACETS[1:]]
    finders += [f"-   [{ctx.label('matrix_title')}]({ctx.link(MATRIX)})"]
    finders += [f"-   [{ctx.label('pictures_title')}]({ctx.link(PICTURES)})"]
    finders += [f"-   [{ctx.label('glossary_title')}]({ctx.link(GLOSSARY)})"]
    return (
        front_matter(title, ctx.label("overview_intro"))
        + f"# {title}\n\n{ctx.label('overview_intro')}\n\n"
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
            f"-   [**{term.label(ctx.lang)}**]({ctx.link(facet_path(facet, term.id))})\n\n"
            f"    ---{extra}\n\n    {count} {ctx.label('records')}\n"
        )
    return (
        front_matter(title)
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
    head = front_matter(title, description) + f"# {title}\n\n" + (f"{description}\n\n" if description else "")
    back = f"[{ctx.label(facet.label + '_plural')}]({ctx.link(facet_path(facet))}) · "
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
        kind = ctx.term("kinds", record.facts.kind)
        rows.append(f"| {_record_link(ctx, record.id)} | {kind} | " + " | ".join(cells) + " |")
    return (
        front_matter(title, ctx.label("matrix_intro"))
        + f"# {title}\n\n{ctx.label('matrix_intro')}\n\n"
        + f'<div class="mm-matrix" markdown>\n\n{chr(10).join(rows)}\n\n'
        + f'{{ aria-label="{ctx.label("matrix_caption")}" }}\n\n</div>\n'
    )


def _matrix_cell(ctx: PageContext, record: Record, city: str) -> str:
    if city in record.facts.origin:
        return f"**{ctx.label('origin_badge')}**"
    transfer = next((t for t in record.facts.transfers if t.to == city), None)
    return _adaptation_badge(ctx, transfer.adaptation) if transfer else "–"


def render_glossary(ctx: PageContext) -> str:
    """The German–Dutch glossary: each term with its counterpart, definition and false-friend warning."""
    title = ctx.label("glossary_title")
    entries = sorted(ctx.manual.glossary.values(), key=lambda e: collation_key(e.texts[ctx.lang].term))
    body = "\n".join(render_glossary_entry(ctx, entry) for entry in entries)
    return front_matter(title, ctx.label("glossary_intro")) + f"# {title}\n\n{ctx.label('glossary_intro')}\n\n{body}"


def render_glossary_entry(ctx: PageContext, entry: GlossaryEntry) -> str:
    """One glossary entry with an anchor equal to its id."""
    own = entry.texts[ctx.lang]
    others = [
        f"{ctx.label(f'language_{lang}')}: **{entry.texts[lang].term}**{{ lang={lang} }}"
        for lang in ctx.manual.languages
        if lang != ctx.lang
    ]
    parts = [
        f"### {own.term} {{ #{entry.id} }}\n",
        " · ".join(others) + "\n",
        render_markdown(ctx, own.definition) + "\n",
    ]
    if entry.facts.false_friend:
        note = render_markdown(ctx, own.note or "")
        parts.append(f'!!! warning "{ctx.label("false_friend")}"\n\n    {note}\n')
    if entry.facts.sources:
        sources = "; ".join(render_source(ctx, source) for source in entry.facts.sources)
        parts.append(f"{ctx.label('sources')}: {sources}\n{{ .mm-sources }}\n")
    return "\n".join(parts)


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
        name = _record_link(ctx, item) if item in ctx.manual.records else f"`{item}`"
        rows.append(f"| {name} | " + " | ".join(by_lang.get(lang, "") for lang in languages) + " |")
    return (
        front_matter(title, ctx.label("status_intro"))
        + f"# {title}\n\n{ctx.label('status_intro')}\n\n"
        + "\n".join(rows)
        + "\n"
    )


# --- pictures --------------------------------------------------------------------------------------------------


def _directory_url(path: str) -> str:
    stem = path.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index") + "/"


def url_link(ctx: PageContext, to_page: str) -> str:
    """The final URL of a generated page, relative to this page's URL (for raw HTML, which MkDocs leaves alone)."""
    target = "/" + _directory_url(posixpath.join(ctx.base, to_page))
    relative = posixpath.relpath(target, "/" + _directory_url(ctx.path))
    return relative if relative.endswith("/") else relative + "/"


def _titles(ctx: PageContext) -> dict[str, str]:
    return {record.id: record_title(ctx, record) for record in ctx.manual.records.values()}


def figure(svg: str, alternative: str, summary: str) -> str:
    """A picture and, folded below it, the same information as text."""
    details = "\n".join(f"    {line}" if line else "" for line in alternative.splitlines())
    return f'<figure class="mm-figure">\n{svg}\n</figure>\n\n??? info "{summary}"\n\n{details}\n'


def organigram_figure(ctx: PageContext) -> str:
    """The committees and units with their relations, and the relations as a list."""
    titles = _titles(ctx)
    svg = pictures.render_organigram(ctx.manual, ctx.lang, lambda page: url_link(ctx, page), titles)
    relations = ctx.manual.taxonomy("relations")
    lines = []
    for record in sorted(
        (r for r in ctx.manual.records.values() if r.facts.kind == "structure"), key=lambda r: titles[r.id]
    ):
        links = [
            f"{relations[r.type].label(ctx.lang)}: {_record_link(ctx, r.target)}"
            for r in record.facts.relations
            if r.target in ctx.manual.records and ctx.manual.records[r.target].facts.kind == "structure"
        ]
        lines.append(f"- {_record_link(ctx, record.id)}" + (f" — {'; '.join(links)}" if links else ""))
    return figure(svg, "\n".join(lines), ctx.label("as_table"))


def value_matrix_figure(ctx: PageContext, taxonomy: str) -> str:
    """Records × fields of action (or target groups), and the same as a table."""
    title_key = {"fields": "fieldmatrix_title", "target_groups": "groupmatrix_title"}[taxonomy]
    ident = {"fields": "mm-field-matrix", "target_groups": "mm-group-matrix"}[taxonomy]
    titles = _titles(ctx)
    svg = pictures.render_value_matrix(
        ctx.manual,
        ctx.lang,
        lambda page: url_link(ctx, page),
        titles,
        taxonomy=taxonomy,
        ident=ident,
        title=ctx.label(title_key),
    )
    facet = next(f for f in FACETS if f.taxonomy == taxonomy)
    rows = [f"| {ctx.label('record')} | {ctx.label(facet.label + '_plural')} |", "| --- | --- |"]
    for record in sorted(ctx.manual.records.values(), key=lambda r: collation_key(titles[r.id])):
        values = ", ".join(ctx.term(taxonomy, v) for v in facet.values_of(record.facts)) or "–"
        rows.append(f"| {_record_link(ctx, record.id)} | {values} |")
    return figure(svg, "\n".join(rows), ctx.label("as_table"))


def timeline_figure(ctx: PageContext) -> str:
    """The project's course, and the same as a list."""
    timeline = ctx.manual.timeline
    if timeline is None:
        return ""
    titles = _titles(ctx)
    svg = pictures.render_timeline(ctx.manual, ctx.lang, lambda page: url_link(ctx, page), titles)
    lines = []
    for lane in timeline.lanes:
        for bar in lane.bars:
            years = ", ".join(ctx.label("project_year", n=str(n)) for n in range(bar.years[0], bar.years[1] + 1))
            lines.append(
                f"- {lane.labels[ctx.lang]}, {years}: {bar.labels[ctx.lang]} ({ctx.label('application')}, {bar.source})"
            )
    undated = ", ".join(_record_link(ctx, item.record) for item in timeline.undated.items)
    lines.append(f"- {timeline.undated.labels[ctx.lang]}: {undated}")
    return figure(svg, "\n".join(lines), ctx.label("as_table"))


def transfer_map_figure(ctx: PageContext) -> str:
    """Transfers between the cities with direction and adaptation kind, and the same as a table."""
    titles = _titles(ctx)
    svg = pictures.render_transfer_map(ctx.manual, ctx.lang, lambda page: url_link(ctx, page), titles)
    cities = ctx.manual.taxonomy("cities")
    rows = [
        f"| {ctx.label('record')} | {ctx.label('origin')} | {ctx.label('transferred_to')} | {ctx.label('adaptation')} |"
    ]
    rows.append("| --- | --- | --- | --- |")
    for record, origin, target, adaptation in pictures.transfers_between(ctx.manual):
        city_from, city_to = cities[origin].label(ctx.lang), cities[target].label(ctx.lang)
        rows.append(
            f"| {_record_link(ctx, record.id)} | {city_from} | {city_to} | {_adaptation_badge(ctx, adaptation)} |"
        )
    return figure(svg, "\n".join(rows), ctx.label("as_table"))


def render_pictures_page(ctx: PageContext) -> str:
    """All four pictures on one page."""
    title = ctx.label("pictures_title")
    sections = [
        (ctx.label("organigram_title"), organigram_figure(ctx)),
        (ctx.label("fieldmatrix_title"), value_matrix_figure(ctx, "fields")),
        (ctx.label("groupmatrix_title"), value_matrix_figure(ctx, "target_groups")),
        (ctx.label("timeline_title"), timeline_figure(ctx)),
        (ctx.label("transfermap_title"), transfer_map_figure(ctx)),
    ]
    body = "\n".join(f"## {heading}\n\n{content}" for heading, content in sections if content)
    return front_matter(title, ctx.label("pictures_intro")) + f"# {title}\n\n{ctx.label('pictures_intro')}\n\n{body}"
