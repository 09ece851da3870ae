"""A third city and a third language by data alone: the fixture `tests/fixtures/three_cities/` (Enschede as a third
city, English interface labels) builds strictly with the real configuration plus `en`; every page has its twin in
every language, the switcher offers all three, and in Chromium no text of any picture overlaps another."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import FIXTURES, build_site, serve_site, small_project
from playwright.sync_api import sync_playwright

pytestmark = pytest.mark.slow  # builds a site and drives a browser

THREE = ("de", "nl", "en")
ENGLISH = "        - locale: en\n          name: English\n          build: true\n          site_name: Migration mission statement – Manual for municipalities\n"


def with_english(config: Path) -> None:
    """The real configuration with English as a third language of the site and of the search."""
    text = config.read_text(encoding="utf-8")
    text = text.replace("      lang: [de, nl]", "      lang: [de, nl, en]")
    text = text.replace("        - locale: nl\n", ENGLISH + "        - locale: nl\n", 1)
    config.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = small_project(tmp_path_factory.mktemp("three") / "project", FIXTURES / "three_cities" / "manual_modules")
    with_english(project / "mkdocs.yml")
    (project / "docs" / "index.en.md").write_text("# Start\n", encoding="utf-8")
    result = build_site(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


def pages_of(site: Path, lang: str) -> set[str]:
    root = site if lang == THREE[0] else site / lang
    skip = {other for other in THREE[1:] if other != lang} if lang == THREE[0] else set()
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("index.html")
        if not (lang == THREE[0] and p.relative_to(root).parts[0] in (set(THREE[1:]) | skip))
    }


def test_every_page_has_its_twin_in_every_language(site: Path) -> None:
    pages = {lang: pages_of(site, lang) for lang in THREE}
    assert pages["de"] == pages["nl"] == pages["en"]
    assert "manual/records/gamma/index.html" in pages["en"] and "manual/city/enschede/index.html" in pages["en"]


@pytest.mark.parametrize("lang", THREE)
def test_the_switcher_offers_all_three_languages(site: Path, lang: str) -> None:
    prefix = "" if lang == "de" else f"{lang}/"
    soup = BeautifulSoup((site / prefix / "manual/records/gamma/index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.html is not None and soup.html.get("lang") == lang
    offered = {a.get("hreflang") for a in soup.select("a.md-select__link[hreflang]")}
    assert offered == set(THREE)


def test_english_pages_use_the_english_labels_and_fall_back_with_a_notice(site: Path) -> None:
    gamma = BeautifulSoup((site / "en/manual/records/gamma/index.html").read_text(encoding="utf-8"), "html.parser")
    assert gamma.find("h1") is not None and gamma.find("h1").get_text(strip=True) == "Gamma method"
    assert "Adaptation in Almelo" in gamma.get_text()
    beta = BeautifulSoup((site / "en/manual/records/beta/index.html").read_text(encoding="utf-8"), "html.parser")
    assert beta.select_one("article .admonition.warning") is not None  # no English text: German with a notice
    assert beta.select_one('article div[lang="de"]') is not None


@pytest.mark.parametrize("lang", THREE)
def test_the_transfer_map_names_all_three_cities(site: Path, lang: str) -> None:
    prefix = "" if lang == "de" else f"{lang}/"
    soup = BeautifulSoup((site / prefix / "manual/pictures/index.html").read_text(encoding="utf-8"), "html.parser")
    picture = soup.select_one("svg#mm-transfer-map")
    assert picture is not None
    names = [t.get_text(" ", strip=True) for t in picture.find_all("text")][:3]
    assert names == ["Münster", "Almelo", "Enschede"]


OVERLAPS = """() => {
  const boxes = [];
  for (const svg of document.querySelectorAll('svg.mm-picture')) {
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) boxes.push({svg: svg.id, text: text.textContent.trim(), r});
    }
  }
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i].r, b = boxes[j].r;
    const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (boxes[i].svg === boxes[j].svg && x > 1 && y > 1) overlaps.push(`${boxes[i].svg}: "${boxes[i].text}" / "${boxes[j].text}"`);
  }
  return {count: boxes.length, overlaps};
}"""
"""Every pair of texts of the same picture whose rendered boxes overlap by more than a pixel each way."""


def picture_overlaps(site: Path, pages: list[str]) -> dict[str, list[str]]:
    chromium = shutil.which("chromium")
    assert chromium, "Debian's Chromium is missing: run `apt-get install -y chromium`"
    found: dict[str, list[str]] = {}
    with serve_site(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        for path in pages:
            page.goto(url + path, wait_until="load")
            result = page.evaluate(OVERLAPS)
            assert result["count"] > 20, path
            found[path] = result["overlaps"]
        browser.close()
    return found


def test_no_text_of_any_picture_overlaps_another_in_any_language(site: Path) -> None:
    pages = [f"{'' if lang == 'de' else lang + '/'}manual/pictures/" for lang in THREE]
    assert picture_overlaps(site, pages) == {page: [] for page in pages}


def test_no_text_of_the_real_manual_pictures_overlaps_another(real_site: Path) -> None:
    pages = ["manual/pictures/", "nl/manual/pictures/"]
    assert picture_overlaps(real_site, pages) == {page: [] for page in pages}
