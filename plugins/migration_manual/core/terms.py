"""Automatic glossary links: the first mention of each glossary term on a page links to its definition.

Works on the rendered HTML of a page, so that links, headings and code are never touched and every page — generated
or hand-written — gets the same treatment. Terms of both languages are recognised (a Dutch reader meets the German
"Dezernent"); the tooltip is always the definition in the page's language.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from .loader import Manual

_TAG = re.compile(r"(<[^>]+>)")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")
_SKIP = {"a", "abbr", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "pre", "script", "style", "svg"}
"""Elements whose text is never linked."""
_VOID = {"br", "hr", "img", "input", "link", "meta", "source", "wbr"}


@dataclass(frozen=True)
class TermLink:
    """A glossary entry as it is linked from one page."""

    id: str
    words: tuple[str, ...]
    """Written forms to look for, longest first."""
    href: str
    title: str


@lru_cache(maxsize=64)
def forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the (HTML-escaped) written forms as a whole word, longest first, so that "Runder Tisch" wins over
    "Tisch"; one pattern for all terms, so that a page's text is scanned once, not once per term."""
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])")


def term_words(term: str) -> list[str]:
    """Written forms of a glossary term: `Land (Bundesland)` → `Land`; `Lotse, Lotsin` → `Lotse`, `Lotsin`."""
    forms = [re.sub(r"\s*\(.*?\)", "", part).strip() for part in term.split(",")]
    return [form for form in forms if len(form) > 1]


def term_links(manual: Manual, lang: str, glossary_href: str) -> list[TermLink]:
    """The glossary entries with their forms in every language, linked to `glossary_href#id`."""
    links = []
    for entry in manual.glossary.values():
        words = {word for text in entry.texts.values() for word in term_words(text.term)}
        title = " ".join(entry.texts[lang].definition.split())
        links.append(
            TermLink(entry.id, tuple(sorted(words, key=len, reverse=True)), f"{glossary_href}#{entry.id}", title)
        )
    return links


def link_first_mentions(page_html: str, terms: list[TermLink]) -> str:
    """Link the first mention of each term in running text, unless the page already links to that term."""
    pending = {t.id: t for t in terms if f'{t.href}"' not in page_html and f'#{t.id}"' not in page_html}
    if not pending:
        return page_html
    by_form: dict[str, TermLink] = {}
    for term in terms:  # all of them: a linked "Runder Tisch" must not leave its "Tisch" to be linked
        for word in term.words:
            by_form.setdefault(html.escape(word, quote=False), term)
    pattern = forms_pattern(tuple(by_form))
    parts = _TAG.split(page_html)
    depth = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            depth += _depth_change(part)
        elif depth == 0 and part.strip():
            parts[index] = pattern.sub(lambda match: _link_if_pending(match, by_form, pending), part)
            if not pending:
                break
    return "".join(parts)


def _depth_change(tag: str) -> int:
    match = _TAG_NAME.match(tag)
    if not match or match[1].lower() not in _SKIP or match[1].lower() in _VOID or tag.endswith("/>"):
        return 0
    return -1 if tag.startswith("</") else 1


def _link_if_pending(match: re.Match[str], by_form: dict[str, TermLink], pending: dict[str, TermLink]) -> str:
    term = by_form[match[1]]
    if pending.pop(term.id, None) is None:
        return match[1]
    return f'<a class="mm-term" href="{term.href}" title="{html.escape(term.title)}">{match[1]}</a>'
