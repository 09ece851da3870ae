"""Lighthouse 12.2.3 (from npm, on Debian's Chromium): accessibility, best practices and SEO at 100 on a home page
and a record page of each language. The other page templates are covered by the axe-core checks in
test_browser.py; Lighthouse adds what axe does not see (console errors, failed requests, hreflang, crawlability)."""

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
from helpers import REPO

pytestmark = pytest.mark.slow  # a browser per page

LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("accessibility", "best-practices", "seo")
PAGES = ["", "nl/manual/records/kerngruppe/"]


@pytest.fixture(scope="module")
def site_url(real_site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(real_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("path", PAGES)
def test_accessibility_best_practices_and_seo_score_100(site_url: str, path: str, tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None or not LIGHTHOUSE.is_file():
        pytest.fail("Chromium or Lighthouse is missing: run `make test-tools` (Debian chromium, `npm ci`)")
    report = tmp_path / "report.json"
    command = [
        str(LIGHTHOUSE),
        site_url + path,
        "--preset=desktop",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
    ]
    subprocess.run(command, env={**os.environ, "CHROME_PATH": chromium}, check=True, timeout=300)
    result = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: round(category["score"] * 100) for name, category in result["categories"].items()}
    failing = [
        audit
        for audit, value in result["audits"].items()
        if value.get("scoreDisplayMode") == "binary" and value.get("score") == 0
    ]
    assert scores == dict.fromkeys(CATEGORIES, 100), failing
