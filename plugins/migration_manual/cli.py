"""The `manual` command for editors: check, new, status, mark-translated, export, schema, build.

Every command reads the project's settings from `mkdocs.yml` the way the build does (`adapter.config`), and then
calls the same project service (`core.project`) as the build, so that both give the same problems.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .core.checks import load_checked_manual
from .core.checks.translation import TranslationState, mark_translated
from .core.model import RECORD_ID_PATTERN
from .core.outputs.export import export_files
from .core.outputs.schema import SCHEMA_FILE, schema_text
from .core.outputs.skeleton import skeleton_files
from .core.problems import Problem
from .core.project import check_project, incomplete_site, translation_states
from .core.settings import Settings
from .core.sources.frontmatter import read_front_matter
from .core.sources.records import RECORDS_FOLDER

STATUS_TEXT = {"original": "original", "current": "up to date", "outdated": "OUTDATED", "missing": "MISSING"}


class SettingsError(Exception):
    """The project's configuration cannot be read."""


def main(argv: list[str] | None = None) -> int:
    """Entry point of `manual`; returns the exit status."""
    args = _parser().parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.run
    try:
        return command(args)
    except SettingsError as e:
        sys.stderr.write(f"manual: {e}\n")
        return 2
    except BrokenPipeError:
        # Output piped into a reader that stopped early (e.g. `| head`): end quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="manual", description="Work on the manual's records.")
    parser.add_argument(
        "-f", "--config-file", type=Path, default=Path("mkdocs.yml"), help="the MkDocs configuration of the project"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate every record and page; exit 0 only when clean")
    check.add_argument("--format", choices=["text", "github"], default="text", help="github: pull-request annotations")
    check.set_defaults(run=run_check)
    new = sub.add_parser("new", help="create a complete, valid record skeleton in every language")
    new.add_argument("kind", help="a kind of record (taxonomies/kinds.yml), e.g. principle or method")
    new.add_argument("id", help="id of the new record: lowercase a-z, 0-9 and hyphens")
    new.set_defaults(run=run_new)
    status = sub.add_parser("status", help="translation status of every record and page")
    status.add_argument("--format", choices=["text", "markdown"], default="text")
    status.set_defaults(run=run_status)
    mark = sub.add_parser("mark-translated", help="record that a translation is up to date with its source")
    mark.add_argument("files", nargs="+", type=Path, help="language files, e.g. manual_modules/records/x/nl.md")
    mark.set_defaults(run=run_mark_translated)
    export = sub.add_parser("export", help="write all records as JSON and CSV")
    export.add_argument("--out", type=Path, default=Path("export"), help="folder to write into")
    export.set_defaults(run=run_export)
    schema = sub.add_parser("schema", help=f"write {SCHEMA_FILE} from the record model and the taxonomies")
    schema.set_defaults(run=run_schema)
    build = sub.add_parser("build", help="build the site into a staging folder; replace the site only when complete")
    build.add_argument("--site-dir", type=Path, default=Path("site"), help="the folder that is deployed")
    build.add_argument("--no-pdf", action="store_true", help="build without the PDFs (fast preview)")
    build.set_defaults(run=run_build)
    return parser


def settings_of(args: argparse.Namespace) -> Settings:
    """The project settings of `--config-file`, as the build reads them."""
    # Imported here: reading a MkDocs configuration loads MkDocs and every configured plugin.
    from mkdocs.exceptions import ConfigurationError

    from .adapter.config import NoManualPluginError, load_settings

    if not args.config_file.is_file():
        raise SettingsError(f"{args.config_file} not found; run `manual` in the project folder or pass -f mkdocs.yml")
    try:
        return load_settings(args.config_file)
    except (ConfigurationError, NoManualPluginError) as e:
        raise SettingsError(f"{args.config_file}: {e}") from e


def run_check(args: argparse.Namespace) -> int:
    """Print every problem as `file:line: field: message` (or as GitHub annotations); 0 when there is none."""
    manual, problems = check_project(settings_of(args))
    for problem in problems:
        sys.stdout.write(f"{github_annotation(problem) if args.format == 'github' else problem}\n")
    sys.stderr.write(f"{len(problems)} problem(s) in {len(manual.records)} record(s)\n")
    return 1 if problems else 0


def github_annotation(problem: Problem) -> str:
    """A problem as a GitHub Actions workflow command, shown on the pull request's changed line."""
    message = problem.message.replace("%", "%25").replace("\n", "%0A")
    title = f",title={problem.field.replace(',', '%2C').replace('::', ' ')}" if problem.field else ""
    return f"::error file={problem.file},line={problem.line}{title}::{message}"


def run_new(args: argparse.Namespace) -> int:
    """Write the skeleton of a new record; refuse to overwrite anything."""
    settings = settings_of(args)
    manual, _ = load_checked_manual(settings.tree)
    folder = settings.sources / RECORDS_FOLDER / args.id
    error = new_record_error(args.kind, args.id, manual.taxonomy("kinds").ids(), folder)
    if error:
        sys.stderr.write(f"manual new: {error}\n")
        return 2
    folder.mkdir(parents=True)
    for name, text in skeleton_files(args.kind, args.id, manual).items():
        (folder / name).write_text(text, encoding="utf-8")
        sys.stdout.write(f"created {(folder / name).relative_to(settings.root).as_posix()}\n")
    return 0


def new_record_error(kind: str, record_id: str, kinds: list[str], folder: Path) -> str:
    """Why a record cannot be created with these arguments; empty when it can."""
    if kind not in kinds:
        return f"unknown kind '{kind}'; expected one of {', '.join(kinds)}"
    if not re.fullmatch(RECORD_ID_PATTERN, record_id):
        return f"'{record_id}' is not a valid id; use lowercase a-z, 0-9 and hyphens"
    return f"{folder} exists already; choose another id" if folder.exists() else ""


def status_table(states: list[TranslationState], languages: tuple[str, ...], markdown: bool = False) -> str:
    """One row per record or page, one column per language."""
    items: dict[str, dict[str, str]] = {}
    for state in states:
        items.setdefault(state.item, {})[state.lang] = STATUS_TEXT[state.status]
    header = ["record or page", *languages]
    rows = [[item, *(cells.get(lang, "") for lang in languages)] for item, cells in items.items()]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows]) + "\n"
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    table = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    return "\n".join(table) + "\n"


def run_status(args: argparse.Namespace) -> int:
    """Print the translation status; 0 even when translations are missing (they are shown, not errors)."""
    settings = settings_of(args)
    manual, _ = load_checked_manual(settings.tree)
    states = translation_states(manual, settings)
    sys.stdout.write(status_table(states, manual.languages, markdown=args.format == "markdown"))
    counts = {status: sum(s.status == status for s in states) for status in STATUS_TEXT}
    sys.stderr.write(", ".join(f"{n} {STATUS_TEXT[s].lower()}" for s, n in counts.items()) + "\n")
    return 0


def run_mark_translated(args: argparse.Namespace) -> int:
    """Write the source's fingerprint into each translation's front matter."""
    for path in args.files:
        source_lang = read_front_matter(path.read_text(encoding="utf-8")).get("translated_from")
        lang = path.name.removesuffix(".md").rpartition(".")[2] or path.stem
        if not source_lang:
            sys.stderr.write(f"{path}: front matter has no 'translated_from: <language>'; add it first\n")
            return 2
        source = path.with_name(path.name.replace(f"{lang}.md", f"{source_lang}.md"))
        if not source.is_file():
            sys.stderr.write(f"{path}: source {source} does not exist\n")
            return 2
        sys.stdout.write(f"{path}: up to date with {source} ({mark_translated(path, source)})\n")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the records as JSON and CSV into `--out`."""
    manual, problems = load_checked_manual(settings_of(args).tree)
    if problems:
        sys.stderr.write(f"{len(problems)} problem(s); run `manual check` first\n")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in export_files(manual).items():
        (args.out / name).write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote {args.out / name}\n")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    """Write the JSON Schema that editors use to check `record.yml` while typing."""
    settings = settings_of(args)
    manual, problems = load_checked_manual(settings.tree)
    data_files = {taxonomy.file for taxonomy in manual.taxonomies.values()} | {manual.labels.file}
    blocking = [p for p in problems if p.file in data_files]
    if blocking:
        sys.stderr.write(f"{blocking[0]}\nthe taxonomies have problems; run `manual check` first\n")
        return 1
    target = settings.sources / SCHEMA_FILE
    target.write_text(schema_text(manual), encoding="utf-8")
    sys.stdout.write(f"wrote {target.relative_to(settings.root).as_posix()}\n")
    return 0


def run_build(args: argparse.Namespace) -> int:
    """`mkdocs build --strict` into a staging folder; the deployed folder changes only after a complete build."""
    site: Path = args.site_dir
    staging = site.with_name(f".{site.name}-staging")
    shutil.rmtree(staging, ignore_errors=True)
    pdf_value = "false" if args.no_pdf else os.environ.get("MANUAL_PDF", "true")
    os.environ["MANUAL_PDF"] = pdf_value  # read by `mkdocs.yml` (`!ENV MANUAL_PDF`), here and in the build
    settings = settings_of(args)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(args.config_file), "-d", str(staging)]
    status = subprocess.run(command, check=False).returncode
    missing = [] if status else incomplete_site(settings, staging, pdf=settings.pdf)
    if status or missing:
        shutil.rmtree(staging, ignore_errors=True)
        reason = f"mkdocs exited with {status}" if status else f"missing {', '.join(missing)}"
        sys.stderr.write(f"manual build: the build failed ({reason}); {site} is left as it was\n")
        return status or 1
    replace_folder(site, staging)
    sys.stderr.write(f"manual build: {site} replaced by the complete new build\n")
    return 0


def replace_folder(target: Path, new: Path) -> None:
    """Put `new` in the place of `target` with two renames; the old content is removed only afterwards."""
    previous = target.with_name(f".{target.name}-previous")
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        target.rename(previous)
    new.rename(target)
    shutil.rmtree(previous, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
