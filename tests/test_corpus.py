"""The malformed-input corpus: each case is a small tree with one mistake and the exact messages it must give.

`tests/corpus/<case>/files/` is laid over the small test manual (see `conftest.manual_root`); `expected.txt` holds
the exact output of `manual check`. The same messages must appear when MkDocs builds the tree, without a traceback.
Regenerate the expected files after a deliberate change of a message with `UPDATE_CORPUS=1 pytest tests/test_corpus.py`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import build_site, small_project
from migration_manual.cli import main

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def lay_over(manual_root: Path, case: str) -> None:
    shutil.copytree(CORPUS / case / "files", manual_root, dirs_exist_ok=True)


def check_output(manual_root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["--sources", str(manual_root), "--docs", str(manual_root / "no-docs"), "check"])
    return status, capsys.readouterr().out


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES)
def test_manual_check_gives_the_expected_messages(
    case: str, manual_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lay_over(manual_root, case)
    status, out = check_output(manual_root, capsys)
    expected = CORPUS / case / "expected.txt"
    if os.environ.get("UPDATE_CORPUS"):
        expected.write_text(out, encoding="utf-8")
    assert status == 1
    assert out == expected.read_text(encoding="utf-8")
    assert all(line.startswith("manual_modules/") for line in out.splitlines())


@pytest.mark.parametrize("case", CASES)
def test_the_build_stops_with_the_same_messages(case: str, manual_root: Path, tmp_path: Path) -> None:
    lay_over(manual_root, case)
    project = small_project(tmp_path / "project", manual_root)
    result = build_site(project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    for line in (CORPUS / case / "expected.txt").read_text(encoding="utf-8").splitlines():
        assert f"ERROR   -  migration_manual: {line}" in result.stderr
    assert not (project / "site").exists()


def test_very_large_file_is_refused(manual_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (manual_root / "records/alpha/nl.md").write_text("---\ntitle: A\n---\n" + "x" * 2_000_000, encoding="utf-8")
    status, out = check_output(manual_root, capsys)
    assert status == 1
    assert out == (
        "manual_modules/records/alpha/nl.md:1: file has 2,000,017 bytes; source files are limited to 1,000,000 bytes: "
        "split the text\n"
    )


def test_nested_aliases_are_refused_before_they_expand(manual_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    (manual_root / "records/alpha/record.yml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    status, out = check_output(manual_root, capsys)
    assert status == 1
    assert (
        out.splitlines()[0]
        == "manual_modules/records/alpha/record.yml:2: a1[0]: YAML aliases (*name) are not allowed; write the value out"
    )
