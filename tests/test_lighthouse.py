"""Lighthouse 12.2.3 (from npm, on Debian's Chromium) on every page template in both languages (desktop) and on
both home pages on a phone: accessibility, best practices and SEO at 100, performance at least 95. Lighthouse adds
to axe-core what it does not see: console errors, failed requests, crawlability, loading speed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import LANGUAGES, REPO, serve_site, template_groups

pytestmark = pytest.mark.slow  # a browser per page

LIGHTHOUSE = REPO / "node_modules" / "lighthouse"
SCRIPT = Path(__file__).with_name("lighthouse_pages.mjs")
PERFORMANCE = 95
"""The least performance score; the other categories must be 100."""


@pytest.fixture(scope="module")
def site_url(real_site: Path) -> Iterator[str]:
    with serve_site(real_site) as url:
        yield url


def audited_pages(site_url: str) -> list[dict[str, str]]:
    """One page of each template per language on desktop — where a template renders several kinds of page (a
    record of each kind, each facet), the languages take different ones — and both home pages on a phone."""

    def url(lang: str, path: str) -> str:
        return site_url + ("" if lang == LANGUAGES[0] else f"{lang}/") + path

    pages = [
        {"url": url(lang, variants[index % len(variants)]), "formFactor": "desktop"}
        for variants in template_groups().values()
        for index, lang in enumerate(LANGUAGES)
    ]
    return pages + [{"url": url(lang, ""), "formFactor": "mobile"} for lang in LANGUAGES]


def test_every_template_in_both_languages_scores_100_and_loads_fast(site_url: str) -> None:
    chromium, node = shutil.which("chromium"), shutil.which("node")
    if chromium is None or node is None or not LIGHTHOUSE.is_dir():
        pytest.fail("Chromium, Node.js or Lighthouse is missing: run `make test-tools` (Debian chromium, `npm ci`)")
    pages = audited_pages(site_url)
    done = subprocess.run(
        [node, str(SCRIPT), json.dumps(pages)],
        env={**os.environ, "CHROME_PATH": chromium},
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    results = json.loads(done.stdout)
    assert len(results) == len(pages)

    def below(scores: dict[str, int]) -> bool:
        return scores.pop("performance") < PERFORMANCE or set(scores.values()) != {100}

    assert {page: result for page, result in results.items() if below(dict(result["scores"]))} == {}
