"""The allow-list gate: what a record's prose, a glossary text or a hand-written page renders to must consist only of
allowed elements, attributes and addresses.

The texts are rendered with the site's own Markdown extensions, and the HTML is judged as a browser reads it
(attribute values decoded, whitespace and control characters inside an address ignored), so every Markdown form that
produces the same HTML — inline or reference-style links, autolinks, entity-encoded schemes, attribute lists, raw
HTML — meets the same rule. The gate reports, it never cleans: a finding is a problem with the file and the line of
the Markdown source.

Why not a sanitiser such as nh3 (Ammonia)? It returns cleaned HTML and does not say what it removed or where;
editors need `file:line: field: message`. The standard library's HTML parser with the allow-list below gives both.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from markdown import Markdown

from ..problems import Problem

ALLOWED_ELEMENTS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)
"""What Markdown and simple markup produce. Not allowed, among others: script, style, iframe, object, embed, form
and its controls, base, meta, link, svg, math."""
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "dir"})
ELEMENT_ATTRIBUTES = {
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "ol": frozenset({"start"}),
    "td": frozenset({"colspan", "rowspan", "style"}),
    "th": frozenset({"colspan", "rowspan", "style"}),
    "details": frozenset({"open"}),
}
TABLE_ALIGNMENT = re.compile(r"text-align:\s*(left|right|center);?")
"""The only `style` allowed: the alignment that Markdown tables write into table cells."""
URL_ATTRIBUTES = frozenset({"href", "src"})
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".webp")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")


@dataclass(frozen=True)
class Finding:
    """One thing the gate does not allow: what it says, and text to find its line in the Markdown source."""

    message: str
    needle: str


def squeeze(text: str) -> str:
    """Text as a browser reads an address: entities decoded, case folded, whitespace and control characters gone."""
    decoded = html.unescape(text).casefold()
    return "".join(c for c in decoded if not c.isspace() and unicodedata.category(c)[0] != "C")


def url_finding(tag: str, attribute: str, value: str, images: frozenset[str] | None) -> Finding | None:
    """A finding for an address that is not allowed (its scheme, or an image from another host)."""
    address = squeeze(value)
    scheme_match = _SCHEME.match(address)
    scheme = scheme_match[1] if scheme_match else ""
    external = bool(scheme) or address.startswith("//")
    if tag == "img":
        if external:
            host = urlsplit(address).hostname or scheme
            return Finding(
                f"image from another address ({host}) is not allowed: it would be loaded from there on every visit; "
                "save it as PNG, JPEG or WebP in the record's folder and write ![what it shows](file.png)",
                value,
            )
        if images is not None and value not in images:
            kinds = ", ".join(IMAGE_TYPES)
            return Finding(
                f"image '{value}' is not in the record's folder: put the file ({kinds}) next to record.yml "
                "and write its file name",
                value,
            )
        return None
    if scheme and scheme not in LINK_SCHEMES:
        return Finding(
            f"'{scheme}:' address in <{tag} {attribute}> is not allowed; link to a web page (https://…), "
            "an e-mail address (mailto:…) or a page of the manual",
            value,
        )
    return None


class AllowListParser(HTMLParser):
    """Collects a finding for every element, attribute and address outside the allow-list."""

    def __init__(self, images: frozenset[str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.images = images
        self.findings: list[Finding] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_ELEMENTS:
            self.findings.append(
                Finding(
                    f"<{tag}> is not allowed in the manual's texts; write Markdown "
                    "(simple markup such as <abbr>, <sup> or <br> is possible)",
                    f"<{tag}",
                )
            )
            return
        allowed = GLOBAL_ATTRIBUTES | ELEMENT_ATTRIBUTES.get(tag, frozenset())
        values = dict(attrs)
        for name, value in attrs:
            if name not in allowed or (name == "style" and not TABLE_ALIGNMENT.fullmatch((value or "").strip())):
                self.findings.append(Finding(attribute_message(tag, name), name))
            elif name in URL_ATTRIBUTES and (found := url_finding(tag, name, value or "", self.images)):
                self.findings.append(found)
        if tag == "img" and not (values.get("alt") or "").strip():
            src = values.get("src") or ""
            self.findings.append(
                Finding(
                    f"image '{src}' needs a description for readers who cannot see it: ![what it shows]({src})", src
                )
            )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_pi(self, data: str) -> None:
        self.findings.append(Finding("processing instructions (<?…>) are not allowed; write Markdown", "<?"))

    def unknown_decl(self, data: str) -> None:
        self.findings.append(Finding("declarations (<!…>) are not allowed; write Markdown", "<!"))


def attribute_message(tag: str, name: str) -> str:
    if name.startswith("on"):
        return f"event handler '{name}' on <{tag}> is not allowed: the manual's texts cannot run code; remove it"
    if name == "style":
        return f"attribute 'style' on <{tag}> is not allowed: the site's own styles apply; remove it"
    return f"attribute '{name}' on <{tag}> is not allowed in the manual's texts; remove it"


def html_findings(markup: str, images: frozenset[str] | None = None) -> list[Finding]:
    """Every finding in a piece of rendered HTML; `images`: the file names a record may show (None: any local)."""
    parser = AllowListParser(images)
    parser.feed(markup)
    parser.close()
    return parser.findings


class ProseRenderer:
    """Markdown → HTML with the site's Markdown extensions; one instance renders many texts."""

    def __init__(self, extensions: tuple[str, ...], configs: dict[str, dict[str, Any]]) -> None:
        self._markdown = Markdown(extensions=list(extensions), extension_configs=configs)

    def html(self, text: str) -> str:
        return str(self._markdown.reset().convert(text))

    def reference_addresses(self) -> list[str]:
        """The addresses of the reference definitions of the text last rendered (`[name]: address`): on a page a
        definition can serve a reference in another text (a record's summary and sections are one document)."""
        return [str(address) for address, _ in self._markdown.references.values()]


NumberedLines = list[tuple[int, str]]
"""A Markdown document as (line in its source file, text of the line)."""


def numbered(first_line: int, text: str) -> NumberedLines:
    """The lines of a text that starts at `first_line` of its file."""
    return list(enumerate(text.split("\n"), start=first_line))


def line_of(needle: str, lines: NumberedLines) -> int:
    """The source line where a finding's text is, compared as a browser reads it (first line if not found)."""
    wanted = squeeze(needle)
    for number, line in lines:
        if wanted and wanted in squeeze(line):
            return number
    return lines[0][0] if lines else 1


_MARKUP_THAT_MATTERS = re.compile(r"[<&{]|\]\(|\]:|:[\w+-]+:")
"""What can make Markdown produce anything outside the allow-list: raw HTML or entities (`<`, `&`), attribute lists
(`{`), inline links and images (`](`, adjacent in Python-Markdown), reference definitions (`]:`, without which no
reference-style link or image can exist), emoji shortcodes (`:name:`, which become SVG).
Without any of them, the site's extensions can only write paragraphs, headings, lists, emphasis, code, tables,
abbreviations, admonitions and details — all allowed."""


def needs_rendering(text: str) -> bool:
    """Whether a text has to be rendered to be judged (most record prose has no links or markup; rendering it
    again is the gate's whole cost, measured in BENCHMARKS.md)."""
    return _MARKUP_THAT_MATTERS.search(text) is not None


def check_document(
    renderer: ProseRenderer,
    file: str,
    lines: NumberedLines,
    field_of: Callable[[int], str],
    *,
    images: frozenset[str] | None = None,
) -> list[Problem]:
    """Problems for one Markdown document given as numbered lines, rendered as a whole (reference-style links
    and their definitions may be far apart); `field_of` names the field a source line belongs to."""
    text = "\n".join(line for _, line in lines)
    if not needs_rendering(text):
        return []
    markup = renderer.html(text)
    findings = html_findings(markup, images)
    for address in renderer.reference_addresses():  # used here or not: another text of the page may use it
        found = url_finding("a", "href", address, images=None)
        findings += [found] if found else []
    problems = []
    for finding in dict.fromkeys(findings):
        line = line_of(finding.needle, lines)
        problems.append(Problem(file, line, field_of(line), finding.message))
    return problems
