"""The `manual` command: it reads the project from `mkdocs.yml` (`-f`) as the build does."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import check
from helpers import small_project, write
from migration_manual.adapter.config import load_settings
from migration_manual.adapter.plugin import generate_manual
from migration_manual.cli import main
from migration_manual.core.outputs.export import export_files
from mkdocs.exceptions import PluginError


@pytest.fixture
def project(manual_root: Path, tmp_path: Path) -> Path:
    """A project with the real configuration (without its nav) around the fixture manual."""
    return small_project(tmp_path / "project", manual_root)


def run(project: Path, *args: str) -> int:
    return main(["-f", str(project / "mkdocs.yml"), *args])


def test_check_clean_manual(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run(project, "check")
    assert status == 0
    assert capsys.readouterr().err == "0 problem(s) in 2 record(s)\n"


def test_check_reports_each_problem(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        project / "manual_modules",
        {"records/alpha/record.yml": "id: alpha\nkind: structure\norigin: [muenster, almelo]\n"},
    )
    status = run(project, "check")
    assert status == 1
    out = capsys.readouterr().out
    assert "manual_modules/records/alpha/record.yml:1: phases: missing required field" in out


def test_check_github_annotations(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        project / "manual_modules",
        {
            "records/alpha/record.yml": "id: alpha\nkind: structur\norigin: [muenster, almelo]\nphases: [transfer]\nsources: [{application: '6'}]\n"
        },
    )
    status = run(project, "check", "--format", "github")
    assert status == 1
    assert capsys.readouterr().out == (
        "::error file=manual_modules/records/alpha/record.yml,line=2,title=kind::unknown kind 'structur' "
        "(did you mean 'structure'?); expected one of 'principle', 'structure', 'module', 'method'\n"
    )


def test_new_creates_a_valid_record_and_refuses_to_overwrite(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["-f", str(project / "mkdocs.yml")]
    assert main([*args, "new", "method", "werkbezoek"]) == 0
    assert sorted(p.name for p in (project / "manual_modules" / "records" / "werkbezoek").iterdir()) == [
        "de.md",
        "nl.md",
        "record.yml",
    ]
    assert main([*args, "check"]) == 0
    assert main([*args, "new", "method", "werkbezoek"]) == 2
    assert main([*args, "new", "methode", "x"]) == 2
    assert main([*args, "new", "method", "Werk_Bezoek"]) == 2
    err = capsys.readouterr().err
    assert "exists already" in err and "unknown kind 'methode'" in err and "'Werk_Bezoek' is not a valid id" in err


def test_status_detects_a_translation_made_outdated_by_an_edit(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["-f", str(project / "mkdocs.yml")]
    main([*args, "new", "method", "werkbezoek"])
    capsys.readouterr()
    assert main([*args, "status"]) == 0
    assert "werkbezoek      original  up to date" in capsys.readouterr().out
    source = project / "manual_modules" / "records" / "werkbezoek" / "de.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Dokumentation folgt.", "Neuer Text.", 1), encoding="utf-8"
    )
    main([*args, "status"])
    assert "werkbezoek      original  OUTDATED" in capsys.readouterr().out
    assert main([*args, "mark-translated", str(source.with_name("nl.md"))]) == 0
    main([*args, "status"])
    assert "werkbezoek      original  up to date" in capsys.readouterr().out


def test_export_writes_json_and_csv(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert run(project, "export", "--out", str(out)) == 0
    written = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    manual, _ = check(project / "manual_modules")
    assert written == export_files(manual)  # the files and contents of the export (see test_export.py)


def tree_digest(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_build_keeps_the_last_good_site_when_a_build_fails(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    assert main(["build", "--no-pdf"]) == 0
    good = tree_digest(project / "site")
    assert "manual/records/alpha/index.html" in good and "nl/index.html" in good
    write(project / "manual_modules", {"records/alpha/record.yml": "id: alpha\nkind: [\n"})
    assert main(["build", "--no-pdf"]) == 1
    assert tree_digest(project / "site") == good
    assert not (project / ".site-staging").exists()


def test_the_command_and_the_build_give_the_same_problems_in_every_configured_language(
    project: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    config = project / "mkdocs.yml"
    english = "        - locale: en\n          name: English\n          build: true\n"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      languages:\n", "      languages:\n" + english, 1), encoding="utf-8")
    assert sorted(load_settings(config).languages) == ["de", "en", "nl"]
    assert run(project, "check") == 1
    out = capsys.readouterr().out.splitlines()
    assert any("no label in 'en', a language of the site" in line for line in out), out
    with caplog.at_level(logging.ERROR), pytest.raises(PluginError):
        generate_manual(load_settings(config))
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR] == [
        f"migration_manual: {line}" for line in out
    ]


def test_paths_are_shown_from_the_project_root_wherever_the_command_runs(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project / "manual_modules", {"records/alpha/record.yml": "id: alpha\nkind: [\n"})
    monkeypatch.chdir(project.parent)
    assert run(project, "check") == 1
    assert capsys.readouterr().out.startswith("manual_modules/records/alpha/record.yml:3: YAML syntax error")


def test_a_configuration_without_the_plugin_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"mkdocs.yml": "site_name: X\n", "docs/index.md": "# X\n"})
    assert main(["-f", str(tmp_path / "mkdocs.yml"), "check"]) == 2
    assert "no `manual` plugin under `plugins:`" in capsys.readouterr().err
