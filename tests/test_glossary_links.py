"""Automatic links from the first mention of a glossary term."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import check
from migration_manual.core.site.glossary_links import GlossaryLink, glossary_links, link_first_mentions, term_words

LEITBILD = GlossaryLink("leitbild", ("Leitbild", "visie"), "../glossary/#leitbild", 'Ein "Bild"')


@pytest.mark.parametrize(
    ("term", "words"),
    [("Land (Bundesland)", ["Land"]), ("Lotse, Lotsin", ["Lotse", "Lotsin"]), ("ROC (Regionaal X)", ["ROC"])],
)
def test_term_words(term: str, words: list[str]) -> None:
    assert term_words(term) == words


def test_links_only_the_first_mention_in_running_text() -> None:
    page = "<h2>Leitbild</h2><p>Das Leitbild und das Leitbild.</p>"
    assert link_first_mentions(page, [LEITBILD]) == (
        '<h2>Leitbild</h2><p>Das <a class="mm-term" href="../glossary/#leitbild" title="Ein &quot;Bild&quot;">'
        "Leitbild</a> und das Leitbild.</p>"
    )


@pytest.mark.parametrize(
    "page",
    [
        '<p><a href="x">Leitbild</a></p>',
        "<pre><code>Leitbild</code></pre>",
        "<p>Leitbilder und Migrationsleitbild-Prozess</p>",
        '<p>Siehe <a class="mm-term" href="../glossary/#leitbild">visie</a>, Leitbild.</p>',
    ],
)
def test_leaves_links_code_other_words_and_linked_terms_alone(page: str) -> None:
    assert link_first_mentions(page, [LEITBILD]) == page


def test_terms_of_both_languages_with_the_page_language_definition(manual_root: Path) -> None:
    manual, _ = check(manual_root)
    links = {t.id: t for t in glossary_links(manual, "nl", "g/")}
    assert set(links["leitbild"].words) == {"Leitbild", "visie"}
    assert links["dezernent"].title == "Benoemd hoofd van een Dezernat."
    out = link_first_mentions("<p>De Dezernent is geen wethouder.</p>", list(links.values()))
    assert '<a class="mm-term" href="g/#dezernent" title="Benoemd hoofd van een Dezernat.">Dezernent</a>' in out


TISCH = GlossaryLink("tisch", ("Tisch",), "g/#tisch", "Ein Möbel.")
RUNDER_TISCH = GlossaryLink("runder-tisch", ("Runder Tisch",), "g/#runder-tisch", "Ein Gremium.")


@pytest.mark.parametrize(
    ("page", "linked"),
    [
        ("<p>Der Runder Tisch und der Tisch.</p>", ["runder-tisch", "tisch"]),
        ("<p>Der Tisch.</p><p>Der Runder Tisch.</p>", ["tisch", "runder-tisch"]),
        ('<p><a href="g/#runder-tisch">R</a> Der Runder Tisch, der Tisch.</p>', ["tisch"]),
        ('<p><a href="g/#runder-tisch">R</a> Der Runder Tisch.</p>', []),
    ],
)
def test_longer_forms_win_and_each_term_is_linked_once(page: str, linked: list[str]) -> None:
    out = link_first_mentions(page, [TISCH, RUNDER_TISCH])
    assert re.findall(r'class="mm-term" href="g/#([a-z-]+)"', out) == linked
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", page)  # the text itself is untouched


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # Only text outside skipped elements: nested and upper-case tags, and a heading are followed.
        ("<svg><a><text>Leitbild</text></a><text>Leitbild</text></svg><p>Leitbild</p>", "<p>[Leitbild]</p>"),
        ("<H2>Leitbild</H2><p>Leitbild</p>", "<p>[Leitbild]</p>"),
        # A form inside a tag's attribute is not a mention; the next one in the text is.
        ('<p><img alt="Leitbild" src="x.png"> Leitbild</p>', '<img alt="Leitbild" src="x.png"> [Leitbild]'),
        ('<p title="Das Leitbild">Text</p>', None),
        # An element left open hides the rest of the page; a stray closing tag changes nothing.
        ("<p><code>Leitbild</p><p>Leitbild</p>", None),
        ("<p></code>Leitbild</p>", "</code>[Leitbild]</p>"),
        ("<p>Leitbild<br/>Leitbild</p>", "<p>[Leitbild]<br/>Leitbild</p>"),
    ],
)
def test_skipped_elements_and_attributes(page: str, expected: str | None) -> None:
    out = link_first_mentions(page, [LEITBILD])
    marked = re.sub(r'<a class="mm-term"[^>]*>([^<]*)</a>', r"[\1]", out)
    assert (expected in marked) if expected else out == page


def test_text_after_the_last_first_mention_is_unchanged() -> None:
    # The linker stops there (long pages), so this part is handed back as it is.
    page = "<p>Tisch und Runder Tisch.</p>" + "<p>Tisch <code>x</code></p>" * 500
    out = link_first_mentions(page, [TISCH, RUNDER_TISCH])
    assert out.count("mm-term") == 2 and out.endswith(page[30:])


def test_a_tooltip_shows_no_cross_reference_markup(manual_root: Path) -> None:
    definition = "Nicht dasselbe wie [[term:leitbild|ein Leitbild]], siehe [[term:dezernent]] und [[alpha]]."
    (manual_root / "glossary.yml").write_text(
        (manual_root / "glossary.yml").read_text(encoding="utf-8").replace("Ein Bild der Zukunft.", definition),
        encoding="utf-8",
    )
    manual, problems = check(manual_root)
    assert problems == []
    title = next(link.title for link in glossary_links(manual, "de", "g.md") if link.id == "leitbild")
    assert title == "Nicht dasselbe wie ein Leitbild, siehe Dezernent und Äußere Gruppe."
