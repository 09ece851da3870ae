"""Building blocks of the pictures: an accessible SVG document, text lines, links."""

from __future__ import annotations

import html
from collections.abc import Callable

FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
WIDTH = 760
CHAR = 7.2
"""Average advance of a character at 13 px, for sizing boxes and labels."""


Href = Callable[[str], str]
"""Maps a generated page path (`records/x.md`) to a URL relative to the page showing the picture."""


def escape(text: str) -> str:
    """Text for SVG markup: `&`, `<`, `>` and quotes escaped."""
    return html.escape(text, quote=True)


def svg(ident: str, height: float, title: str, desc: str, body: str, *, width: float = WIDTH) -> str:
    """An accessible SVG document labelled by its title and description.

    Its role is `group`, not `img`: the pictures hold links, and an image must not contain interactive elements.
    """
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="mm-picture" id="{ident}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" '
        f'role="group" aria-labelledby="{ident}-title {ident}-desc" font-family="{FONT}" font-size="13">'
        f'<title id="{ident}-title">{escape(title)}</title><desc id="{ident}-desc">{escape(desc)}</desc>{body}</svg>'
    )


def text_lines(x: float, y: float, lines: list[str], *, anchor: str = "middle", weight: str = "normal") -> str:
    """Several lines of text, 16 px apart, starting at baseline `y`."""
    spans = "".join(
        f'<tspan x="{x:.0f}" dy="{0 if i == 0 else 16}">{escape(line)}</tspan>' for i, line in enumerate(lines)
    )
    return f'<text x="{x:.0f}" y="{y:.0f}" text-anchor="{anchor}" font-weight="{weight}" fill="#111">{spans}</text>'


def link(href: str, inner: str) -> str:
    """An SVG link."""
    return f'<a href="{escape(href)}">{inner}</a>'
