"""A replaceable engine: the real manual builds unchanged with ProperDocs, the maintained continuation of MkDocs 1.x
(MkDocs 1.6.1 is the last 1.x release; 2.0 drops plugins)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import copy_project

pytestmark = pytest.mark.slow  # builds, serves, renders PDFs or drives a browser

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
"""The one line the engines write differently: their name and version."""


def build_with(engine: str, project: Path) -> Path:
    """Build `project` strictly, without PDFs, with `mkdocs` or `properdocs`; returns the site folder."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "MANUAL_PDF": "false"}
    command = [str(Path(sys.executable).with_name(engine)), "build", "--strict", "-f", str(project / "mkdocs.yml")]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


def files_of(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): GENERATOR.sub(b"", path.read_bytes())
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_properdocs_builds_the_same_site_as_mkdocs(tmp_path: Path) -> None:
    mkdocs = files_of(build_with("mkdocs", copy_project(tmp_path / "mkdocs")))
    properdocs = files_of(build_with("properdocs", copy_project(tmp_path / "properdocs")))
    assert sorted(properdocs) == sorted(mkdocs)
    differing = [name for name in mkdocs if mkdocs[name] != properdocs[name]]
    assert differing == []
    assert len(mkdocs) > 150
