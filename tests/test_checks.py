"""Loading and checking a whole manual (`core.checks.load_checked_manual`); the exact message for each mistake is
in the corpus (`tests/corpus/`, run by test_corpus.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import check
from helpers import write

RECORDS = "manual_modules/records"


def test_the_fixture_manual_has_no_problem(manual_root: Path) -> None:
    manual, problems = check(manual_root)
    assert problems == []
    assert sorted(manual.records) == ["alpha", "beta"]


def test_a_latin1_file_is_refused_with_its_line(manual_root: Path) -> None:
    (manual_root / "records/alpha/de.md").write_bytes("---\ntitle: Gr\xfc\xdfe\n".encode("latin-1"))
    _, problems = check(manual_root)
    assert [str(p) for p in problems] == [
        f"{RECORDS}/alpha/de.md:2: file is not valid UTF-8 (byte 0xfc); save it as UTF-8"
    ]


def test_problems_in_one_record_do_not_hide_another(manual_root: Path) -> None:
    write(manual_root, {"records/alpha/record.yml": "id: alpha\nkind: [\n", "records/beta/de.md": ""})
    _, problems = check(manual_root)
    assert [p.file for p in problems] == [f"{RECORDS}/alpha/record.yml", f"{RECORDS}/beta/de.md"]


def test_a_bad_reference_in_a_summary_is_reported_on_its_own_line(manual_root: Path) -> None:
    """Regression: the line of a summary's reference was one too high (it pointed at the `title:` line)."""
    prose = (manual_root / "records/alpha/de.md").read_text(encoding="utf-8")
    front, _, body = prose.partition("\n---\n")
    lines = front.splitlines()
    summary_line = next(number for number, line in enumerate(lines, start=1) if line.startswith("summary:"))
    lines[summary_line - 1] = "summary: Siehe [[gamma]]."
    (manual_root / "records/alpha/de.md").write_text("\n".join(lines) + "\n---\n" + body, encoding="utf-8")
    _, problems = check(manual_root)
    assert [str(p) for p in problems] == [f"{RECORDS}/alpha/de.md:{summary_line}: [[gamma]]: unknown record id 'gamma'"]
