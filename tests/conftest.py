"""Shared fixtures: a small manual tree built from the real taxonomies, and helpers to write files into it."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from migration_manual.core.build import load_checked_manual
from migration_manual.core.loader import Manual

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "nl")

ALPHA_FACTS = """\
id: alpha
kind: structure
origin: [muenster, almelo]
phases: [transfer]
target_groups: [professional-actors]
sources:
  - application: "6"
"""

ALPHA_DE = """\
---
title: Äußere Gruppe
summary: Eine Gruppe, die [[beta]] anwendet.
---

## Kontext und Herausforderung

Kontext auf Deutsch mit [[term:leitbild]].

## Praxis in Münster und Almelo

Praxis auf Deutsch.
"""

ALPHA_NL = """\
---
title: IJsselgroep
summary: Een groep die [[beta]] toepast.
---

## Context en uitdaging

Context in het Nederlands.

## Praktijk in Münster en Almelo

Praktijk in het Nederlands.
"""

BETA_FACTS = """\
id: beta
kind: principle
origin: muenster
transfers:
  - to: almelo
    adaptation: adapted
phases: [transfer, implementation]
fields_of_action: [education-language]
committees: [alpha]
relations:
  - type: part-of
    target: alpha
sources:
  - application: "3.4"
  - title: Wet inburgering
    url: https://wetten.overheid.nl/BWBR0020611/
    year: 2007
"""

BETA_DE = """\
---
title: Beta-Prinzip
summary: Ein Prinzip aus Münster.
---

## Kontext und Herausforderung

Kontext.

## Praxis in Münster

Praxis in Münster.

## Anpassung in Almelo

Angepasst an den niederländischen Rahmen.
"""

GLOSSARY = """\
- id: leitbild
  de: {term: Leitbild, definition: "Ein Bild der Zukunft."}
  nl: {term: visie, definition: "Een beeld van de toekomst."}
- id: dezernent
  de: {term: Dezernent, definition: "Ernannte Leitung eines Dezernats.", note: "Nicht dasselbe wie wethouder."}
  nl: {term: Dezernent, definition: "Benoemd hoofd van een Dezernat.", note: "Niet hetzelfde als wethouder."}
  false_friend: true
"""


def write(root: Path, files: dict[str, str]) -> None:
    """Write `files` (relative path → text) under `root`, dedenting each text."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture
def manual_root(tmp_path: Path) -> Path:
    """A manual with the real taxonomies and labels, two records (alpha joint, beta without Dutch) and a glossary."""
    root = tmp_path / "manual_modules"
    shutil.copytree(REPO / "manual_modules" / "taxonomies", root / "taxonomies")
    for name in ("labels.yml", "application.yml"):
        shutil.copy(REPO / "manual_modules" / name, root / name)
    write(
        root,
        {
            "glossary.yml": GLOSSARY,
            "records/alpha/record.yml": ALPHA_FACTS,
            "records/alpha/de.md": ALPHA_DE,
            "records/alpha/nl.md": ALPHA_NL,
            "records/beta/record.yml": BETA_FACTS,
            "records/beta/de.md": BETA_DE,
        },
    )
    return root


def build_site(project: Path, *, pdf: bool = False, repo_url: str = "") -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` on a copy of the project (PDFs only when asked); returns the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "true" if pdf else "false"}
    env.pop("MANUAL_REPO_URL", None)
    if repo_url:
        env["MANUAL_REPO_URL"] = repo_url
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)


def copy_project(target: Path) -> Path:
    """Copy mkdocs.yml, the hand-written docs (without generated pages) and the sources into `target`."""
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "docs", target / "docs", ignore=shutil.ignore_patterns("manual"))
    shutil.copytree(REPO / "manual_modules", target / "manual_modules")
    shutil.copytree(REPO / "overrides", target / "overrides")
    return target


def small_project(target: Path, sources: Path) -> Path:
    """The real configuration without its nav, two home pages and the small test manual at `sources`."""
    target.mkdir()
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(re.sub(r"(?m)^nav:\n(?:[ -].*\n)*", "", config), encoding="utf-8")
    write(target / "docs", {"index.de.md": "# Start\n", "index.nl.md": "# Start\n", "assets/manual.css": ""})
    shutil.copytree(sources, target / "manual_modules")
    shutil.copytree(REPO / "overrides", target / "overrides")
    return target


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real manual built once with `mkdocs build --strict`, PDFs included."""
    project = copy_project(tmp_path_factory.mktemp("real"))
    result = build_site(project, pdf=True)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def real_manual() -> Manual:
    """The real manual, loaded and checked once."""
    manual, problems = load_checked_manual(REPO / "manual_modules", LANGUAGES)
    assert problems == []
    return manual


def load_bench() -> ModuleType:
    """`bench/run.py` as a module (it is a script, not part of the package)."""
    if "bench_run" in sys.modules:
        return sys.modules["bench_run"]
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
