"""The malformed-input corpus: each case is a small tree with one mistake and the exact messages it must give —
the one golden set of messages.

`tests/corpus/<case>/files/` is laid over the fixture manual (`tests/fixtures/`); `expected.txt` holds the exact
output of `manual check`. The build must stop with the same messages (checked in-process through the plugin's own
function for every case, and by a real `mkdocs build --strict` for two cases: no traceback, no site written).
Regenerate the expected files after a deliberate change of a message with `UPDATE_CORPUS=1 pytest tests/test_corpus.py`.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest
from helpers import build_site, small_project
from migration_manual.adapter.config import load_settings
from migration_manual.adapter.plugin import generate_manual
from migration_manual.cli import main
from mkdocs.exceptions import PluginError

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
BUILT_CASES = ["encoding-latin1", "unknown-id-in-a-relation"]
"""Cases also run through a real `mkdocs build --strict` in a subprocess, to prove the wiring."""


def project_with(case: str | None, manual_root: Path, tmp_path: Path) -> Path:
    """A project (real configuration, no nav) around the fixture manual with the case's files laid over it."""
    if case is not None:
        shutil.copytree(CORPUS / case / "files", manual_root, dirs_exist_ok=True)
    return small_project(tmp_path / "project", manual_root)


def check_output(project: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["-f", str(project / "mkdocs.yml"), "check"])
    return status, capsys.readouterr().out


def expected_lines(case: str) -> list[str]:
    return (CORPUS / case / "expected.txt").read_text(encoding="utf-8").splitlines()


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES)
def test_manual_check_gives_the_expected_messages(
    case: str, manual_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = check_output(project_with(case, manual_root, tmp_path), capsys)
    expected = CORPUS / case / "expected.txt"
    if os.environ.get("UPDATE_CORPUS"):
        expected.write_text(out, encoding="utf-8")
    assert status == 1
    assert out == expected.read_text(encoding="utf-8")
    assert all(line.startswith("manual_modules/") for line in out.splitlines())


@pytest.mark.parametrize("case", CASES)
def test_the_build_stops_with_the_same_messages(
    case: str, manual_root: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = load_settings(project_with(case, manual_root, tmp_path) / "mkdocs.yml")
    with caplog.at_level(logging.ERROR), pytest.raises(PluginError, match=r"problem\(s\) in the manual's sources"):
        generate_manual(settings)
    errors = [record.getMessage() for record in caplog.records if record.levelno == logging.ERROR]
    assert errors == [f"migration_manual: {line}" for line in expected_lines(case)]
    assert not settings.generated.exists()


@pytest.mark.slow
@pytest.mark.parametrize("case", BUILT_CASES)
def test_a_real_build_stops_without_a_traceback(case: str, manual_root: Path, tmp_path: Path) -> None:
    project = project_with(case, manual_root, tmp_path)
    result = build_site(project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    for line in expected_lines(case):
        assert f"ERROR   -  migration_manual: {line}" in result.stderr
    assert not (project / "site").exists()


def test_very_large_file_is_refused(manual_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (manual_root / "records/alpha/nl.md").write_text("---\ntitle: A\n---\n" + "x" * 2_000_000, encoding="utf-8")
    status, out = check_output(project_with(None, manual_root, tmp_path), capsys)
    assert status == 1
    assert out == (
        "manual_modules/records/alpha/nl.md:1: file has 2,000,017 bytes; source files are limited to 1,000,000 bytes: "
        "split the text\n"
    )


def test_nested_aliases_are_refused_before_they_expand(
    manual_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    (manual_root / "records/alpha/record.yml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    status, out = check_output(project_with(None, manual_root, tmp_path), capsys)
    assert status == 1
    assert (
        out.splitlines()[0]
        == "manual_modules/records/alpha/record.yml:2: a1[0]: YAML aliases (*name) are not allowed; write the value out"
    )


def test_a_label_the_pages_need_is_a_message_in_the_build(manual_root: Path, tmp_path: Path) -> None:
    labels = manual_root / "labels.yml"
    labels.write_text(
        "\n".join(
            line for line in labels.read_text(encoding="utf-8").splitlines() if not line.startswith("glance_title:")
        )
        + "\n",
        encoding="utf-8",
    )
    settings = load_settings(project_with(None, manual_root, tmp_path) / "mkdocs.yml")
    with pytest.raises(PluginError, match=r"labels.yml: no text 'glance_title' in 'de'; the generated pages need it"):
        generate_manual(settings)
