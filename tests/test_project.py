"""The project service that `manual` and the build share: checking, generating, fingerprints, completeness."""

from __future__ import annotations

from pathlib import Path

from helpers import project_settings, write
from migration_manual.core.project import (
    check_project,
    file_stats,
    generate_pages,
    incomplete_site,
    sources_fingerprint,
    translation_states,
)


def fixture_project(tmp_path: Path, manual_root: Path) -> Path:
    """A project folder around the fixture manual: the manual beside a docs folder with a home page per language."""
    project = manual_root.parent
    write(project / "docs", {"index.de.md": "# Start\n", "index.nl.md": "# Start\n"})
    return project


def test_source_problems_come_before_page_problems(tmp_path: Path, manual_root: Path) -> None:
    project = fixture_project(tmp_path, manual_root)
    write(project / "docs", {"about.de.md": "# Über\n\n[[gamma]]\n"})
    (manual_root / "records" / "alpha" / "record.yml").write_text(
        (manual_root / "records" / "alpha" / "record.yml").read_text(encoding="utf-8").replace("kind:", "kind: x\nk:"),
        encoding="utf-8",
    )
    _, problems = check_project(project_settings(project))
    files = [problem.file for problem in problems]
    assert files[-1] == "docs/about.de.md" and files[0].startswith("manual_modules/records/alpha/")
    assert str(problems[-1]) == "docs/about.de.md:3: [[gamma]]: unknown record id 'gamma'"


def test_check_project_without_docs_checks_the_sources_only(tmp_path: Path, manual_root: Path) -> None:
    manual, problems = check_project(project_settings(manual_root.parent, docs_dir=tmp_path / "nowhere"))
    assert problems == [] and sorted(manual.records) == ["alpha", "beta"]


def test_generated_pages_are_written_once_and_then_left_alone(tmp_path: Path, manual_root: Path) -> None:
    settings = project_settings(fixture_project(tmp_path, manual_root))
    manual, problems = check_project(settings)
    assert problems == []
    first = generate_pages(manual, settings)
    written = sorted(path.relative_to(settings.generated).as_posix() for path in settings.generated.rglob("*.md"))
    assert "records/alpha.de.md" in written and "records/alpha.nl.md" in written
    assert len(first.written) == len(written) > 0
    again = generate_pages(manual, settings)
    assert again.written == []


def test_translation_states_cover_records_and_pages(tmp_path: Path, manual_root: Path) -> None:
    settings = project_settings(fixture_project(tmp_path, manual_root))
    manual, _ = check_project(settings)
    states = {(state.item, state.lang): state.status for state in translation_states(manual, settings)}
    assert states[("docs/index.md", "de")] == "original"
    assert ("beta", "nl") in states and states[("beta", "nl")] == "missing"


def test_fingerprint_changes_with_a_source_but_not_with_a_generated_page(tmp_path: Path, manual_root: Path) -> None:
    settings = project_settings(fixture_project(tmp_path, manual_root))
    before = sources_fingerprint(settings)
    write(settings.generated, {"x.de.md": "generated"})
    assert sources_fingerprint(settings) == before
    (manual_root / "records" / "alpha" / "de.md").write_text("changed text", encoding="utf-8")
    assert sources_fingerprint(settings) != before


def test_file_stats_leave_out_the_generated_folder_and_other_suffixes(tmp_path: Path) -> None:
    for name in ("index.de.md", "assets/manual.css", "manual/x.de.md", "guide/page.nl.md", "manual-notes/y.md"):
        write(tmp_path, {name: "text"})
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing.md")
    found = file_stats(tmp_path, suffix=".md", skip=tmp_path / "manual")
    assert sorted(Path(path).relative_to(tmp_path).as_posix() for path, _, _ in found) == [
        "guide/page.nl.md",
        "index.de.md",
        "manual-notes/y.md",
    ]
    assert all(size == 4 for _, size, _ in found)


def test_an_incomplete_site_names_what_it_lacks(tmp_path: Path) -> None:
    settings = project_settings(tmp_path, languages=("de", "nl", "en"))
    write(tmp_path / "site", {"index.html": "", "nl/index.html": "", "pdf/" + settings.pdf_file_name("de"): ""})
    assert incomplete_site(settings, tmp_path / "site", pdf=False) == ["en/index.html"]
    assert incomplete_site(settings, tmp_path / "site", pdf=True) == [
        "en/index.html",
        "pdf/" + settings.pdf_file_name("nl"),
        "pdf/" + settings.pdf_file_name("en"),
    ]
