"""The allow-list gate on rendered HTML: unit cases, and a property — whatever the gate lets through renders to a
page without active content. The exact messages per Markdown form are in the corpus (`tests/corpus/gate-*`)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import check
from helpers import FIXTURES, REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from migration_manual.core.checks.html_gate import ProseRenderer, html_findings, needs_rendering, squeeze
from migration_manual.core.checks.rendered import check_rendered_manual
from migration_manual.core.render import render_pages


@pytest.fixture(scope="module")
def renderer() -> ProseRenderer:
    """Markdown with the real site's extensions, as the build and `manual check` use it."""
    from migration_manual.adapter.config import load_settings

    site = load_settings(REPO / "mkdocs.yml")
    return ProseRenderer(site.markdown_extensions, site.markdown_configs)


def test_addresses_are_read_as_a_browser_reads_them() -> None:
    assert squeeze("Java\tScript:alert(1)") == "javascript:alert(1)"
    assert squeeze("&#x6A;ava&#x0A;script:x") == "javascript:x"
    assert squeeze(" \u0000data:x") == "data:x"


@pytest.mark.parametrize(
    "markup",
    [
        '<p><a href="https://example.org/a?b=1#c">x</a> <a href="mailto:a@example.org">m</a> <a href="../x/">r</a></p>',
        '<table><tr><th style="text-align: left;">A</th><td style="text-align:center">B</td></tr></table>',
        '<p><img alt="Schema" src="schema.png"><abbr title="Regionaal Opleidingencentrum">ROC</abbr><br></p>',
        '<details class="note" open><summary>S</summary><p lang="nl" dir="ltr">T</p></details>',
    ],
)
def test_what_markdown_and_simple_markup_produce_is_allowed(markup: str) -> None:
    assert html_findings(markup) == []


def test_each_thing_outside_the_list_is_one_finding() -> None:
    markup = '<p style="color:red" onclick="x"><a href="vbscript:x" target="_blank">a</a><iframe></iframe></p>'
    assert [f.needle for f in html_findings(markup)] == ["style", "onclick", "vbscript:x", "target", "<iframe"]


def test_a_record_may_show_only_its_own_images() -> None:
    images = frozenset({"schema.png"})
    assert html_findings('<img alt="S" src="schema.png">', images) == []
    assert html_findings('<img alt="S" src="../beta/schema.png">', images)[0].message.startswith(
        "image '../beta/schema.png' is not in the record's folder"
    )


SCHEMES = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&#x3A;alert(1)",
    " javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "https://tracker.example.com/p.png",
    "//tracker.example.com/p.png",
    "https://example.org/ok",
]
FORMS = [
    "[mehr]({u})",
    "[mehr][r]\n\n[r]: {u}",
    "![Bild]({u})",
    "![Bild][i]\n\n[i]: {u}",
    "<{u}>",
    '<a href="{u}">a</a>',
    "<img src=\"{u}\" alt='x'>",
    '<svg><a href="{u}">s</a></svg>',
    'Absatz\n{{: onclick="{u}" }}',
    'Absatz\n{{: style="background:url({u})" }}',
    '<span style="position:fixed">{u}</span>',
    "<style>@import '{u}';</style>",
    '<meta http-equiv="refresh" content="0;url={u}">',
    '<base href="{u}">',
    '<link rel="stylesheet" href="{u}">',
    '<iframe src="{u}"></iframe>',
    '<object data="{u}"></object>',
    '<form action="{u}"><input></form>',
    "`{u}`",
]
FRAGMENT = st.builds(lambda form, url: form.format(u=url), st.sampled_from(FORMS), st.sampled_from(SCHEMES))
ACTIVE = ("script", "style", "iframe", "object", "embed", "form", "input", "base", "meta", "link", "svg", "math")


def active_content(page_html: str) -> list[str]:
    """An independent deny-list over the whole page's HTML (BeautifulSoup, not the gate's own parser)."""
    found = []
    for tag in BeautifulSoup(page_html, "html.parser").find_all(True):
        if tag.name in ACTIVE:
            found.append(f"<{tag.name}>")
        for name, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on") or (name == "style" and "text-align" not in text):
                found.append(f"{tag.name}[{name}]")
            address = squeeze(text)
            if name in ("href", "src") and address.startswith(("javascript:", "vbscript:", "data:")):
                found.append(f"{tag.name}[{name}={address[:12]}]")
            if tag.name == "img" and name == "src" and (":" in address.split("/")[0] or address.startswith("//")):
                found.append(f"img from {address[:30]}")
    return found


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fragments=st.lists(FRAGMENT, min_size=1, max_size=3))
def test_what_the_gate_lets_through_renders_to_a_page_without_active_content(
    renderer: ProseRenderer, fragments: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "manual_modules"
        shutil.copytree(FIXTURES / "manual_modules", root)
        prose = root / "records" / "alpha" / "de.md"
        prose.write_text(prose.read_text(encoding="utf-8") + "\n" + "\n\n".join(fragments) + "\n", encoding="utf-8")
        manual, problems = check(root)
        problems += check_rendered_manual(manual, renderer)
        if problems:
            return  # refused with a message: nothing is built
        page = render_pages(manual, base="manual", page_states=[], directory_urls=True)["records/alpha.de.md"]
        body = page.split("\n---\n", 1)[1]
        assert active_content(renderer.html(body)) == [], fragments


HARMLESS_FORMS = ("`{u}`", "<{u}>")
"""A code span shows the address as text; `<javascript:…>` is no autolink, only an unknown element (the gate
still refuses it, with the deny-list's message)."""


@pytest.mark.parametrize("form", [form for form in FORMS if form not in HARMLESS_FORMS])
def test_the_independent_deny_list_sees_each_form_unchecked(renderer: ProseRenderer, form: str) -> None:
    """The property above is not empty: each dangerous form, rendered without the gate, is active content."""
    address = "//t.example/p.png" if form.startswith(("![", "<img")) else "javascript:alert(1)"
    assert active_content(renderer.html(form.format(u=address))) != [], form


MARKDOWN_PIECES = st.sampled_from(
    [
        "# Titel",
        "## Abschnitt",
        "- Punkt",
        "1. Schritt",
        "> Zitat",
        "**fett**",
        "*kursiv*",
        "`code`",
        "---",
        "| a | b |\n| --- | :-: |\n| 1 | 2 |",
        '!!! note "Hinweis"\n\n    Text',
        '??? info "Mehr"\n\n    Text',
        "*[ROC]: Regionaal Opleidingencentrum",
        "Begriff\n:   Erklärung",
        "[[kerngruppe]]",
        "[[term:leitbild|Leitbild]]",
        "```\n<script>\n```",
        "Text (Projektantrag, 3.4)",
        "ä ö ü ß „Zitat“ – ‘x’",
        "\n\n",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pieces=st.lists(MARKDOWN_PIECES, min_size=1, max_size=8),
    noise=st.text(alphabet=" .,;!?()*_-#|0123456789abcxyz\n", max_size=40),
)
def test_a_text_the_gate_does_not_render_would_have_passed(
    renderer: ProseRenderer, pieces: list[str], noise: str
) -> None:
    """The gate's shortcut (`needs_rendering`) only skips texts whose rendering has nothing outside the allow-list."""
    text = "\n\n".join(pieces) + noise
    if not needs_rendering(text):
        assert html_findings(renderer.html(text)) == [], text
