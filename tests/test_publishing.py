"""Publishing as far as it can be tested here: the workflows parse, their build steps are the commands the tests
run, the release check refuses a tag that names another version, and the citation metadata is complete."""

from __future__ import annotations

import subprocess
import tomllib
from typing import Any

import yaml
from helpers import REPO
from migration_manual import __version__
from migration_manual.adapter.config import load_settings

WORKFLOWS = REPO / ".github" / "workflows"


def workflow(name: str) -> dict[Any, Any]:
    loaded = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def runs(job: dict[str, Any]) -> list[str]:
    return [str(step["run"]) for step in job["steps"] if "run" in step]


def test_main_and_version_tags_deploy_the_site_and_a_tag_releases_both_pdfs() -> None:
    publish = workflow("publish.yml")
    triggers = publish[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"] == {"branches": ["main"], "tags": ["v*"]}
    build, deploy = publish["jobs"]["build"], publish["jobs"]["deploy"]
    assert runs(build)[:3] == ['.ci/check-release "$GITHUB_REF_NAME"', "sudo .ci/system-deps", "make site"]
    site = next(step for step in build["steps"] if step.get("run") == "make site")
    pages = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/configure-pages@"))
    assert site["env"]["MANUAL_SITE_URL"] == f"${{{{ vars.MANUAL_SITE_URL || steps.{pages['id']}.outputs.base_url }}}}"
    settings = load_settings(REPO / "mkdocs.yml")
    release = runs(build)[-1]
    assert release.startswith('gh release create "$GITHUB_REF_NAME" ') and f"site/{settings.pdf_dir}/*.pdf" in release
    assert all(settings.pdf_file_name(lang).endswith(".pdf") for lang in settings.languages)
    assert next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert deploy["needs"] == "build" and deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_pull_requests_run_the_tests_and_keep_a_preview_of_the_site() -> None:
    job = workflow("pull-request.yml")["jobs"]["test-and-build"]
    assert {"make test", "make site", ".venv/bin/manual check --format github"} <= set(runs(job))
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "site/"


def test_make_site_is_the_manual_build_command_the_cli_tests_run() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "site: install\n\t$(BIN)/manual build\n" in makefile
    assert (REPO / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("make test")


def check_release(tag: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(REPO / ".ci" / "check-release"), tag], capture_output=True, text=True, check=False)


def test_a_tag_must_name_the_version_of_the_package_and_the_citation() -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert check_release(f"v{version}").returncode == 0
    major, minor, _ = (int(part) for part in version.split("."))
    other = check_release(f"v{major}.{minor + 1}.0")
    assert other.returncode == 1
    assert f"pyproject.toml: version: {version}" in other.stderr and f"CITATION.cff: version: {version}" in other.stderr
    assert check_release("latest").returncode == 2


def test_the_citation_names_title_authors_licence_and_the_package_version() -> None:
    citation = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0"
    assert {"message", "title", "authors", "license", "version", "abstract"} <= set(citation)
    assert citation["version"] == __version__ and citation["license"] == "CC-BY-4.0"
