"""Automatic glossary links: the first mention of each glossary term on a page links to its definition.

Works on the rendered HTML of a page, so that links, headings and code are never touched and every page — generated
or hand-written — gets the same treatment. Terms of both languages are recognised (a Dutch reader meets the German
"Dezernent"); the tooltip is always the definition in the page's language.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import Manual
from ..sources.xref import CrossReference, replace_references

_SKIP = ("a", "abbr", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "pre", "script", "style", "svg")
"""Elements whose text is never linked."""
_SKIP_TAG = re.compile(rf"<(/?)(?:{'|'.join(_SKIP)})(?=[\s/>])[^>]*>", re.IGNORECASE)
"""An opening or closing tag of an element in `_SKIP`: the only tags the linker has to follow."""
_FRAGMENT_LINK = re.compile(r'#([^"#\s]+)"')
"""The target of a link to an anchor (`…#id"`): a term linked this way already is not linked again."""


@dataclass(frozen=True)
class GlossaryLink:
    """A glossary entry as it is linked from one page."""

    id: str
    words: tuple[str, ...]
    """Written forms to look for, longest first."""
    href: str
    title: str


@dataclass(frozen=True)
class GlossaryIndex:
    """Terms ready to be searched for: their (HTML-escaped) written forms and one pattern for all of them."""

    by_form: dict[str, GlossaryLink]
    forms: dict[str, tuple[str, ...]]
    """Written forms of each term, by term id."""
    pattern: re.Pattern[str]


@lru_cache(maxsize=64)
def glossary_index(terms: tuple[GlossaryLink, ...]) -> GlossaryIndex:
    """The index of a page's terms; the same terms (the same glossary, language and link) give the same object."""
    by_form: dict[str, GlossaryLink] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for term in terms:  # all of them: a linked "Runder Tisch" must not leave its "Tisch" to be linked
        forms[term.id] = tuple(html.escape(word, quote=False) for word in term.words)
        for form in forms[term.id]:
            by_form.setdefault(form, term)
    return GlossaryIndex(by_form, forms, forms_pattern(tuple(by_form)))


def forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the written forms as a whole word, longest first, so that "Runder Tisch" wins over "Tisch"; one
    pattern for all terms, so that a page's text is scanned once, not once per term."""
    if not forms:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    # The first look-ahead lets the regex engine skip every position that cannot start a form (a third faster);
    # the last one keeps matches out of tags (an attribute value is followed by `>` before any `<`).
    first = "".join(sorted({re.escape(form[0]) for form in forms}))
    return re.compile(rf"(?=[{first}])(?<![\w-])({alternatives})(?![\w-])(?![^<]*>)")


def term_words(term: str) -> list[str]:
    """Written forms of a glossary term: `Land (Bundesland)` → `Land`; `Lotse, Lotsin` → `Lotse`, `Lotsin`."""
    forms = [re.sub(r"\s*\(.*?\)", "", part).strip() for part in term.split(",")]
    return [form for form in forms if len(form) > 1]


def glossary_links(manual: Manual, lang: str, glossary_href: str) -> list[GlossaryLink]:
    """The glossary entries with their forms in every language, linked to `glossary_href#id`."""
    links = []
    for entry in manual.glossary.values():
        words = {word for text in entry.texts.values() for word in term_words(text.term)}
        own = entry.text_for(lang, manual.fallback_order(lang))
        title = " ".join(tooltip_text(manual, own.definition, lang).split())
        links.append(
            GlossaryLink(entry.id, tuple(sorted(words, key=len, reverse=True)), f"{glossary_href}#{entry.id}", title)
        )
    return links


def tooltip_text(manual: Manual, markdown: str, lang: str) -> str:
    """A definition as the plain text of a tooltip: cross-references become their text (or the title of what they
    point to), so no `[[…]]` shows."""

    def text_of(ref: CrossReference) -> str:
        if ref.text:
            return ref.text
        if ref.namespace == "term" and ref.target in manual.glossary:
            return manual.glossary[ref.target].text_for(lang, manual.fallback_order(lang)).term
        record = manual.records.get(ref.target)
        return record.prose_for(lang, manual.fallback_order(lang)).title if record else ref.target

    return replace_references(markdown, text_of)


def link_first_mentions(page_html: str, terms: Sequence[GlossaryLink]) -> str:
    """Link the first mention of each term in running text, unless the page already links to that term."""
    index = glossary_index(tuple(terms))
    linked = set(_FRAGMENT_LINK.findall(page_html))
    pending = {t.id: t for t in terms if t.id not in linked and any(form in page_html for form in index.forms[t.id])}
    parts, position = [], 0
    for start, end in _skipped_elements(page_html) if pending else ():
        parts += [_link_text(page_html[position:start], index, pending), page_html[start:end]]
        position = end
        if not pending:
            break
    return "".join([*parts, _link_text(page_html[position:], index, pending)])


def _skipped_elements(page_html: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each outermost element in `_SKIP`, in page order; one left open runs to the page's end.
    Following only these elements' tags, not every tag, is what keeps linking fast on long pages."""
    depth, start = 0, 0
    for tag in _SKIP_TAG.finditer(page_html):
        closing = bool(tag[1])
        if tag[0].endswith("/>") or (closing and depth == 0):
            continue  # an empty element, or a closing tag without its opening one
        if depth == 0:
            start = tag.start()
        depth += -1 if closing else 1
        if depth == 0:
            yield start, tag.end()
    if depth:
        yield start, len(page_html)


def _link_text(text: str, index: GlossaryIndex, pending: dict[str, GlossaryLink]) -> str:
    """Text outside skipped elements with the first mention of each pending term linked; linked terms leave
    `pending`, and the search stops when none is left."""
    parts, position = [], 0
    for match in index.pattern.finditer(text) if pending else ():
        term = index.by_form[match[1]]
        if pending.pop(term.id, None) is None:
            continue
        parts += [text[position : match.start()], _term_anchor(term, match[1])]
        position = match.end()
        if not pending:
            break
    return "".join([*parts, text[position:]])


def _term_anchor(term: GlossaryLink, text: str) -> str:
    return f'<a class="mm-term" href="{term.href}" title="{html.escape(term.title)}">{text}</a>'
