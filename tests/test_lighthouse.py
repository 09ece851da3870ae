"""Lighthouse 12.2.3 (from npm, on Debian's Chromium): accessibility, best practices and SEO at 100 on every page
template that differs (desktop; German and Dutch taking turns) and on both home pages on a phone. Lighthouse adds to axe-core what it does not
see: console errors, failed requests, crawlability, hreflang and canonical addresses."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import LANGUAGES, REPO, template_pages

pytestmark = pytest.mark.slow  # a browser per page

LIGHTHOUSE = REPO / "node_modules" / "lighthouse"
SCRIPT = Path(__file__).with_name("lighthouse_pages.mjs")
SAMPLE = ["", "manual/", "manual/glossary/", "manual/pictures/", "manual/roadmap/", "manual/changes/", "api/"]
"""The page templates that differ most; with a record page and a facet value page, the languages taking turns.
A Lighthouse run costs about 7 s: every template in both languages took 7 minutes. axe-core checks every
template in both languages (test_browser.py)."""


@pytest.fixture(scope="module")
def site_url(real_site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(real_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_accessibility_best_practices_and_seo_score_100_on_every_template(site_url: str) -> None:
    """The sample of templates on desktop (see `SAMPLE`) and both home pages on a phone, in one browser."""
    chromium = shutil.which("chromium")
    node = shutil.which("node")
    if chromium is None or node is None or not LIGHTHOUSE.is_dir():
        pytest.fail("Chromium, Node.js or Lighthouse is missing: run `make test-tools` (Debian chromium, `npm ci`)")

    def url(lang: str, path: str) -> str:
        return site_url + ("" if lang == LANGUAGES[0] else f"{lang}/") + path

    templates = template_pages()
    chosen = [*SAMPLE, next(p for p in templates if p.startswith("manual/records/")), templates[-1]]
    pages = [
        {"url": url(LANGUAGES[index % len(LANGUAGES)], path), "formFactor": "desktop"}
        for index, path in enumerate(chosen)
    ]
    pages += [
        {"url": site_url + ("" if lang == LANGUAGES[0] else f"{lang}/"), "formFactor": "mobile"} for lang in LANGUAGES
    ]
    done = subprocess.run(
        [node, str(SCRIPT), json.dumps(pages)],
        env={**os.environ, "CHROME_PATH": chromium},
        capture_output=True,
        text=True,
        check=True,
        timeout=1200,
    )
    results = json.loads(done.stdout)
    assert len(results) == len(pages)
    below = {page: result for page, result in results.items() if set(result["scores"].values()) != {100}}
    assert below == {}
