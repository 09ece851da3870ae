"""Hand-written pages: their cross-references as links, and the notices a reader needs when a page is outdated or
shown in another language."""

from __future__ import annotations

from pathlib import Path

from ..checks.handwritten import page_language_files
from ..checks.translation import OUTDATED, file_states
from ..model import Manual
from .context import PageContext
from .markdown import language_notice, render_markdown


def render_handwritten_references(manual: Manual, markdown: str, *, page_path: str, output_dir: str, lang: str) -> str:
    """Replace cross-references in a hand-written page (`page_path` relative to docs) with links."""
    ctx = PageContext(manual, lang, page_path, output_dir)  # links need no backlinks
    return render_markdown(ctx, markdown)


def outdated_page_notice(manual: Manual, path: Path) -> str:
    """A notice in the page's language when a hand-written translation is older than its source."""
    lang, files = page_language_files(path, manual.languages)
    state = next(s for s in file_states(path.name, files, manual.languages) if s.lang == lang)
    if state.status != OUTDATED or state.source_lang is None:
        return ""
    return language_notice(manual.labels, lang, kind="outdated", other_lang=state.source_lang)


def with_fallback_notice(manual: Manual, markdown: str, *, page_lang: str, lang: str) -> str:
    """A page shown in another language than the reader's: its title, a notice, then the text marked with its
    language."""
    notice = fallback_notice(manual, page_lang, lang)
    if not notice:
        return markdown
    title, body = split_title(markdown)
    if title and "{" not in title:
        title = f'{title} {{ lang="{page_lang}" }}'
    return f'{title}\n\n{notice}<div lang="{page_lang}" markdown>\n\n{body}\n\n</div>\n'.lstrip("\n")


def split_title(markdown: str) -> tuple[str, str]:
    """The page's leading level-1 heading line (or "") and the rest. Notices go after the title, because MkDocs
    takes a page's title from its first element only when that is the level-1 heading."""
    stripped = markdown.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if first.startswith("# "):
        return first, rest
    return "", markdown


def fallback_notice(manual: Manual, page_lang: str, lang: str) -> str:
    """An admonition in the reader's language when a hand-written page is shown in another language."""
    if page_lang == lang or page_lang not in manual.languages:
        return ""
    return language_notice(manual.labels, lang, kind="untranslated", other_lang=page_lang)


def prepare_handwritten_page(
    manual: Manual, markdown: str, *, page_path: str, source: Path | None, page_lang: str, output_dir: str, lang: str
) -> str:
    """A hand-written page as the reader of `lang` gets it: links for its cross-references, a notice when its
    translation is outdated, and a notice when it is shown in another language (`page_lang`)."""
    markdown = render_handwritten_references(manual, markdown, page_path=page_path, output_dir=output_dir, lang=lang)
    if page_lang == lang and source is not None:
        title, body = split_title(markdown)
        notice = outdated_page_notice(manual, source)
        markdown = f"{title}\n\n{notice}{body}" if title and notice else notice + markdown
    return with_fallback_notice(manual, markdown, page_lang=page_lang, lang=lang)
