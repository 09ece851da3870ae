"""The `manual` command: check the records without building the site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core.build import load_checked_manual
from .core.pages import check_handwritten_pages

DEFAULT_LANGUAGES = ("de", "nl")


def main(argv: list[str] | None = None) -> int:
    """Entry point of `manual`; returns the exit status."""
    parser = argparse.ArgumentParser(prog="manual", description="Check the manual's records.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate every record and page; exit 0 only when clean")
    check.add_argument("--sources", type=Path, default=Path("manual_modules"), help="folder of the records")
    check.add_argument("--docs", type=Path, default=Path("docs"), help="folder of the hand-written pages")
    check.add_argument("--output-dir", default="manual", help="generated folder under --docs, skipped")
    args = parser.parse_args(argv)
    return run_check(sources=args.sources, docs=args.docs, output_dir=args.output_dir)


def run_check(*, sources: Path, docs: Path, output_dir: str) -> int:
    """Print every problem as `file:line: field: message`; 0 when there is none."""
    manual, problems = load_checked_manual(sources, DEFAULT_LANGUAGES)
    if docs.is_dir():
        problems += check_handwritten_pages(manual, docs, docs / output_dir, sources.resolve().parent)
    for problem in problems:
        sys.stdout.write(f"{problem}\n")
    sys.stderr.write(f"{len(problems)} problem(s) in {len(manual.records)} record(s)\n")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
