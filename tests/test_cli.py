"""The `manual check` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write
from migration_manual.cli import main


def test_check_clean_manual(manual_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--sources", str(manual_root), "--docs", str(manual_root / "none"), "check"])
    assert status == 0
    assert capsys.readouterr().err == "0 problem(s) in 2 record(s)\n"


def test_check_reports_each_problem(manual_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(manual_root, {"records/alpha/record.yml": "id: alpha\nkind: structure\norigin: [muenster, almelo]\n"})
    status = main(["--sources", str(manual_root), "--docs", str(manual_root / "none"), "check"])
    assert status == 1
    out = capsys.readouterr().out
    assert "manual_modules/records/alpha/record.yml:1: phases: missing required field" in out


def test_check_github_annotations(manual_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        manual_root,
        {
            "records/alpha/record.yml": "id: alpha\nkind: structur\norigin: [muenster, almelo]\nphases: [transfer]\nsources: [{application: '6'}]\n"
        },
    )
    status = main(["--sources", str(manual_root), "--docs", str(manual_root / "none"), "check", "--format", "github"])
    assert status == 1
    assert capsys.readouterr().out == (
        "::error file=manual_modules/records/alpha/record.yml,line=2,title=kind::unknown kind 'structur' "
        "(did you mean 'structure'?); expected one of 'principle', 'structure', 'module', 'method'\n"
    )


def test_new_creates_a_valid_record_and_refuses_to_overwrite(
    manual_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--sources", str(manual_root), "--docs", str(manual_root / "none")]
    assert main([*args, "new", "method", "werkbezoek"]) == 0
    assert sorted(p.name for p in (manual_root / "records" / "werkbezoek").iterdir()) == [
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
    manual_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--sources", str(manual_root), "--docs", str(manual_root / "none")]
    main([*args, "new", "method", "werkbezoek"])
    capsys.readouterr()
    assert main([*args, "status"]) == 0
    assert "werkbezoek      original  up to date" in capsys.readouterr().out
    source = manual_root / "records" / "werkbezoek" / "de.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Dokumentation folgt.", "Neuer Text.", 1), encoding="utf-8"
    )
    main([*args, "status"])
    assert "werkbezoek      original  OUTDATED" in capsys.readouterr().out
    assert main([*args, "mark-translated", str(source.with_name("nl.md"))]) == 0
    main([*args, "status"])
    assert "werkbezoek      original  up to date" in capsys.readouterr().out


def test_export_writes_json_and_csv(manual_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert main(["--sources", str(manual_root), "export", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "records-de.csv",
        "records-facts.csv",
        "records-nl.csv",
        "records.json",
    ]


def tree_digest(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_keeps_the_last_good_site_when_a_build_fails(
    manual_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import small_project

    project = small_project(tmp_path / "project", manual_root)
    monkeypatch.chdir(project)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    assert main(["build", "--no-pdf"]) == 0
    good = tree_digest(project / "site")
    assert "manual/records/alpha/index.html" in good and "nl/index.html" in good
    write(project / "manual_modules", {"records/alpha/record.yml": "id: alpha\nkind: [\n"})
    assert main(["build", "--no-pdf"]) == 1
    assert tree_digest(project / "site") == good
    assert not (project / ".site-staging").exists()


def test_a_build_without_the_pdfs_is_incomplete_when_pdfs_are_expected(tmp_path: Path) -> None:
    from migration_manual.cli import incomplete_site

    write(tmp_path, {"index.html": "", "nl/index.html": "", "pdf/x-de.pdf": ""})
    assert incomplete_site(tmp_path, ("de", "nl"), pdf=True) == ["pdf/…-nl.pdf"]
    assert incomplete_site(tmp_path, ("de", "nl"), pdf=False) == []
