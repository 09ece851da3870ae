"""The `manual check` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write
from migration_manual.cli import main


def test_check_clean_manual(manual_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", "--sources", str(manual_root), "--docs", str(manual_root / "none")])
    assert status == 0
    assert capsys.readouterr().err == "0 problem(s) in 2 record(s)\n"


def test_check_reports_each_problem(manual_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(manual_root, {"records/alpha/record.yml": "id: alpha\nkind: structure\norigin: [muenster, almelo]\n"})
    status = main(["check", "--sources", str(manual_root), "--docs", str(manual_root / "none")])
    assert status == 1
    out = capsys.readouterr().out
    assert "manual_modules/records/alpha/record.yml:1: phases: missing required field" in out
