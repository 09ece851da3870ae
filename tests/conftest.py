"""Shared fixtures: a small manual built from frozen fixture data (`tests/fixtures/`), the real manual and its
site. Helpers that are not fixtures live in `helpers.py`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES, LANGUAGES, REPO, build_site, copy_project
from migration_manual.core.checks import load_checked_manual
from migration_manual.core.model import Manual
from migration_manual.core.problems import Problem
from migration_manual.core.sources import SourceTree

SLOW_FIXTURES = {"real_site", "small_site"}
"""Fixtures that build a site: a test that uses one is slow."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: builds a site, renders PDFs or drives a browser (not in `make test-fast`)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark as slow every test that uses a fixture which builds a site (tests that build one themselves are
    marked where they are written)."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def manual_root(tmp_path: Path) -> Path:
    """A copy of the fixture manual: frozen taxonomies and labels, two records (alpha joint, beta without Dutch)
    and a glossary of two terms."""
    root = tmp_path / "manual_modules"
    shutil.copytree(FIXTURES / "manual_modules", root)
    return root


def tree_of(root: Path, languages: tuple[str, ...] = LANGUAGES) -> SourceTree:
    """The source tree of a manual folder whose parent is the project root."""
    return SourceTree.beside(root, languages)


def check(root: Path, languages: tuple[str, ...] = LANGUAGES) -> tuple[Manual, list[Problem]]:
    """Load and check a manual folder."""
    return load_checked_manual(tree_of(root, languages))


@pytest.fixture
def manual(manual_root: Path) -> Manual:
    """The fixture manual, loaded and checked."""
    loaded, problems = check(manual_root)
    assert problems == []
    return loaded


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real manual built once with `mkdocs build --strict`, PDFs included."""
    project = copy_project(tmp_path_factory.mktemp("real"))
    result = build_site(project, pdf=True)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    (project / "build.log").write_text(result.stderr, encoding="utf-8")  # what a newcomer reads (test_site.py)
    return project / "site"


@pytest.fixture(scope="session")
def real_manual() -> Manual:
    """The real manual, loaded and checked once in the languages of the real configuration."""
    from migration_manual.adapter.config import load_settings

    manual, problems = load_checked_manual(load_settings(REPO / "mkdocs.yml").tree)
    assert problems == []
    return manual
