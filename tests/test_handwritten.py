"""Hand-written pages: their checks, translation states and the notices a reader gets."""

from __future__ import annotations

from pathlib import Path

from helpers import LANGUAGES, write
from migration_manual.core.checks.handwritten import check_handwritten_pages, page_language_files, page_states
from migration_manual.core.model import Manual
from migration_manual.core.render.handwritten import fallback_notice, prepare_handwritten_page


def test_fallback_notice_only_when_languages_differ(manual: Manual) -> None:
    assert fallback_notice(manual, "nl", "nl") == ""
    notice = fallback_notice(manual, "de", "nl")
    assert notice.startswith('!!! warning "Nog niet vertaald"')
    assert "in het Duits" in notice


def test_page_language_files(tmp_path: Path) -> None:
    write(tmp_path, {"a.de.md": "# A", "a.nl.md": "# A", "b.md": "# B"})
    assert page_language_files(tmp_path / "a.nl.md", LANGUAGES) == (
        "nl",
        {"de": tmp_path / "a.de.md", "nl": tmp_path / "a.nl.md"},
    )
    assert page_language_files(tmp_path / "b.md", LANGUAGES) == ("de", {})


def test_checks_show_paths_from_the_project_root(manual: Manual, tmp_path: Path) -> None:
    docs = tmp_path / "project" / "docs"
    write(docs, {"index.de.md": "# Start\n\nSiehe [[alpah]].\n", "manual/x.de.md": "[[nothing]]"})
    problems = check_handwritten_pages(manual, docs, docs / "manual", tmp_path / "project")
    assert [str(p) for p in problems] == [
        "docs/index.de.md:3: [[alpah]]: unknown record id 'alpah' (did you mean 'alpha'?)"
    ]
    states = page_states(docs, docs / "manual", LANGUAGES, tmp_path / "project")
    assert [(s.item, s.lang, s.status) for s in states] == [
        ("docs/index.md", "de", "original"),
        ("docs/index.md", "nl", "missing"),
    ]


def test_an_outdated_page_keeps_its_title_first(manual: Manual, tmp_path: Path) -> None:
    from migration_manual.core.checks.translation import mark_translated

    write(tmp_path, {"p.de.md": "# Quelle\n", "p.nl.md": "---\ntranslated_from: de\n---\n# Bron\n\nTekst.\n"})
    mark_translated(tmp_path / "p.nl.md", tmp_path / "p.de.md")
    (tmp_path / "p.de.md").write_text("# Quelle\n\nNeu.\n", encoding="utf-8")
    page = prepare_handwritten_page(
        manual,
        "# Bron\n\nTekst.\n",
        page_path="p.md",
        source=tmp_path / "p.nl.md",
        page_lang="nl",
        output_dir="manual",
        lang="nl",
    )
    assert page.startswith("# Bron\n")
    assert '!!! warning "Vertaling mogelijk verouderd"' in page


def test_a_page_in_another_language_keeps_its_title_first(manual: Manual) -> None:
    page = prepare_handwritten_page(
        manual, "# Quelle\n\nText.\n", page_path="p.md", source=None, page_lang="de", output_dir="manual", lang="nl"
    )
    assert page.startswith('# Quelle { lang="de" }\n\n!!! warning "Nog niet vertaald"')
    assert page.endswith('<div lang="de" markdown>\n\n\nText.\n\n\n</div>\n')
